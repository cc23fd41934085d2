/**
 * findVillage: the configured village a text names (DOMAIN.md §1.4: `银河村委永宁圩80号` → 银河村).
 * The longest name or alias found wins, so 银河村委 beats 银河; among equally long ones, the one
 * that appears first in the text. Called once per ledger row, so the lookup list is cached per config.
 */
import type { Config } from "../model";
import { normalizeName } from "../parse/names";

interface Needle {
  text: string;
  village: string;
}

/** Keyed by the villages array; the count guards against a list grown in place after the first call. */
const CACHE = new WeakMap<Config["villages"], { count: number; list: Needle[] }>();

function needles(config: Config): Needle[] {
  const cached = CACHE.get(config.villages);
  let list = cached && cached.count === config.villages.length ? cached.list : undefined;
  if (!list) {
    list = [];
    for (const v of config.villages) {
      for (const t of [v.name, ...v.aliases]) {
        const text = normalizeName(t);
        if (text) list.push({ text, village: v.name });
      }
    }
    list.sort((a, b) => b.text.length - a.text.length);
    CACHE.set(config.villages, { count: config.villages.length, list });
  }
  return list;
}

export function findVillage(text: string, config: Config): string | null {
  const hay = normalizeName(text);
  if (!hay) return null;
  let best: { at: number; len: number; village: string } | null = null;
  for (const n of needles(config)) {
    if (best && n.text.length < best.len) break;
    const at = hay.indexOf(n.text);
    if (at >= 0 && (!best || at < best.at)) best = { at, len: n.text.length, village: n.village };
  }
  return best ? best.village : null;
}

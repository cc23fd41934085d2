/**
 * Enumerated values (DOMAIN.md §1.3). Decisions (docs/config.md §2):
 * - Canonical values and aliases match after normalizeToken (half-width, no blanks), ASCII
 *   case-insensitively (`手机app`).
 * - A bracketed note is ignored: `来访（集体）`, `电话访（举报）` are accepted as 来访, 电话.
 * - Anything else is unknown, with a suggestion: the canonical value of the longest alias contained
 *   in the text (`群众来访` → 来访), else of the shortest alias containing the text (`遗留` →
 *   其它遗留问题类), else the closest by edit distance when at least half the characters agree
 *   (`已完结` → 已办结; ties go to the same last character: `赴京` → 进京); null when nothing is close.
 */
import type { CellValue } from "../grid";
import { ENUMS, type EnumKey } from "../schema/fields";
import { normalizeToken } from "../schema/normalize";
import { memoize } from "./memo";
import { cellText, isBlankCell } from "./text";

export type EnumParse =
  { kind: "blank" } | { kind: "ok"; value: string } | { kind: "unknown"; text: string; suggestion: string | null };

const NOTE = /[(（[【][^)）\]】]*[)）\]】]/g;
const TRAILING_PUNCT = /[。.，,、;；:：!！?？]+$/;

/** Spelling → canonical, keys normalised and upper-cased; built once per enumeration. */
const LOOKUP = new Map<EnumKey, Map<string, string>>();

function key(s: string): string {
  return normalizeToken(s).toUpperCase();
}

function lookup(k: EnumKey): Map<string, string> {
  let map = LOOKUP.get(k);
  if (!map) {
    map = new Map();
    const spec = ENUMS[k];
    for (const v of spec.values) map.set(key(v), v);
    for (const [alias, v] of Object.entries(spec.aliases)) map.set(key(alias), v);
    LOOKUP.set(k, map);
  }
  return map;
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The closest canonical value for an unknown spelling, or null. */
export function suggestEnum(k: EnumKey, text: string): string | null {
  const t = key(text.replace(NOTE, ""));
  if (!t) return null;
  const entries = [...lookup(k).entries()];
  let best: { alias: string; value: string } | null = null;
  for (const [alias, value] of entries) {
    if (t.includes(alias) && (!best || alias.length > best.alias.length)) best = { alias, value };
  }
  if (best) return best.value;
  for (const [alias, value] of entries) {
    if (alias.includes(t) && (!best || alias.length < best.alias.length)) best = { alias, value };
  }
  if (best) return best.value;
  // Ties go to the spelling with the same last character: in 赴京, 到省, 已完结 the last character
  // names the destination or the outcome, which is what the clerk meant.
  const last = t.slice(-1);
  let closest: { score: number; value: string } | null = null;
  for (const [alias, value] of entries) {
    const distance = editDistance(t, alias);
    const longer = Math.max([...t].length, [...alias].length);
    const score = distance - (alias.endsWith(last) ? 0.5 : 0);
    if (distance * 2 <= longer && (!closest || score < closest.score)) closest = { score, value };
  }
  return closest ? closest.value : null;
}

function parseText(k: EnumKey, text: string): EnumParse {
  const map = lookup(k);
  const exact = map.get(key(text)) ?? map.get(key(text.replace(NOTE, "").replace(TRAILING_PUNCT, "")));
  if (exact) return { kind: "ok", value: exact };
  return { kind: "unknown", text, suggestion: suggestEnum(k, text) };
}

const MEMO = new Map<EnumKey, (text: string) => EnumParse>();

export function parseEnum(k: EnumKey, v: CellValue): EnumParse {
  if (isBlankCell(v)) return { kind: "blank" };
  let parse = MEMO.get(k);
  if (!parse) {
    parse = memoize(5000, (text) => parseText(k, text));
    MEMO.set(k, parse);
  }
  // A copy: callers own what they get, the memo keeps its own.
  return { ...parse(cellText(v)) };
}

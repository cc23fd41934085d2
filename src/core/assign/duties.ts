/**
 * 分管领域 (谁主管、谁负责, seeds 000 and 003) as lookups. An entry of a leader's 分管领域 may be a
 * category (`民生`, `组织人事问题类`), a domain (`征地拆迁`) or any other word, which then matches
 * complaints that contain it (`教育`, `计划生育`).
 */
import { normalizeText } from "../classify/match";
import type { Config } from "../model";
import { ENUMS, type EnumKey } from "../schema/fields";
import { normalizeToken } from "../schema/normalize";

/** Candidates of one routing tier and the reason shown when one of them is chosen. Shared, never changed. */
export interface Tier {
  names: readonly string[];
  reason: string;
}

/** The config's 领导分工 and 村(社区) tables as ready-made tiers (built once per config). */
export interface DutyIndex {
  /** 主要领导, in config order. */
  principals: readonly string[];
  byCategory: Map<string, Tier>;
  byDomain: Map<string, Tier>;
  /** Keyword entries, longest first so the reason quotes the most specific one. */
  keywords: { keyword: string; tier: Tier }[];
  /** Village → its 包村领导 (the village table's, then leaders whose 包村 names it). */
  byVillage: Map<string, Tier>;
}

function canonical(key: EnumKey, raw: string): string | null {
  const t = normalizeToken(raw);
  const spec = ENUMS[key];
  if (spec.values.includes(t)) return t;
  return spec.aliases[t] ?? null;
}

const push = (m: Map<string, string[]>, k: string, v: string) => {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
};

const cache = new WeakMap<Config, DutyIndex>();

export function dutyIndex(config: Config): DutyIndex {
  const hit = cache.get(config);
  if (hit) return hit;
  const byCategory = new Map<string, string[]>();
  const byDomain = new Map<string, string[]>();
  const byKeyword = new Map<string, string[]>();
  for (const leader of config.leaders) {
    for (const duty of leader.duties) {
      const category = canonical("category", duty);
      const domain = category ? null : canonical("domain", duty);
      if (category) push(byCategory, category, leader.name);
      else if (domain && domain !== "其他") push(byDomain, domain, leader.name);
      else if (normalizeText(duty)) push(byKeyword, normalizeText(duty), leader.name);
    }
  }
  const tiers = (m: Map<string, string[]>, reason: (k: string) => string) =>
    new Map([...m].map(([k, names]) => [k, { names, reason: reason(k) }]));
  const keywords = [...byKeyword.entries()]
    .map(([keyword, names]) => ({ keyword, tier: { names, reason: `分管领域：${keyword}（诉求含“${keyword}”）` } }))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  const byVillage = new Map<string, string[]>();
  for (const v of config.villages) if (v.leader) push(byVillage, v.name, v.leader);
  for (const l of config.leaders) for (const v of l.villages) push(byVillage, v, l.name);
  const index: DutyIndex = {
    principals: config.leaders.filter((l) => l.principal).map((l) => l.name),
    byCategory: tiers(byCategory, (k) => `分管领域：${k}`),
    byDomain: tiers(byDomain, (k) => `分管领域：${k}`),
    keywords,
    byVillage: tiers(byVillage, (k) => `属地管理：${k}包村领导`),
  };
  cache.set(config, index);
  return index;
}

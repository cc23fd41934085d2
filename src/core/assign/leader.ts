/**
 * Choosing the 包案领导 of one case (DOMAIN.md §5), as an ordered list of tiers: the first tier with
 * a candidate decides, and among its candidates the load book picks (fewest open cases, 包案上限).
 * 1. key case → a 主要领导; 2. 分管领域 by domain, then by a keyword in the complaint, then by category;
 * 3. the village's 包村领导. A cap never pushes a case into a lower tier: a case is not handed to the
 * village leader because the 分管领导 is busy (谁主管、谁负责 comes first); the reason says the cap is exceeded.
 */
import type { CaseRecord, Config } from "../model";
import { dutyIndex, type Tier } from "./duties";
import type { LoadBook, Pick } from "./load";

export interface CaseView {
  c: CaseRecord;
  /** Normalised complaint text. */
  text: string;
  /** Category and domain after assignment (the cell's, else the rules' decision). */
  category: string | null;
  domain: string | null;
  /** Key-case label (`进京`) or null. */
  key: string | null;
}

type TierRule = (v: CaseView, config: Config) => Tier | null;

const keyTiers = new WeakMap<Config, Map<string, Tier>>();

/** Key cases: the 主要领导, with a reason per key-case label (cached per config). */
function keyTier(label: string, config: Config): Tier | null {
  const names = dutyIndex(config).principals;
  if (!names.length) return null;
  let byLabel = keyTiers.get(config);
  if (!byLabel) keyTiers.set(config, (byLabel = new Map()));
  let tier = byLabel.get(label);
  if (!tier) byLabel.set(label, (tier = { names, reason: `重点案件（${label}）：由主要领导包案` }));
  return tier;
}

/** The tiers in order. Each returns its candidates (possibly several) and the reason, or null. */
export const LEADER_TIERS: readonly TierRule[] = [
  (v, config) => (v.key === null ? null : keyTier(v.key, config)),
  (v, config) => (v.domain ? (dutyIndex(config).byDomain.get(v.domain) ?? null) : null),
  (v, config) => dutyIndex(config).keywords.find((k) => v.text.includes(k.keyword))?.tier ?? null,
  (v, config) => (v.category ? (dutyIndex(config).byCategory.get(v.category) ?? null) : null),
  (v, config) => (v.c.village ? (dutyIndex(config).byVillage.get(v.c.village) ?? null) : null),
];

/** Index of the village tier: with 一案一领导 = 否 its leader joins the case as a second 包案领导. */
const VILLAGE_TIER = LEADER_TIERS.length - 1;

export interface LeaderChoice {
  names: string[];
  reason: string;
}

const capNote = (p: Pick): string =>
  p.overCap ? `（候选领导均已达包案上限，${p.name}现有${p.open}件在办、上限${p.cap ?? "—"}件）` : "";

/** The leader(s) for a case, or null when no tier has a candidate. Does not record the load. */
export function chooseLeader(v: CaseView, config: Config, book: LoadBook): LeaderChoice | null {
  for (let t = 0; t < LEADER_TIERS.length; t++) {
    const tier = LEADER_TIERS[t](v, config);
    if (!tier) continue;
    const pick = book.pick(tier.names);
    if (!pick) continue;
    const choice = { names: [pick.name], reason: tier.reason + capNote(pick) };
    if (!config.params.oneLeaderPerCase && t < VILLAGE_TIER) {
      const local = LEADER_TIERS[VILLAGE_TIER](v, config);
      const second = local && book.pick(local.names.filter((n) => n !== pick.name));
      if (local && second) {
        choice.names.push(second.name);
        choice.reason += `；${local.reason}${capNote(second)}`;
      }
    }
    return choice;
  }
  return null;
}

/**
 * The seed 002 targets over ytd, against 辖区人口: 进京走访纯人数 ≤ 十万分之一, 赴省走访纯人数 ≤ 万分之一,
 * 致信国家信访局件次 ≤ 万分之一, 致信省信访局 ≤ 二千分之一, 向国家信访局网上信访 ≤ 二千分之一, and no
 * 赴省20人以上 / 到市50人以上 / 进京 集体访. Rules as data: which rows, what is counted, the limit.
 */
import { personIdsOf } from "../derive/backlog";
import type { Facts } from "../derive/facts";
import type { CaseRecord } from "../model";
import { round4 } from "./ratio";

export interface TargetResult {
  value: number;
  /** null when the limit depends on 辖区人口 and the config has none. */
  limit: number | null;
  /** null when the limit is unknown. */
  met: boolean | null;
}

interface TargetRule {
  name: string;
  /** Chinese name, for the details sheet and the headline. */
  label: string;
  rows: (c: CaseRecord, i: number, facts: Facts) => boolean;
  /** 纯人数 (distinct persons, §3.2) or 件次/批次 (rows). */
  count: "persons" | "rows";
  /** Limit as a share of the population, or a fixed limit (0: must not happen). */
  perPopulation?: number;
  fixed?: number;
}

export const TARGET_RULES: readonly TargetRule[] = [
  {
    name: "unique.national.visitors",
    label: "进京走访纯人数",
    rows: (c) => c.channel === "来访" && c.level === "进京",
    count: "persons",
    perPopulation: 1 / 100000,
  },
  {
    name: "unique.province.visitors",
    label: "赴省走访纯人数",
    rows: (c) => c.channel === "来访" && c.level === "赴省",
    count: "persons",
    perPopulation: 1 / 10000,
  },
  {
    name: "letters.national",
    label: "致信国家信访局件次",
    rows: (c) => c.channel === "来信" && c.level === "进京",
    count: "rows",
    perPopulation: 1 / 10000,
  },
  {
    name: "letters.province",
    label: "致信省信访局件次",
    rows: (c) => c.channel === "来信" && c.level === "赴省",
    count: "rows",
    perPopulation: 1 / 2000,
  },
  {
    name: "online.national",
    label: "向国家信访局网上信访件次",
    rows: (c) => c.channel === "网上" && c.level === "进京",
    count: "rows",
    perPopulation: 1 / 2000,
  },
  {
    name: "group.province.20plus",
    label: "赴省20人以上集体访批次",
    rows: (c) => c.level === "赴省" && c.headcount >= 20,
    count: "rows",
    fixed: 0,
  },
  {
    name: "group.city.50plus",
    label: "到市50人以上集体访批次",
    rows: (c) => c.level === "到市" && c.headcount >= 50,
    count: "rows",
    fixed: 0,
  },
  {
    name: "group.national.batches.ytd",
    label: "进京集体访批次",
    rows: (c, i, f) => c.level === "进京" && f.group[i] === 1,
    count: "rows",
    fixed: 0,
  },
];

/**
 * Keyed by the target's name (`unique.national.visitors`), as the CLI's JSON `targets` object shows;
 * the metrics map carries the same as `target.<name>` (value) and `target.<name>.limit`.
 */
export function targetResults(
  cases: readonly CaseRecord[],
  inYtd: (i: number) => boolean,
  facts: Facts,
  population: number | null,
): Record<string, TargetResult> {
  const rows = new Array<number>(TARGET_RULES.length).fill(0);
  // persons as interned ids (one per distinct person key, §3.2)
  const persons = TARGET_RULES.map(() => new Set<number>());
  const nameless = new Array<number>(TARGET_RULES.length).fill(0);
  const ids = personIdsOf(cases, facts);
  // plain loops: a callback per case and rule would allocate a closure for each of 300k rows
  for (let i = 0; i < cases.length; i++) {
    if (!inYtd(i)) continue;
    const c = cases[i];
    for (let t = 0; t < TARGET_RULES.length; t++) {
      const rule = TARGET_RULES[t];
      if (!rule.rows(c, i, facts)) continue;
      rows[t]++;
      if (rule.count !== "persons") continue;
      // A row without any identifiable name still is somebody: count it once on its own.
      if (ids.start[i] === ids.start[i + 1]) nameless[t]++;
      for (let q = ids.start[i]; q < ids.start[i + 1]; q++) persons[t].add(ids.list[q]);
    }
  }
  const out: Record<string, TargetResult> = {};
  TARGET_RULES.forEach((rule, t) => {
    const value = rule.count === "persons" ? persons[t].size + nameless[t] : rows[t];
    let limit: number | null = null;
    if (rule.fixed !== undefined) limit = rule.fixed;
    else if (rule.perPopulation !== undefined && population !== null) limit = round4(population * rule.perPopulation);
    out[rule.name] = { value, limit, met: limit === null ? null : value <= limit };
  });
  return out;
}

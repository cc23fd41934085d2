/**
 * Stocks as of the period end (§6.1, no scope suffix): 积案 total / resolved / open / rate, overall
 * and per category (§3.4, from backlogAsOf), and 超期未办结.
 */
import type { Day } from "../day";
import { BacklogState, type Facts } from "../derive/facts";
import type { CaseRecord } from "../model";
import { CATEGORY_KEY } from "../schema/fields";
import { overdueAt } from "./case-view";
import { ratio } from "./ratio";

interface Tally {
  total: number;
  resolved: number;
  open: number;
}

const tally = (): Tally => ({ total: 0, resolved: 0, open: 0 });

function count(t: Tally, state: number): void {
  t.total++;
  if (state === BacklogState.Resolved) t.resolved++;
  else t.open++;
}

function put(prefix: string, t: Tally, out: Record<string, number | null>): void {
  out[`${prefix}.total`] = t.total;
  out[`${prefix}.resolved`] = t.resolved;
  out[`${prefix}.open`] = t.open;
  // Per-category rates are an addition to §6.1's list, so a template can have a 化解率 column per 类别.
  out[`${prefix}.resolvedRate`] = ratio(t.resolved, t.total);
}

export function stockMetrics(
  cases: readonly CaseRecord[],
  facts: Facts,
  backlog: Uint8Array,
  asOf: Day,
  out: Record<string, number | null>,
): void {
  const all = tally();
  const byCategory = new Map<string, Tally>(Object.values(CATEGORY_KEY).map((k) => [k, tally()]));
  let overdue = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (overdueAt(c, facts.dueOn[i], asOf)) overdue++;
    const state = backlog[i];
    if (state === BacklogState.None) continue;
    const cat = c.category === null ? undefined : byCategory.get(CATEGORY_KEY[c.category]);
    // no [all, cat] array per backlog case
    count(all, state);
    if (cat) count(cat, state);
  }
  put("backlog", all, out);
  for (const [key, t] of byCategory) put(`backlog.${key}`, t, out);
  out["overdue.open"] = overdue;
}

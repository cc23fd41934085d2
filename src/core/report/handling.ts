/**
 * Handling metrics of §6.1, keyed `<metric>.<scope>` for month, ytd, monthLastYear, ytdLastYear:
 * 初信初访 办结 (seed 003: 初信初访229件，办结190件 … 办结率83%), 按期办结率, 参评率, 满意率.
 * One pass over the cases for all four scopes.
 */
import { closingDay } from "../derive/backlog";
import type { Facts } from "../derive/facts";
import type { CaseRecord } from "../model";
import { isRepeat } from "./case-view";
import { SPAN_SCOPES, type ReportPeriod, type SpanScope } from "./period";
import { ratio } from "./ratio";

export const HANDLING_SCOPES: readonly SpanScope[] = ["month", "ytd", "monthLastYear", "ytdLastYear"];

const RATED = new Set(["满意", "基本满意", "不满意"]);
const SATISFIED = new Set(["满意", "基本满意"]);

export function handlingMetrics(
  cases: readonly CaseRecord[],
  counted: Uint8Array,
  mask: Uint8Array,
  facts: Facts,
  period: ReportPeriod,
  out: Record<string, number | null>,
): void {
  const n = HANDLING_SCOPES.length;
  const spans = HANDLING_SCOPES.map((s) => period.scopes[s]);
  const bit = HANDLING_SCOPES.map((s) => 1 << SPAN_SCOPES.indexOf(s));
  const firstTotal = new Array<number>(n).fill(0);
  const firstClosed = new Array<number>(n).fill(0);
  const closed = new Array<number>(n).fill(0);
  const onTime = new Array<number>(n).fill(0);
  const rated = new Array<number>(n).fill(0);
  const satisfied = new Array<number>(n).fill(0);
  for (let i = 0; i < cases.length; i++) {
    if (!counted[i]) continue;
    const c = cases[i];
    // Closed by a day D: closing day (办结日期, or 化解日期 for 已化解) on or before D, as backlog reads it.
    const close = closingDay(c);
    const first = mask[i] !== 0 && !isRepeat(c, i, facts);
    const due = facts.dueOn[i];
    for (let s = 0; s < n; s++) {
      if (first && (mask[i] & bit[s]) !== 0) {
        firstTotal[s]++;
        if (close !== null && close <= spans[s].to) firstClosed[s]++;
      }
      if (close === null || close < spans[s].from || close > spans[s].to) continue;
      closed[s]++;
      if (due === null || close <= due) onTime[s]++;
      if (c.satisfaction !== null && RATED.has(c.satisfaction)) rated[s]++;
      if (c.satisfaction !== null && SATISFIED.has(c.satisfaction)) satisfied[s]++;
    }
  }
  HANDLING_SCOPES.forEach((scope, s) => {
    out[`first.total.${scope}`] = firstTotal[s];
    out[`first.closed.${scope}`] = firstClosed[s];
    out[`first.open.${scope}`] = firstTotal[s] - firstClosed[s];
    out[`first.closedRate.${scope}`] = ratio(firstClosed[s], firstTotal[s]);
    out[`closed.onTimeRate.${scope}`] = ratio(onTime[s], closed[s]);
    out[`rated.rate.${scope}`] = ratio(rated[s], closed[s]);
    out[`satisfaction.rate.${scope}`] = ratio(satisfied[s], rated[s]);
  });
}

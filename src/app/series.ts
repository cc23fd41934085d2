/**
 * Batches and persons per month for the 月报 tab's 12-month chart, from the core's own metrics
 * (computeMetrics per period), reading and deriving the ledger once instead of once per month.
 */
import { readConfig } from "../core/config";
import type { Day } from "../core/day";
import { backlogAsOf, deriveFacts } from "../core/derive";
import type { WorkbookGrid } from "../core/grid";
import { readLedger } from "../core/ledger";
import { computeMetrics, reportPeriod } from "../core/report";

export interface MonthPoint {
  month: string;
  batches: number;
  persons: number;
}

export function monthlySeries(wb: WorkbookGrid, months: readonly string[], today: Day): MonthPoint[] {
  const { config } = readConfig(wb);
  const { ledger } = readLedger(wb, config, {});
  const facts = deriveFacts(ledger.cases, config);
  // Only flow counts are read here, so one backlog state serves every month.
  const backlog = backlogAsOf(ledger.cases, facts, today);
  return months.map((month) => {
    const period = reportPeriod(month, config.params.reportStartDay);
    const { metrics } = computeMetrics({ cases: ledger.cases, facts, params: config.params, period, backlog });
    return { month, batches: metrics["all.batches.month"] ?? 0, persons: metrics["all.persons.month"] ?? 0 };
  });
}

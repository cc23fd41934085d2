/**
 * All metrics of §6.1 for one report period: counts, handling, stocks and targets. Pure: the
 * caller passes the derived facts and the backlog states as of the period end (derive/).
 */
import type { Day } from "../day";
import type { Facts } from "../derive/facts";
import type { CaseRecord, ConfigParams } from "../model";
import { countedCases, type UncountedRow } from "./counted";
import { countMetrics, scopeMasks } from "./counts";
import { handlingMetrics } from "./handling";
import { SPAN_SCOPES, type ReportPeriod } from "./period";
import { stockMetrics } from "./stock";
import { targetResults, type TargetResult } from "./targets";

export type Metrics = Record<string, number | null>;

export interface MetricsInput {
  cases: readonly CaseRecord[];
  facts: Facts;
  params: Pick<ConfigParams, "population" | "yoyZeroBase">;
  period: ReportPeriod;
  /** BacklogState per case as of `asOf` (backlogAsOf). */
  backlog: Uint8Array;
  /** The day stocks are taken: the period end (default), or today when the period has not ended. */
  asOf?: Day;
}

export interface MetricsResult {
  metrics: Metrics;
  /** Keyed by target name (`unique.national.visitors`). */
  targets: Record<string, TargetResult>;
  /** Rows not counted (no registration date, 信访形式 or 信访层级). */
  uncounted: UncountedRow[];
  /** 1 for each case the counts include. */
  counted: Uint8Array;
}

export function computeMetrics(input: MetricsInput): MetricsResult {
  const { cases, facts, params, period, backlog, asOf = period.to } = input;
  const { counted, uncounted } = countedCases(cases);
  const metrics: Metrics = {};
  const mask = scopeMasks(cases, counted, period);
  countMetrics(cases, mask, facts, params.yoyZeroBase, metrics);
  handlingMetrics(cases, counted, mask, facts, period, metrics);
  stockMetrics(cases, facts, backlog, asOf, metrics);
  const ytdBit = 1 << SPAN_SCOPES.indexOf("ytd");
  const targets = targetResults(cases, (i) => (mask[i] & ytdBit) !== 0, facts, params.population);
  for (const [name, t] of Object.entries(targets)) {
    metrics[`target.${name}`] = t.value;
    metrics[`target.${name}.limit`] = t.limit;
  }
  return { metrics, targets, uncounted, counted };
}

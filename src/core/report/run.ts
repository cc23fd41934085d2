/**
 * `monthlyReport`: the whole 月报 run on a workbook grid — config, ledger, derived facts, metrics,
 * the user's report sheet filled in place, and the 月报明细 sheet. Pure; the caller applies the patch.
 */
import { readConfig } from "../config/read";
import { isoDay, type Day } from "../day";
import { backlogAsOf } from "../derive/backlog";
import { deriveFacts } from "../derive/derive";
import type { Finding } from "../findings";
import type { WorkbookGrid } from "../grid";
import { readLedger } from "../ledger/read";
import { emptyPatch, type Patch } from "../patch";
import type { UncountedRow } from "./counted";
import { detailsSheet } from "./details";
import { fillTemplate, type FilledCell, type UnrecognizedLabel } from "./fill";
import { headline } from "./headline";
import { computeMetrics, type Metrics } from "./metrics";
import { reportPeriod } from "./period";
import type { TargetResult } from "./targets";
import { REPORT_SHEET } from "./template";

export interface ReportOptions {
  /** `YYYY-MM` */
  month: string;
  /** The ledger sheet; found by its header when omitted. */
  sheet?: string;
  /** The report sheet to fill; default 月报. */
  reportSheet?: string;
  today: Day;
}

export interface ReportResult {
  period: { from: string; to: string };
  metrics: Metrics;
  targets: Record<string, TargetResult>;
  cells: FilledCell[];
  unrecognized: UnrecognizedLabel[];
  /** Chinese sentence with the headline figures. */
  headline: string;
  /** Chinese remarks: missing report sheet, cells left alone, period not over, … */
  notes: string[];
  /** Ledger rows not counted, with the reason. */
  uncounted: UncountedRow[];
  /** Name of the report sheet filled, or null when the workbook has none. */
  reportSheet: string | null;
  patch: Patch;
  /** Config and ledger findings (they explain missing or odd figures). */
  findings: Finding[];
}

export function monthlyReport(wb: WorkbookGrid, opts: ReportOptions): ReportResult {
  const { config, findings: configFindings } = readConfig(wb);
  const period = reportPeriod(opts.month, config.params.reportStartDay);
  const { ledger, findings: ledgerFindings } = readLedger(wb, config, { sheet: opts.sheet });
  const cases = ledger.cases;
  const facts = deriveFacts(cases, config);
  const notes: string[] = [];
  // A month still running has no future: stocks are taken today, not at a period end yet to come.
  const asOf = Math.min(period.to, opts.today);
  if (asOf < period.to) notes.push(`统计时段尚未结束，积案和超期截至今天（${isoDay(asOf)}）。`);
  const backlog = backlogAsOf(cases, facts, asOf);
  const { metrics, targets, uncounted, counted } = computeMetrics({
    cases,
    facts,
    params: config.params,
    period,
    backlog,
    asOf,
  });
  if (uncounted.length > 0)
    notes.push(`台账中有 ${uncounted.length} 行缺少登记日期、信访形式或信访层级，未计入统计（见“月报明细”）。`);

  const patch = emptyPatch();
  const wanted = opts.reportSheet ?? REPORT_SHEET;
  const sheet = wb.sheets.find((s) => s.name === wanted) ?? wb.sheets.find((s) => s.name.trim() === wanted.trim());
  let cells: FilledCell[] = [];
  let unrecognized: UnrecognizedLabel[] = [];
  if (sheet) {
    const filled = fillTemplate(sheet, metrics, {
      reason: `${period.year}年${period.monthNo}月月报`,
      month: { year: period.year, month: period.monthNo },
    });
    cells = filled.cells;
    unrecognized = filled.unrecognized;
    patch.writes.push(...filled.writes);
    notes.push(...filled.notes);
  } else {
    notes.push(
      `工作簿中没有“${wanted}”工作表，未填写月报。可用 init-report 命令（或任务窗格中的“创建月报模板”）添加默认月报表。`,
    );
  }
  patch.ownedSheets.push(detailsSheet({ cases, facts, config, period, backlog, asOf, targets, uncounted, counted }));
  return {
    period: { from: isoDay(period.from), to: isoDay(period.to) },
    metrics,
    targets,
    cells,
    unrecognized,
    headline: headline(period, metrics),
    notes,
    uncounted,
    reportSheet: sheet ? sheet.name : null,
    patch,
    findings: [...configFindings, ...ledgerFindings],
  };
}

/**
 * The slice of the core the pane and the ribbon commands use (docs/architecture.md, "Core entry
 * points"). Declared structurally so the app can be driven by the real core (core-wiring.ts) and
 * tests can see exactly which results the UI depends on.
 */
import type { Day } from "../core/day";
import type { Finding } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import type { OwnedSheet, Patch } from "../core/patch";

export interface CheckOutcome {
  /** The ledger sheet's name. */
  sheet: string;
  /** Sheets that get marks (the ledger, and 配置 when present). */
  markedSheets: string[];
  findings: Finding[];
}

export interface AssignmentView {
  /** 1-based sheet row. */
  row: number;
  cell: string;
  field: string;
  value: string;
  /** The cell's text before, or null when it was empty. */
  previous: string | null;
  reason: string;
}

export interface AssignOutcome {
  assignments: AssignmentView[];
  findings: Finding[];
  load: Record<string, number>;
  patch: Patch;
}

export interface ReportOutcome {
  metrics: Record<string, number | null>;
  /** Labels of the report sheet that could not be mapped to a metric. */
  unrecognized: { cell: string; label: string }[];
  headline: string;
  /** Chinese remarks: no report sheet, period not over, rows not counted, … */
  notes: string[];
  /** The report sheet filled, or null when the workbook has none. */
  reportSheet: string | null;
  patch: Patch;
}

export interface CoreApi {
  checkWorkbook(wb: WorkbookGrid, opts: { sheet?: string; today: Day }): CheckOutcome;
  /** `cap` is set when not every problem cell could be marked (MAX_MARKED); its note is shown to the user. */
  marksPatch(result: CheckOutcome): Patch & { cap?: { note: string } };
  /** Empty mark lists for the sheets (marks replace earlier marks) and a 校验结果 sheet saying so. */
  clearMarksPatch(sheet: string, extraSheets: readonly string[]): Patch;
  assignWorkbook(wb: WorkbookGrid, opts: { sheet?: string; today: Day; overwrite: boolean }): AssignOutcome;
  monthlyReport(wb: WorkbookGrid, opts: { month: string; sheet?: string; today: Day }): ReportOutcome;
  /** Batches and persons per month (`YYYY-MM`), cheaper than a report per month when the core offers it. */
  monthlySeries(wb: WorkbookGrid, months: string[], today: Day): { month: string; batches: number; persons: number }[];
  /** The default 配置 sheet; its 节假日 block holds the notices of `year` and the next. */
  configSheet(year: number): OwnedSheet;
  reportTemplate(): OwnedSheet;
}

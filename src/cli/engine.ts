/**
 * The core entry points and the file host as the CLI, the demo and the benchmark call them
 * (docs/architecture.md). One seam, so the commands stay thin and a test can see what they call.
 */
import { assignWorkbook, type AssignResult } from "../core/assign";
import { checkWorkbook, marksPatch, type CheckResult } from "../core/check";
import { configSheet } from "../core/config";
import { monthlyReport, reportTemplate, type ReportResult } from "../core/report";
import { XlsxWorkbook } from "../hosts/file/xlsx-workbook";

export type { AssignResult, CheckResult, ReportResult };

export interface FileWorkbook {
  grid: XlsxWorkbook["grid"];
  apply: XlsxWorkbook["apply"];
  toBytes: XlsxWorkbook["toBytes"];
}

export const engine = {
  /** Throws UserError (Chinese, naming the file) when the bytes are not a usable .xlsx. */
  openWorkbook: (bytes: Uint8Array, fileName?: string): FileWorkbook => XlsxWorkbook.open(bytes, fileName),
  checkWorkbook,
  marksPatch,
  assignWorkbook,
  monthlyReport,
  configSheet,
  reportTemplate,
};

export type Engine = typeof engine;

/** The real core behind CoreApi (docs/architecture.md, "Core entry points"). */
import { assignWorkbook } from "../core/assign";
import { checkWorkbook, clearMarksPatch, marksPatch } from "../core/check";
import { configSheet } from "../core/config";
import { monthlyReport, reportTemplate } from "../core/report";
import type { CoreApi } from "./core-api";
import { monthlySeries } from "./series";

export const realCore: CoreApi = {
  checkWorkbook: (wb, opts) => checkWorkbook(wb, opts),
  // The session hands back the very object checkWorkbook returned, so the full CheckResult is there.
  marksPatch: (r) => marksPatch(r as Parameters<typeof marksPatch>[0]),
  clearMarksPatch: (sheet, extra) => clearMarksPatch(sheet, extra),
  assignWorkbook: (wb, opts) => assignWorkbook(wb, opts),
  monthlyReport: (wb, opts) => monthlyReport(wb, opts),
  monthlySeries: (wb, months, today) => monthlySeries(wb, months, today),
  configSheet: (year) => configSheet(year),
  reportTemplate: () => reportTemplate(),
};

export { checkWorkbook, sortFindings, summarize, type CheckResult, type CheckSummary } from "./check";
export { marksPatch, clearMarksPatch, marksBySheet, resultSheet, RESULT_SHEET } from "./marks";

/** The Office.js host: what the task pane and the ribbon commands use. */
export { ExcelHost, type ExcelHostOptions, type CommandStats } from "./host";
export { createOfficeExcelHost } from "./office";
export type { Capabilities, SupportsFn } from "./capabilities";
export type { RunFn, RunOptions } from "./om";
export { MARK_FILL } from "./marks-style";
export { MARKS_SHEET } from "./marks-store";

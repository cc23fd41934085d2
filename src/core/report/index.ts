/** Monthly statistics (DOMAIN.md §6): metrics, template filling, the default template, 月报明细. */
export { monthlyReport, type ReportOptions, type ReportResult } from "./run";
export { computeMetrics, type Metrics, type MetricsInput, type MetricsResult } from "./metrics";
export { reportPeriod, isoSpan, parseMonth, SPAN_SCOPES, type ReportPeriod, type Span, type SpanScope } from "./period";
export { fillTemplate, type FillOptions, type FillResult, type FilledCell, type UnrecognizedLabel } from "./fill";
export { reportTemplate, ownedToGrid, REPORT_SHEET } from "./template";
export { detailsSheet, DETAILS_SHEET, type DetailsInput } from "./details";
export { headline } from "./headline";
export { TARGET_RULES, type TargetResult } from "./targets";
export type { UncountedRow } from "./counted";

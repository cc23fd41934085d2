/** `xinfang report`: the month's metrics, the user's 月报 template filled in place, 月报明细 rewritten. */
import { DETAILS_SHEET, REPORT_SHEET } from "../../core/report";
import type { OwnedCell, OwnedSheet } from "../../core/patch";
import { UserError } from "../../hosts/port";
import { flagString } from "../args";
import { engine, type ReportResult } from "../engine";
import { reportJson } from "../json";
import { mergeTownships } from "../merge";
import { printReport } from "../print";
import { type Context, openWorkbook, openWorkbooks, outputsOf, saveJson, saveWorkbook, todayOf } from "./common";

export function parseMonthFlag(s: string | undefined): string {
  const m = s === undefined ? null : /^(\d{4})-(\d{1,2})$/.exec(s.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
    throw new UserError(`--month 的值“${s ?? ""}”无效，应为 YYYY-MM，例如 2026-10。`);
  }
  return `${m[1]}-${m[2].padStart(2, "0")}`;
}

/** The per-township columns of a county report's 月报明细: [header, metric key]. */
const TOWNSHIP_COLUMNS: readonly (readonly [string, string])[] = [
  ["本月批次", "all.batches.month"],
  ["本月人次", "all.persons.month"],
  ["累计批次", "all.batches.ytd"],
  ["累计人次", "all.persons.ytd"],
  ["去年同期累计批次", "all.batches.ytdLastYear"],
  ["积案总数", "backlog.total"],
  ["未化解积案", "backlog.open"],
  ["超期未办结", "overdue.open"],
];

function townshipBlock(rows: { name: string; metrics: ReportResult["metrics"] }[], total: ReportResult): OwnedCell[][] {
  const line = (name: string, m: ReportResult["metrics"]): OwnedCell[] => [
    name,
    ...TOWNSHIP_COLUMNS.map(([, key]) => m[key] ?? null),
  ];
  return [
    [],
    ["各乡镇（街道）"],
    ["乡镇", ...TOWNSHIP_COLUMNS.map(([label]) => label)],
    ...rows.map((r) => line(r.name, r.metrics)),
    line("合计", total.metrics),
  ];
}

function runMerged({ args, o }: Context, month: string, out: string | undefined, json: string | undefined): number {
  const today = todayOf(args);
  const sheet = flagString(args.flags, "sheet");
  const reportSheet = flagString(args.flags, "report-sheet") ?? REPORT_SHEET;
  const books = openWorkbooks(args.files, "write", sheet).map((wb, i) => ({ file: args.files[i], wb }));
  const inputs = books.map((b) => ({ file: b.file, grid: b.wb.grid(), sheet }));
  const merged = mergeTownships(inputs, reportSheet);
  const result = engine.monthlyReport(merged.grid, { month, reportSheet, today });
  const perTownship = inputs.map((input, i) => ({
    name: merged.townships[i].name,
    metrics: engine.monthlyReport(input.grid, { month, sheet, reportSheet, today }).metrics,
  }));
  const details = result.patch.ownedSheets.find((s: OwnedSheet) => s.name === DETAILS_SHEET);
  if (details) details.rows.push(...townshipBlock(perTownship, result));
  const pop = merged.townships.every((t) => t.population !== null)
    ? `，辖区人口合计 ${merged.townships.reduce((s, t) => s + (t.population ?? 0), 0)}`
    : "（有乡镇未配置辖区人口，工作目标无限额）";
  o.out(
    `合并 ${merged.townships.length} 个乡镇：${merged.townships.map((t) => `${t.name}（${t.cases} 件）`).join("、")}${pop}。`,
  );
  printReport(result, o);
  // The workbook first, then the JSON (as in check): a JSON on disk means the copy was written too.
  if (out) {
    // The county report is written into a copy of the first workbook: its 月报 template is the one filled.
    books[0].wb.apply(result.patch);
    saveWorkbook(out, books[0].wb, o, "县级月报");
  }
  if (json) {
    const townships = merged.townships.map((t, i) => ({ ...t, metrics: perTownship[i].metrics }));
    saveJson(json, { ...reportJson(result), townships }, o);
  }
  return 0;
}

export function runReport(ctx: Context): number {
  const { args, o } = ctx;
  const month = parseMonthFlag(flagString(args.flags, "month"));
  const { out, json } = outputsOf(args);
  if (args.flags.merge === true) return runMerged(ctx, month, out, json);
  const file = args.files[0];
  const today = todayOf(args);
  const sheet = flagString(args.flags, "sheet");
  const wb = openWorkbook(file, "read", sheet);
  const result = engine.monthlyReport(wb.grid(), {
    month,
    sheet,
    reportSheet: flagString(args.flags, "report-sheet"),
    today,
  });
  o.out(`月报“${file}”：`);
  printReport(result, o);
  if (out) {
    wb.apply(result.patch);
    saveWorkbook(out, wb, o, "月报");
  }
  if (json) saveJson(json, reportJson(result), o);
  return 0;
}

/**
 * Finding the ledger in a workbook (DOMAIN.md §1.1): which sheet, which header row(s), which column
 * holds which field, and where the data ends. Header findings (missing / duplicate columns, blank
 * rows) come out here; value findings come from read.ts.
 */
import { a1, cellAt, isCellError, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import type { Finding } from "../findings";
import type { LedgerLayout } from "../model";
import { REQUIRED_FIELDS, type FieldKey } from "../schema/fields";
import { normalizeHeader, toHalfWidth } from "../schema/normalize";
import { makeFinding } from "./finding";
import { MergeIndex, singleRowHeader, twoRowHeader, type ColumnMatch, type HeaderCandidate } from "./header-row";

/** Rows scanned for the header. */
export const HEADER_SCAN_ROWS = 20;
/** Fewer recognised fields than this: not a ledger. */
export const MIN_SCORE = 3;
/** Sheets the add-in owns or reads for other purposes; never taken for the ledger. */
export const NOT_LEDGER_SHEETS: ReadonlySet<string> = new Set(["配置", "月报", "月报明细", "校验结果"]);

/** A row whose first text starts like this is a total, not a case. */
const TOTAL_ROW = /^(合计|总计|小计)/;
/** Footers under a table (`填表人：`, `制表：`, `注：`): not cases when they trail the data. */
const FOOTER_ROW =
  /^(以下空白|以下无内容|填表人|制表人|制表|审核人|审核|负责人|填报人|填报单位|注[:：]|说明[:：]|备注[:：])/;

export interface LocateOk {
  ok: true;
  sheet: SheetGrid;
  layout: LedgerLayout;
  /** header.missing, header.duplicate, row.blank */
  findings: Finding[];
  /** Chinese: which sheet was chosen when several looked like ledgers; null otherwise. */
  note: string | null;
}

export interface LocateFail {
  ok: false;
  /** Chinese, for the user: what was looked for and what to do. */
  message: string;
}

export type LocateResult = LocateOk | LocateFail;

function isCandidateSheet(s: SheetGrid): boolean {
  return !s.hidden && !NOT_LEDGER_SHEETS.has(s.name) && !s.name.startsWith("_");
}

/** The best header of one sheet (most distinct fields; two-row only when it recognises more). */
export function bestHeader(sheet: SheetGrid): HeaderCandidate | undefined {
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS) - 1;
  const merges = new MergeIndex(sheet.merges, last + 1);
  let best: HeaderCandidate | undefined;
  for (let r = 0; r <= last; r++) {
    const one = singleRowHeader(sheet, r, merges);
    const two = r + 1 < sheet.rows.length ? twoRowHeader(sheet, r, merges) : undefined;
    const cand = two && two.score > one.score ? two : one;
    if (!best || cand.score > best.score) best = cand;
  }
  return best && best.score > 0 ? best : undefined;
}

function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function firstText(row: readonly CellValue[] | undefined): string {
  if (!row) return "";
  for (const v of row) if (!isBlankValue(v) && !isCellError(v)) return normalizeHeader(v);
  return "";
}

/** `编号` means 序号 when its cells are numbers, else a case number (DOMAIN.md §1.2). */
function numericColumn(sheet: SheetGrid, col: number, from: number): boolean {
  let seen = 0;
  for (let r = from; r < sheet.rows.length && seen < 30; r++) {
    const v = cellAt(sheet, r, col);
    if (isBlankValue(v)) continue;
    seen++;
    if (typeof v === "number") continue;
    if (typeof v === "string" && /^\d+$/.test(toHalfWidth(v).trim())) continue;
    return false;
  }
  return true;
}

interface Resolved {
  columns: Partial<Record<FieldKey, number>>;
  headers: Partial<Record<FieldKey, string>>;
  findings: Finding[];
}

/**
 * One column per field. A specific header beats a weak synonym (the weak column is left unmapped);
 * two equally specific columns → the first is used and the other is header.duplicate.
 */
function resolveColumns(sheet: SheetGrid, cand: HeaderCandidate): Resolved {
  const headerRow = cand.rows[cand.rows.length - 1];
  const dataFrom = headerRow + 1;
  const byField = new Map<FieldKey, ColumnMatch[]>();
  for (const m0 of cand.matches) {
    let m = m0;
    if (m.header === "编号" && !numericColumn(sheet, m.col, dataFrom)) m = { ...m, field: "caseId" };
    const list = byField.get(m.field) ?? [];
    list.push(m);
    byField.set(m.field, list);
  }
  const out: Resolved = { columns: {}, headers: {}, findings: [] };
  for (const [field, list] of byField) {
    const strong = list.filter((m) => !m.weak);
    const used = strong.length ? strong : list;
    used.sort((a, b) => a.col - b.col);
    out.columns[field] = used[0].col;
    out.headers[field] = used[0].header;
    for (const dup of used.slice(1)) {
      out.findings.push(
        makeFinding(sheet.name, cand.rows[0], dup.col, field, "header.duplicate", {
          header: dup.header,
          other: a1(cand.rows[0], used[0].col).replace(/\d+$/, ""),
          used: a1(cand.rows[0], used[0].col).replace(/\d+$/, ""),
        }),
      );
    }
  }
  for (const f of REQUIRED_FIELDS) {
    if (out.columns[f] === undefined) out.findings.push(makeFinding(sheet.name, headerRow, 0, f, "header.missing"));
  }
  return out;
}

/** Cheap pre-test before normalising: only rows starting with these characters can be totals. */
const MAYBE_TOTAL = /^[\s\u3000]*[合总小]/;

/**
 * The data rows: first row under the header to the last row with a value in a mapped column.
 * A header repeated inside the data (print titles pasted along with the rows) is skipped too.
 */
function dataRange(
  sheet: SheetGrid,
  headerRow: number,
  headerOf: ReadonlyMap<number, string>,
): { first: number; last: number; skipped: number[]; blanks: number[] } {
  const cols = [...headerOf.keys()];
  const first = headerRow + 1;
  const blankRow = (r: number): boolean => {
    const row = sheet.rows[r];
    if (!row) return true;
    for (const c of cols) if (!isBlankValue(row[c] ?? null)) return false;
    return true;
  };
  const lead = (r: number): CellValue => {
    const row = sheet.rows[r];
    if (row) for (const v of row) if (!isBlankValue(v)) return v;
    return null;
  };
  const notCase = (r: number): boolean => {
    const v = lead(r);
    return typeof v === "string" && MAYBE_TOTAL.test(v) && TOTAL_ROW.test(normalizeHeader(v));
  };
  const repeatedHeader = (r: number): boolean => {
    const row = sheet.rows[r];
    const v0 = row?.[cols[0]];
    if (!row || typeof v0 !== "string" || normalizeHeader(v0) !== headerOf.get(cols[0])) return false;
    let same = 0;
    for (const c of cols) if (normalizeHeader(row[c]) === headerOf.get(c)) same++;
    return same >= Math.min(3, cols.length);
  };
  let last = sheet.rows.length - 1;
  // trailing blanks, totals and footers are outside the data
  while (last >= first && (blankRow(last) || notCase(last) || FOOTER_ROW.test(firstText(sheet.rows[last])))) last--;
  const skipped: number[] = [];
  const blanks: number[] = [];
  for (let r = first; r <= last; r++) {
    if (blankRow(r)) {
      skipped.push(r);
      blanks.push(r);
    } else if (notCase(r) || repeatedHeader(r)) skipped.push(r);
  }
  return { first, last, skipped, blanks };
}

function layoutOf(sheet: SheetGrid, cand: HeaderCandidate): { layout: LedgerLayout; findings: Finding[] } {
  const resolved = resolveColumns(sheet, cand);
  const headerRow = cand.rows[cand.rows.length - 1];
  const cols = Object.values(resolved.columns) as number[];
  const headerOf = new Map<number, string>();
  for (const [field, col] of Object.entries(resolved.columns) as [FieldKey, number][])
    headerOf.set(col, resolved.headers[field] ?? "");
  const range = dataRange(sheet, headerRow, headerOf);
  const findings = resolved.findings;
  const firstCol = cols.length ? Math.min(...cols) : 0;
  // One finding per run of blank rows: a stray cell at row 1,048,576 must not give a million findings.
  for (let i = 0; i < range.blanks.length;) {
    let j = i;
    while (j + 1 < range.blanks.length && range.blanks[j + 1] === range.blanks[j] + 1) j++;
    const [from, to] = [range.blanks[i] + 1, range.blanks[j] + 1];
    const params =
      from === to
        ? { span: "", which: "该行" }
        : { span: `（第 ${from}–${to} 行，共 ${to - from + 1} 行）`, which: "这些行" };
    findings.push(makeFinding(sheet.name, range.blanks[i], firstCol, null, "row.blank", params));
    i = j + 1;
  }
  return {
    layout: {
      sheet: sheet.name,
      headerRows: cand.rows,
      columns: resolved.columns,
      headers: resolved.headers,
      firstRow: range.first,
      lastRow: range.last,
      skippedRows: range.skipped,
      score: cand.score,
    },
    findings,
  };
}

const HINT = "请确认表头包含 登记日期、信访人、诉求内容 等列（表头须在前20行内）。";

/** Locates the ledger: `opts.sheet` when given, else the visible sheet whose header matches best. */
export function locateLedger(wb: WorkbookGrid, opts: { sheet?: string } = {}): LocateResult {
  if (opts.sheet !== undefined) {
    const sheet = wb.sheets.find((s) => s.name === opts.sheet);
    if (!sheet) {
      const names = wb.sheets.map((s) => `“${s.name}”`).join("、");
      return {
        ok: false,
        message: `在工作簿中找不到信访台账：没有名为“${opts.sheet}”的工作表（现有：${names || "无"}）。请核对工作表名称。`,
      };
    }
    const cand = bestHeader(sheet);
    if (!cand || cand.score < MIN_SCORE) {
      return {
        ok: false,
        message: `在工作簿中找不到信访台账：工作表“${sheet.name}”的前20行中没有识别出足够的列名。${HINT}`,
      };
    }
    return { ok: true, sheet, note: null, ...layoutOf(sheet, cand) };
  }
  const scored: { sheet: SheetGrid; cand: HeaderCandidate }[] = [];
  for (const sheet of wb.sheets) {
    if (!isCandidateSheet(sheet)) continue;
    const cand = bestHeader(sheet);
    if (cand && cand.score >= MIN_SCORE) scored.push({ sheet, cand });
  }
  if (!scored.length) {
    const looked = wb.sheets.filter(isCandidateSheet).map((s) => `“${s.name}”`);
    return {
      ok: false,
      message: `在工作簿中找不到信访台账：已查看的工作表（${looked.join("、") || "无"}）前20行中都没有识别出至少${MIN_SCORE}个已知列名。${HINT}`,
    };
  }
  // stable: on equal scores the earlier sheet (and the default name 信访台账) wins
  scored.sort(
    (a, b) => b.cand.score - a.cand.score || Number(b.sheet.name === "信访台账") - Number(a.sheet.name === "信访台账"),
  );
  const chosen = scored[0];
  const note =
    scored.length > 1
      ? `有 ${scored.length} 张工作表像信访台账（${scored.map((s) => `“${s.sheet.name}”${s.cand.score}列`).join("、")}），已采用“${chosen.sheet.name}”。如需检查其他表，请指定工作表。`
      : null;
  return { ok: true, sheet: chosen.sheet, note, ...layoutOf(chosen.sheet, chosen.cand) };
}

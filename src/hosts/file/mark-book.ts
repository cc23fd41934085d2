/**
 * Bookkeeping of marks, kept inside the workbook so any later run (CLI, another PC) can undo them:
 * a veryHidden sheet `_xinfang_marks` with one row per marked cell —
 * 工作表 | 单元格 | 原样式 | 标记样式. 原样式 is the cell's original `s` attribute ("" when it had
 * none) or "new" when the cell did not exist and was created only to carry the mark.
 *
 * The Excel add-in keeps the same sheet with 工作表 | 单元格 | 原底色 | 原批注 (fill colours and note
 * texts; Office.js has no style indexes). Such rows are read as `foreign` and undone by colour and
 * note instead; when this host then rewrites the sheet in its own format, foreign rows of sheets it did
 * not re-mark are kept as inert rows (标记样式 -1), which the add-in in turn reads as foreign.
 */
import type { CellValue } from "../../core/grid";
import type { OwnedSheet } from "../../core/patch";

export const MARK_SHEET = "_xinfang_marks";
export const MARK_HEADER = ["工作表", "单元格", "原样式", "标记样式"];
const EXCEL_HOST_HEADER_3 = "原底色";

export interface MarkRecord {
  sheet: string;
  ref: string;
  /** Original style attribute: null when absent, "new" when the cell was created for the mark. */
  original: number | null | "new";
  /** The style index of our mark; -1 for rows we cannot match to a style (foreign). */
  marked: number;
  /** A mark the Excel add-in made: the cell's fill (`#RRGGBB`, null = none) and note before it. */
  foreign?: { fill: string | null; note: string | null };
}

export function readMarkBook(rows: readonly (CellValue[] | undefined)[]): MarkRecord[] {
  const out: MarkRecord[] = [];
  if (rows[0]?.[2] === EXCEL_HOST_HEADER_3) {
    for (const row of rows.slice(1)) {
      const [sheet, ref, fill, note] = row ?? [];
      if (typeof sheet !== "string" || typeof ref !== "string") continue;
      const text = (v: CellValue | undefined): string | null =>
        v === null || v === undefined || v === "" ? null : String(v);
      out.push({ sheet, ref, original: null, marked: -1, foreign: { fill: text(fill), note: text(note) } });
    }
    return out;
  }
  for (const row of rows.slice(1)) {
    if (!row) continue;
    const [sheet, ref, original, marked] = row;
    if (typeof sheet !== "string" || typeof ref !== "string" || typeof marked !== "number") continue;
    const orig = original === "new" ? "new" : typeof original === "number" ? original : null;
    out.push({ sheet, ref, original: orig, marked });
  }
  return out;
}

export function markBookSheet(records: readonly MarkRecord[]): OwnedSheet {
  return {
    name: MARK_SHEET,
    hidden: true,
    rows: [MARK_HEADER, ...records.map((r) => [r.sheet, r.ref, r.original === null ? "" : r.original, r.marked])],
  };
}

/**
 * Which cells carry the add-in's marks and what they looked like before, kept in the workbook in a
 * veryHidden sheet `_xinfang_marks` (the name the file host uses), so that the next run, even in
 * another session or on another PC, can put back the clerk's own fills and notes before marking anew.
 * One row per marked cell: 工作表 | 单元格 | 原底色 | 原批注 (empty = none).
 *
 * The file host (CLI) keeps the same sheet with other columns (工作表 | 单元格 | 原样式 | 标记样式: style
 * indexes Office.js cannot see). Such rows are read as `foreign`: their original look is unknown, so
 * unmarking clears a fill only while it is still a mark colour and removes a note only when the file
 * host signed it (author 信访台账助手).
 */
import { a1, parseA1 } from "../../core/grid";
import type { XlWorksheet, XlWorksheetCollection } from "./om";

export const MARKS_SHEET = "_xinfang_marks";
export const MARKS_HEADER = ["工作表", "单元格", "原底色", "原批注"];

export interface MarkEntry {
  sheet: string;
  row: number;
  col: number;
  /** The fill the cell had before it was first marked; null = no fill. */
  fill: string | null;
  /** The note the cell had before; null = none. */
  note: string | null;
  /** Written by the file host: the original fill and note are unknown. */
  foreign?: boolean;
}

/** The file host's header (src/hosts/file/mark-book.ts). */
const FILE_HOST_HEADER_3 = "原样式";
export const FILE_HOST_NOTE_AUTHOR = "信访台账助手";

export function marksToRows(entries: readonly MarkEntry[]): string[][] {
  return [MARKS_HEADER, ...entries.map((e) => [e.sheet, a1(e.row, e.col), e.fill ?? "", e.note ?? ""])];
}

export function rowsToMarks(rows: readonly (readonly unknown[] | undefined)[]): MarkEntry[] {
  const out: MarkEntry[] = [];
  const foreign = rows[0]?.[2] === FILE_HOST_HEADER_3;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r || typeof r[0] !== "string" || typeof r[1] !== "string") continue;
    const at = parseA1(r[1]);
    if (!at) continue;
    if (foreign) {
      out.push({ sheet: r[0], row: at.row, col: at.col, fill: null, note: null, foreign: true });
      continue;
    }
    const fill = typeof r[2] === "string" && r[2] !== "" ? r[2] : null;
    const note = r[3] === undefined || r[3] === null || r[3] === "" ? null : String(r[3]);
    out.push({ sheet: r[0], row: at.row, col: at.col, fill, note });
  }
  return out;
}

export const markKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row}\u0000${col}`;

/**
 * Queues an empty bookkeeping sheet: clears the existing one, or adds it very hidden (and caches
 * it, since it is written in the same batch). Returns whether it was created. Call inside a batch.
 */
export function resetMarksSheet(
  exists: boolean,
  sheets: XlWorksheetCollection,
  ws: (name: string) => XlWorksheet,
  wsCache: Map<string, XlWorksheet>,
): boolean {
  if (exists) {
    ws(MARKS_SHEET).getRange().clear("All");
    return false;
  }
  const created = sheets.add(MARKS_SHEET);
  created.visibility = "VeryHidden";
  wsCache.set(MARKS_SHEET, created);
  return true;
}

/**
 * Which cells carry the add-in's marks and what they looked like before, kept in the workbook in a
 * veryHidden sheet `_xinfang_marks`, so that the next run, even in another session, on another PC or
 * with the CLI, can put back the clerk's own fills and notes before marking anew. Both hosts write and
 * read one format (the file host's side: src/hosts/file/mark-book.ts):
 *
 *   工作表 | 单元格 | 原样式 | 标记样式 | 原底色 | 原批注
 *
 * This host fills 原底色 (`#RRGGBB`, empty = no fill) and 原批注 (empty = none) and leaves the style
 * columns empty (Office.js has no style indexes). Rows the file host made carry its style indexes,
 * kept verbatim when this host rewrites the sheet, and its own 原底色/原批注 ("未知" = a fill it could
 * not name). Files of earlier versions hold 工作表 | 单元格 | 原底色 | 原批注 (this host) or the file
 * host's first four columns only; both are still read.
 */
import { a1, parseA1 } from "../../core/grid";
import type { XlWorksheet, XlWorksheetCollection } from "./om";

import { FILL_HEADER, MARKS_HEADER, MARKS_SHEET, NOTE_AUTHOR, UNKNOWN_FILL } from "../marks-format";

export { MARKS_HEADER, MARKS_SHEET, NOTE_AUTHOR as FILE_HOST_NOTE_AUTHOR, UNKNOWN_FILL };

export interface MarkEntry {
  sheet: string;
  row: number;
  col: number;
  /** The fill the cell had before it was first marked; null = no fill. */
  fill: string | null;
  /** The note the cell had before; null = none. */
  note: string | null;
  /**
   * Made by the file host (or an inert row its 4-column format left): its style indexes, written back
   * unchanged, and whether 原底色/原批注 are known.
   */
  byFileHost?: { original: StyleCell; marked: StyleCell; fillKnown: boolean };
}

export function marksToRows(entries: readonly MarkEntry[]): (string | number)[][] {
  return [
    MARKS_HEADER,
    ...entries.map((e) => {
      const f = e.byFileHost;
      const fill = f && !f.fillKnown ? UNKNOWN_FILL : (e.fill ?? "");
      return [e.sheet, a1(e.row, e.col), f?.original ?? "", f?.marked ?? "", fill, e.note ?? ""];
    }),
  ];
}

/** 原样式/标记样式 as the file host means them: an index, "" (none) or "new". */
type StyleCell = number | string;

const text = (v: unknown): string | null => (v === undefined || v === null || v === "" ? null : String(v));

/** Digits read back as a number: written into a text-format cell, an index comes back as text. */
function styleCell(v: unknown): StyleCell {
  if (typeof v === "number") return v;
  if (typeof v === "string") return /^-?\d+$/.test(v) ? Number(v) : v;
  return "";
}

export function rowsToMarks(rows: readonly (readonly unknown[] | undefined)[]): MarkEntry[] {
  const out: MarkEntry[] = [];
  const oldOwn = rows[0]?.[2] === FILL_HEADER; // this host's 4 columns
  const withLook = rows[0]?.[4] === FILL_HEADER; // the common 6 columns
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r || typeof r[0] !== "string" || typeof r[1] !== "string") continue;
    const at = parseA1(r[1]);
    if (!at) continue;
    const cell = { sheet: r[0], row: at.row, col: at.col };
    if (oldOwn) {
      out.push({ ...cell, fill: text(r[2]), note: text(r[3]) });
      continue;
    }
    const fill = withLook ? text(r[4]) : null;
    const fillKnown = withLook && fill !== UNKNOWN_FILL;
    const marked = styleCell(r[3]);
    if (typeof marked === "number") {
      const byFileHost = { original: styleCell(r[2]), marked, fillKnown };
      out.push({ ...cell, fill: fillKnown ? fill : null, note: withLook ? text(r[5]) : null, byFileHost });
    } else if (withLook && fillKnown) {
      out.push({ ...cell, fill, note: text(r[5]) });
    } else if (withLook) {
      // An inert row (a mark of ours the file host's 4-column format could not keep): look unknown.
      out.push({ ...cell, fill: null, note: null, byFileHost: { original: "", marked: "", fillKnown: false } });
    }
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

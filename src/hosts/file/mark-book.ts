/**
 * Bookkeeping of marks, kept inside the workbook so any later run (CLI, Excel add-in, another PC) can
 * undo them: a veryHidden sheet `_xinfang_marks`, one row per marked cell, in the format both hosts
 * write and read (the add-in's side: src/hosts/excel/marks-store.ts):
 *
 *   工作表 | 单元格 | 原样式 | 标记样式 | 原底色 | 原批注
 *
 * 原样式/标记样式 are this host's style indexes (原样式 "" = no `s` attribute, "new" = the cell was
 * created only to carry the mark); the add-in leaves both empty, as Office.js has no style indexes.
 * 原底色 (`#RRGGBB`, "" = no fill, "未知" = could not be named) and 原批注 ("" = none) are what the
 * cell showed before it was first marked, in terms both hosts can put back. Whoever marked a cell
 * last owns its row; rows of sheets a run does not re-mark are carried over exactly as read.
 *
 * Older files hold one of two earlier formats, still read: this host's 4 columns (no 原底色/原批注:
 * unknown) and the add-in's 工作表 | 单元格 | 原底色 | 原批注.
 */
import type { CellValue } from "../../core/grid";
import type { OwnedSheet } from "../../core/patch";

import { FILL_HEADER, MARKS_HEADER, MARKS_SHEET, UNKNOWN_FILL } from "../marks-format";

export { MARKS_SHEET as MARK_SHEET, UNKNOWN_FILL };
/** 原底色 of a fill this host cannot name (theme colour, pattern, a row from the 4-column format). */

export interface MarkRecord {
  sheet: string;
  ref: string;
  /** Original style attribute: null when absent, "new" when the cell was created for the mark. */
  original: number | null | "new";
  /** The style index of this host's mark; -1 when the Excel add-in made the mark (no style index). */
  marked: number;
  /** The fill before the first mark (`#RRGGBB`), null = none, undefined = unknown. */
  fill?: string | null;
  /** The note before the first mark, null = none, undefined = unknown (4-column rows). */
  note?: string | null;
}

/** A record the Excel add-in made: undone by fill colour and note text, not by style index. */
export const byAddIn = (r: MarkRecord): boolean => r.marked < 0;

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === "" ? null : String(v);

/** A style index as read back: a number, or digits when the add-in rewrote the row as text. */
function index(v: CellValue | undefined): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  return typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

export function readMarkBook(rows: readonly (CellValue[] | undefined)[]): MarkRecord[] {
  const out: MarkRecord[] = [];
  const addInFormat = rows[0]?.[2] === FILL_HEADER; // the add-in's 4 columns
  const withLook = rows[0]?.[4] === FILL_HEADER; // the common 6 columns
  for (const row of rows.slice(1)) {
    if (!row) continue;
    const [sheet, ref] = row;
    if (typeof sheet !== "string" || typeof ref !== "string") continue;
    if (addInFormat) {
      out.push({ sheet, ref, original: null, marked: -1, fill: text(row[2]), note: text(row[3]) });
      continue;
    }
    const marked = index(row[3]);
    if (!withLook) {
      if (marked === undefined) continue;
      out.push({ sheet, ref, original: original(row[2]), marked });
      continue;
    }
    const fill = text(row[4]);
    // An add-in row with an unknown look is an inert row of the 4-column days: its note is unknown too.
    const lost = (marked === undefined || marked < 0) && fill === UNKNOWN_FILL;
    out.push({
      sheet,
      ref,
      original: marked === undefined ? null : original(row[2]),
      marked: marked ?? -1,
      fill: fill === UNKNOWN_FILL ? undefined : fill,
      note: lost ? undefined : text(row[5]),
    });
  }
  return out;
}

function original(v: CellValue | undefined): number | null | "new" {
  return v === "new" ? "new" : (index(v) ?? null);
}

export function markBookSheet(records: readonly MarkRecord[]): OwnedSheet {
  return {
    name: MARKS_SHEET,
    hidden: true,
    rows: [
      MARKS_HEADER,
      ...records.map((r) => [
        r.sheet,
        r.ref,
        byAddIn(r) || r.original === null ? "" : r.original,
        byAddIn(r) ? "" : r.marked,
        r.fill === undefined ? UNKNOWN_FILL : (r.fill ?? ""),
        r.note ?? "",
      ]),
    ],
  };
}

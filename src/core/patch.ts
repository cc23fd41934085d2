/**
 * What the core asks a host to change in a workbook. The core decides; a host (file or Excel) only
 * applies. A patch never asks to change a cell the user typed unless the user asked for it
 * (assignment with overwrite), and every write carries the reason shown to the user.
 */
import type { CellValue } from "./grid";
import type { Severity } from "./findings";

/** A value to write. Text is always written as text, even when it starts with `=`, `+`, `-` or `@`. */
export type WriteValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; percent?: boolean }
  | { kind: "date"; iso: string } // YYYY-MM-DD, written as a date serial with a date format
  | { kind: "blank" };

export interface CellWrite {
  sheet: string;
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
  value: WriteValue;
  /** The value the cell held when the patch was computed (for the preview and for undo). */
  previous: CellValue;
  /** Chinese, shown to the user: why this value. */
  reason?: string;
}

/** A mark on a cell: a fill by severity and a note with the message. Marks replace earlier marks. */
export interface CellMark {
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
  severity: Severity;
  /** Chinese text of the note; several findings on one cell are joined by line breaks. */
  note: string;
}

export interface SheetMarks {
  sheet: string;
  marks: CellMark[];
}

/** A cell of a sheet the add-in owns (rewritten whole on every run: 校验结果, 月报明细). */
export type OwnedCell =
  | string
  | number
  | null
  | { text: string; link?: { sheet: string; row: number; col: number } }
  | { value: number; percent?: boolean };

export interface OwnedSheet {
  name: string;
  rows: OwnedCell[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Number of header rows (bold, frozen). */
  headerRows?: number;
  /** Merged ranges, 0-based inclusive. */
  merges?: { r1: number; c1: number; r2: number; c2: number }[];
  /** Thin borders around every cell from row `bordered` (0-based) down to the last row. */
  bordered?: number;
  /** Rows (0-based) to show as a title: bold, larger. */
  titleRows?: number[];
  /** Create the sheet only when the workbook has none of that name (init-config, init-report). */
  ifAbsent?: boolean;
  /** Hide the sheet (e.g. the add-in's own bookkeeping). */
  hidden?: boolean;
}

/** A column the add-in adds at the right end of a table, with the header in the table's header style. */
export interface NewColumn {
  sheet: string;
  /** 0-based column to create. */
  col: number;
  /** 0-based row of the header cell (the last header row). */
  headerRow: number;
  header: string;
  /** 0-based column whose header and data cells give the style to copy. */
  styleFromCol: number;
}

export interface Patch {
  writes: CellWrite[];
  marks: SheetMarks[];
  ownedSheets: OwnedSheet[];
  newColumns: NewColumn[];
}

export function emptyPatch(): Patch {
  return { writes: [], marks: [], ownedSheets: [], newColumns: [] };
}

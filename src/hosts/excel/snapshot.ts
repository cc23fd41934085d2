/**
 * What an apply changed and what was there before: the opaque `UndoRecord.snapshot` of the Excel
 * host. Plain JSON, so the pane can keep it (or store it) without holding Office.js objects.
 */
import type { MarkEntry } from "./marks-store";

export interface BlockSnap {
  sheet: string;
  row: number;
  col: number;
  /** Formulas (constants for plain cells) and number formats as they were, `rows × cols`. */
  formulas: unknown[][];
  formats: unknown[][];
}

export interface CellSnap {
  sheet: string;
  row: number;
  col: number;
  fill: string | null;
  /** Note before and after the apply; undefined when notes are not available. */
  note?: string | null;
  noteAfter?: string | null;
  fillAfter: string | null;
}

export interface OwnedSnap {
  name: string;
  /** Previous content from row 0 / col 0, as read; empty rows are empty arrays. */
  rows: (string | number | boolean)[][];
  hidden: boolean;
}

export interface ExcelSnapshot {
  kind: "excel-host";
  blocks: BlockSnap[];
  cells: CellSnap[];
  /** The marks bookkeeping before the apply and whether the sheet exists after it; null = untouched. */
  marks: { before: MarkEntry[] | null; existsAfter: boolean } | null;
  /** Sheets the apply created (deleted on undo). */
  created: string[];
  /** Owned sheets the apply rewrote (content put back on undo; formats are not restored). */
  owned: OwnedSnap[];
}

export function isExcelSnapshot(v: unknown): v is ExcelSnapshot {
  return typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "excel-host";
}

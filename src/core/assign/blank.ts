/**
 * Whether a cell is empty for assignment: null, or text of blanks only (full-width U+3000, NBSP and
 * zero-width included, as parse/text.ts's isBlankCell). Tests without building a stripped copy of
 * every filled cell: assignment asks this several times per row of a 100k-row ledger.
 */
import type { CellValue } from "../grid";

const NON_BLANK = /[^\s\u3000\u00a0\u200b\ufeff]/;

export function isEmptyCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && !NON_BLANK.test(v);
}

/**
 * The engine's view of a workbook: plain grids of cell values. Hosts (the .xlsx file host and the
 * Office.js host) produce these; the core never knows which one did.
 *
 * Coordinates inside the core are 0-based (`rows[r][c]` is sheet row r+1, column c+1). Everything a
 * user reads (findings, JSON, messages) uses 1-based rows and A1 addresses; convert with `a1()`.
 */

/** A formula error value as Excel shows it: `#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`, `#NAME?`, … */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value as typed or computed. Dates arrive as Excel serial numbers (1900 system; hosts
 * convert 1904 workbooks) or as text; the core decides what a number means by the field it is in.
 */
export type CellValue = string | number | boolean | CellError | null;

/** A rectangle of cells, 0-based, inclusive on both ends. */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SheetGrid {
  name: string;
  /** Ragged: a row may be shorter than others, or missing (undefined) when the sheet has no cells there. */
  rows: (CellValue[] | undefined)[];
  merges: CellRange[];
  hidden?: boolean;
  /** Formula text of a cell (without the leading `=`), when the cell holds a formula. */
  formulaAt?(row: number, col: number): string | undefined;
  /** Number-format code of a cell (`0.00%`, `yyyy-mm-dd`, …); undefined or `General` when it has none. */
  formatAt?(row: number, col: number): string | undefined;
  /** Whether a row is hidden (filtered or hidden by hand); informational only. */
  rowHidden?(row: number): boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column index (0-based): A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Parses `B12` to 0-based {row, col}; undefined when not an address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

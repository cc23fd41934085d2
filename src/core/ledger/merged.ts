/**
 * Merged cells inside the data (a group visit typed once over three rows): Excel keeps the value in
 * the top-left cell only, but the clerk sees it on every row, so each covered cell of a ledger column
 * reads as the top-left value instead of "未填写".
 */
import type { CellValue, SheetGrid } from "../grid";
import type { LedgerLayout } from "../model";

/** Key of a covered cell: row × 16,384 (Excel's column count) + column. */
export const mergedKey = (row: number, col: number): number => row * 16384 + col;

/** The values that merged ranges give to covered cells of the ledger's columns; null when there are none. */
export function mergedDataValues(sheet: SheetGrid, layout: LedgerLayout): Map<number, CellValue> | null {
  const cols = new Set(Object.values(layout.columns).filter((c): c is number => c !== undefined));
  let out: Map<number, CellValue> | null = null;
  for (const m of sheet.merges) {
    if (m.r2 < layout.firstRow || m.r1 > layout.lastRow || (m.r1 === m.r2 && m.c1 === m.c2)) continue;
    // A range that starts in the header is a header merge, not data.
    if (m.r1 < layout.firstRow) continue;
    const anchor = sheet.rows[m.r1]?.[m.c1] ?? null;
    if (anchor === null) continue;
    for (let r = m.r1; r <= Math.min(m.r2, layout.lastRow); r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if ((r === m.r1 && c === m.c1) || !cols.has(c)) continue;
        out ??= new Map();
        out.set(mergedKey(r, c), anchor);
      }
    }
  }
  return out;
}

/**
 * Keys of the cells of `cols` that a merge covers (all but its top-left); null when the sheet has no
 * merges. Bounded by the sheet's rows, so a merge over a whole column costs only the rows there are.
 */
export function coveredCells(sheet: SheetGrid, cols: readonly number[]): Set<number> | null {
  if (sheet.merges.length === 0) return null;
  const out = new Set<number>();
  for (const m of sheet.merges) {
    const last = Math.min(m.r2, sheet.rows.length - 1);
    for (const c of cols) {
      if (c < m.c1 || c > m.c2) continue;
      for (let r = m.r1; r <= last; r++) if (r !== m.r1 || c !== m.c1) out.add(mergedKey(r, c));
    }
  }
  return out;
}

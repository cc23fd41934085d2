/**
 * Where assignment writes each field: the ledger's own column, else a new column at the right end
 * of the table (DOMAIN.md / issue 4), with the header text of FIELD_BY_KEY and the header style of
 * the table's last header column.
 */
import type { CellValue, SheetGrid } from "../grid";
import type { LedgerLayout } from "../model";
import type { NewColumn } from "../patch";
import { isEmptyCell } from "./blank";
import { FIELD_BY_KEY } from "../schema/fields";
import { ASSIGNED_FIELDS, type AssignedField } from "./types";

function lastUsed(row: readonly CellValue[] | undefined, from: number): number {
  if (!row) return from;
  for (let c = row.length - 1; c > from; c--) if (!isEmptyCell(row[c])) return c;
  return from;
}

/** The last header column holding text (the style source), and the first column free in header and data. */
export function tableEdge(layout: LedgerLayout, sheet?: SheetGrid): { lastHeader: number; free: number } {
  let lastHeader = Math.max(-1, ...Object.values(layout.columns).filter((c): c is number => c !== undefined));
  if (!sheet) return { lastHeader, free: lastHeader + 1 };
  for (const r of layout.headerRows) lastHeader = lastUsed(sheet.rows[r], lastHeader);
  let last = lastHeader;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) last = lastUsed(sheet.rows[r], last);
  // A merged title over the table may reach further right; it is not table data and is left alone.
  return { lastHeader, free: last + 1 };
}

/**
 * Columns of the assigned fields: the ledger's own, and new ones at the right end for the fields in
 * `needed` that have none, created in ASSIGNED_FIELDS order so the new headers read naturally.
 */
export function resolveColumns(
  layout: LedgerLayout,
  needed: ReadonlySet<AssignedField>,
  sheet?: SheetGrid,
): { columns: Map<AssignedField, number>; added: NewColumn[] } {
  const edge = tableEdge(layout, sheet);
  const columns = new Map<AssignedField, number>();
  const added: NewColumn[] = [];
  let next = edge.free;
  for (const field of ASSIGNED_FIELDS) {
    const own = layout.columns[field];
    if (own !== undefined) columns.set(field, own);
    else if (needed.has(field)) {
      columns.set(field, next);
      added.push({
        sheet: layout.sheet,
        col: next++,
        headerRow: layout.headerRows[layout.headerRows.length - 1] ?? 0,
        header: FIELD_BY_KEY[field].label,
        styleFromCol: Math.max(0, edge.lastHeader),
      });
    }
  }
  return { columns, added };
}

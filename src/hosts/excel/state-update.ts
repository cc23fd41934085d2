/**
 * After a successful apply the read state describes the workbook as written (cells, owned sheets,
 * bookkeeping, sheet names), so the next command can be checked against it without a full read.
 */
import type { CellValue } from "../../core/grid";
import type { CellWrite, OwnedCell, Patch } from "../../core/patch";
import type { ReadState } from "./read";
import { cellOutput } from "./values";
import { MARKS_SHEET, type MarkEntry } from "./marks-store";

export function hasSheet(state: ReadState, name: string): boolean {
  const lower = name.toLowerCase();
  return state.sheetNames.some((n) => n.toLowerCase() === lower);
}

/** 0-based last row of a sheet as read (0 when unknown). */
export function lastRow(state: ReadState, sheet: string): number {
  const s = state.grid.sheets.find((g) => g.name === sheet);
  return s ? Math.max(0, s.rows.length - 1) : 0;
}

export function updateState(state: ReadState, patch: Patch, entries: MarkEntry[]): void {
  const grid = new Map(state.grid.sheets.map((s) => [s.name, s]));
  for (const w of patch.writes) {
    const sheet = grid.get(w.sheet);
    if (!sheet) continue;
    const row = (sheet.rows[w.row] ??= []);
    while (row.length <= w.col) row.push(null);
    row[w.col] = writtenValue(w);
  }
  for (const o of patch.ownedSheets) {
    if (o.ifAbsent && grid.has(o.name)) continue;
    const rows = o.rows.map((r) => r.map(ownedValue));
    const existing = grid.get(o.name);
    if (existing) {
      existing.rows = rows;
      existing.merges = (o.merges ?? []).slice();
    } else state.grid.sheets.push({ name: o.name, rows, merges: (o.merges ?? []).slice(), hidden: o.hidden });
  }
  if (patch.marks.length > 0) state.marks = entries.length > 0 ? entries : null;
  if (patch.marks.length > 0 && entries.length > 0 && !state.sheetNames.includes(MARKS_SHEET))
    state.sheetNames.push(MARKS_SHEET);
  for (const o of patch.ownedSheets) if (!hasSheet(state, o.name)) state.sheetNames.push(o.name);
}

function ownedValue(c: OwnedCell): CellValue {
  if (c === null || typeof c === "string" || typeof c === "number") return c === "" ? null : c;
  return "text" in c ? c.text : c.value;
}

function writtenValue(w: CellWrite): CellValue {
  const v = w.value;
  if (v.kind === "text") return v.text === "" ? null : v.text;
  if (v.kind === "number") return v.value;
  if (v.kind === "blank") return null;
  const out = cellOutput(v, "General");
  return typeof out.value === "number" ? out.value : out.value || null;
}

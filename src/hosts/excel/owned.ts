/**
 * Sheets the add-in owns (校验结果, 月报明细, the marks bookkeeping): cleared and written whole.
 * Values go in row blocks sized by the payload budget, each after its number formats, so text that
 * looks like a formula or a number stays text.
 */
import type { OwnedCell, OwnedSheet } from "../../core/patch";
import type { XlWorksheet } from "./om";
import { CALL_BYTES, type SyncBatcher } from "./budget";
import { PERCENT_FORMAT, TEXT_FORMAT, jsonBytes } from "./values";
import { a1 } from "../../core/grid";

/** Points per character of column width (Excel's default font; CJK characters are about two). */
const POINTS_PER_CHAR = 7;
const BLOCK_ROWS = 2000;

interface Cell {
  value: string | number;
  format: string;
  link?: string;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function toCell(c: OwnedCell): Cell {
  if (c === null) return { value: "", format: "General" };
  if (typeof c === "string") return { value: c, format: TEXT_FORMAT };
  if (typeof c === "number") return { value: c, format: "General" };
  if ("text" in c) {
    const link = c.link ? `${quoteSheet(c.link.sheet)}!${a1(c.link.row, c.link.col)}` : undefined;
    return { value: c.text, format: TEXT_FORMAT, link };
  }
  return { value: c.value, format: c.percent ? PERCENT_FORMAT : "General" };
}

/** Writes rows of plain values from A1 down, in payload-sized blocks. */
export async function writeRows(
  batcher: SyncBatcher,
  ws: () => XlWorksheet,
  rows: readonly (readonly Cell[])[],
  width: number,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BLOCK_ROWS) {
    const part = rows.slice(start, start + BLOCK_ROWS);
    const values = part.map((r) => Array.from({ length: width }, (_, j) => r[j]?.value ?? ""));
    const formats = part.map((r) => Array.from({ length: width }, (_, j) => r[j]?.format ?? "General"));
    await batcher.add({ request: CALL_BYTES * 3 + jsonBytes(values) + jsonBytes(formats) }, () => {
      const range = ws().getRangeByIndexes(start, 0, part.length, width);
      range.numberFormat = formats;
      range.values = values;
    });
  }
}

export function ownedCells(sheet: OwnedSheet): Cell[][] {
  return sheet.rows.map((r) => r.map(toCell));
}

/** Writes an owned sheet's content and simple formats into `ws` (already empty). */
export async function writeOwnedSheet(
  batcher: SyncBatcher,
  sheetOf: () => XlWorksheet,
  sheet: OwnedSheet,
): Promise<void> {
  const cells = ownedCells(sheet);
  const width = cells.reduce((w, r) => Math.max(w, r.length), 1);
  const height = cells.length;
  await writeRows(batcher, sheetOf, cells, width);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      const link = cells[r][c].link;
      if (!link) continue;
      const text = String(cells[r][c].value);
      await batcher.add({ request: CALL_BYTES * 2 + jsonBytes(link) + jsonBytes(text) + 40 }, () => {
        sheetOf().getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: link, textToDisplay: text };
      });
    }
  }
  const header = sheet.headerRows ?? 0;
  const calls =
    4 + 2 * (sheet.titleRows?.length ?? 0) + 2 * (sheet.widths?.length ?? 0) + 2 * (sheet.merges?.length ?? 0) + 8;
  await batcher.add({ request: CALL_BYTES * calls }, () => {
    const ws = sheetOf();
    if (header > 0 && height > 0) {
      ws.getRangeByIndexes(0, 0, Math.min(header, height), width).format.font.bold = true;
      ws.freezePanes.freezeRows(header);
    }
    for (const r of sheet.titleRows ?? []) {
      if (r >= height) continue;
      const font = ws.getRangeByIndexes(r, 0, 1, width).format.font;
      font.bold = true;
      font.size = 14;
    }
    (sheet.widths ?? []).forEach((w, c) => {
      ws.getRangeByIndexes(0, c, Math.max(1, height), 1).format.columnWidth = w * POINTS_PER_CHAR;
    });
    for (const m of sheet.merges ?? []) ws.getRangeByIndexes(m.r1, m.c1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1).merge(false);
    if (sheet.bordered !== undefined && sheet.bordered < height) {
      const borders = ws.getRangeByIndexes(sheet.bordered, 0, height - sheet.bordered, width).format.borders;
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideVertical",
        "InsideHorizontal",
      ] as const) {
        borders.getItem(edge).style = "Continuous";
      }
    }
    if (sheet.hidden) ws.visibility = "Hidden";
  });
}

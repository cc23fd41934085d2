/**
 * Cell fills and notes in few calls: cells of one colour become one RangeAreas (ExcelApi 1.9) per
 * ~2,000 characters of address, so marking 5,000 findings is a handful of calls, not 5,000.
 * Without 1.9 every cell is filled on its own (same result, more calls).
 */
import type { XlWorksheet } from "./om";
import type { Capabilities } from "./capabilities";
import { CALL_BYTES, type SyncBatcher } from "./budget";
import { cellRuns, joinAddresses } from "./addresses";
import { a1 } from "../../core/grid";
import { jsonBytes } from "./values";

export interface FillChange {
  row: number;
  col: number;
  /** null = no fill */
  fill: string | null;
}

export async function paintFills(
  batcher: SyncBatcher,
  ws: () => XlWorksheet,
  changes: readonly FillChange[],
  caps: Capabilities,
): Promise<void> {
  const groups = new Map<string | null, FillChange[]>();
  for (const ch of changes) {
    const list = groups.get(ch.fill);
    if (list) list.push(ch);
    else groups.set(ch.fill, [ch]);
  }
  for (const [fill, cells] of groups) {
    if (caps.rangeAreas) {
      for (const address of joinAddresses(cellRuns(cells))) {
        await batcher.add({ request: CALL_BYTES * 3 + address.length }, () => {
          const fmt = ws().getRanges(address).format;
          if (fill === null) fmt.fill.clear();
          else fmt.fill.color = fill;
        });
      }
    } else {
      for (const c of cells) {
        await batcher.add({ request: CALL_BYTES * 3 }, () => {
          const fmt = ws().getRangeByIndexes(c.row, c.col, 1, 1).format;
          if (fill === null) fmt.fill.clear();
          else fmt.fill.color = fill;
        });
      }
    }
  }
}

export interface NoteChange {
  row: number;
  col: number;
  from: string | null;
  to: string | null;
}

/** Notes (ExcelApi 1.18): add, change or delete so that each cell ends with `to`. */
export async function writeNotes(
  batcher: SyncBatcher,
  ws: () => XlWorksheet,
  changes: readonly NoteChange[],
): Promise<void> {
  for (const ch of changes) {
    if (ch.from === ch.to) continue;
    const address = a1(ch.row, ch.col);
    await batcher.add({ request: CALL_BYTES * 2 + jsonBytes(ch.to ?? "") + address.length }, () => {
      const notes = ws().notes;
      if (ch.to === null) notes.getItem(address).delete();
      else if (ch.from === null) notes.add(address, ch.to);
      else notes.getItem(address).content = ch.to;
    });
  }
}

/** A fill as read: `pattern` None (ExcelApi 1.9), or white without 1.9, means no fill. */
export function readFill(color: string | null | undefined, pattern: string | null | undefined): string | null {
  if (pattern === "None") return null;
  if (!color) return null;
  const c = color.toUpperCase();
  if (pattern === undefined && c === "#FFFFFF") return null;
  return c;
}

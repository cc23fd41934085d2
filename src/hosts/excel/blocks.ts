/** Cell writes grouped into vertical runs of one column: one `range.values` call per run. */
import type { CellWrite } from "../../core/patch";

export interface WriteBlock {
  sheet: string;
  col: number;
  /** 0-based first row of the run. */
  row: number;
  writes: CellWrite[];
}

/** Later writes to the same cell win; runs are sorted by sheet, column and row. */
export function writeBlocks(writes: readonly CellWrite[]): WriteBlock[] {
  const last = new Map<string, CellWrite>();
  for (const w of writes) last.set(`${w.sheet}\u0000${w.col}\u0000${w.row}`, w);
  const sorted = [...last.values()].sort(
    (x, y) => (x.sheet < y.sheet ? -1 : x.sheet > y.sheet ? 1 : 0) || x.col - y.col || x.row - y.row,
  );
  const blocks: WriteBlock[] = [];
  for (const w of sorted) {
    const b = blocks[blocks.length - 1];
    if (b && b.sheet === w.sheet && b.col === w.col && b.row + b.writes.length === w.row) b.writes.push(w);
    else blocks.push({ sheet: w.sheet, col: w.col, row: w.row, writes: [w] });
  }
  return blocks;
}

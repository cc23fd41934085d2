/**
 * Run by memory.test.ts as `node --expose-gc --import tsx retention-probe.ts`: prints how much live
 * heap a read, edited and saved workbook keeps beyond its grid, for a sheet text of 40 MB (two-byte
 * characters: 80 MB of heap) the grid does not need.
 */
import { emptyPatch } from "../../../src/core/patch";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { bigSheetBook } from "./big-sheet";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const bytes = bigSheetBook(40 * 2 ** 20);
gc();
const base = process.memoryUsage().heapUsed;
const wb = XlsxWorkbook.open(bytes, "probe.xlsx");
const grid = wb.grid();
const rows = grid.sheets[0].rows;
// Saving an edit lets the package drop the sheet text; the grid the caller still holds must not
// keep it alive through the values it sliced from it.
wb.apply({
  ...emptyPatch(),
  writes: [{ sheet: "台账", row: 0, col: 5, value: { kind: "text", text: "改" }, previous: null }],
});
const saved = wb.toBytes();
gc();
const kept = process.memoryUsage().heapUsed - base;
void saved.length;
console.log(
  JSON.stringify({ keptMB: kept / 2 ** 20, a1: rows[0]?.[0], b1: rows[0]?.[1], f: grid.sheets[0].formulaAt?.(0, 1) }),
);

/**
 * Run by memory.test.ts as `node --expose-gc --import tsx retention-probe.ts`: prints how much live
 * heap a read workbook keeps beyond its grid, for a sheet text of 40 MB the grid does not need.
 */
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
gc();
const kept = process.memoryUsage().heapUsed - base;
console.log(
  JSON.stringify({ keptMB: kept / 2 ** 20, a1: rows[0]?.[0], b1: rows[0]?.[1], f: grid.sheets[0].formulaAt?.(0, 1) }),
);

/** Builds report sheets for filler tests from plain rows; `=…` strings become formulas. */
import type { CellRange, CellValue, SheetGrid } from "../../../src/core/grid";
import { parseA1 } from "../../../src/core/grid";

export function range(ref: string): CellRange {
  const [a, b] = ref.split(":");
  const p = parseA1(a)!;
  const q = parseA1(b ?? a)!;
  return { r1: p.row, c1: p.col, r2: q.row, c2: q.col };
}

export function sheet(
  rows: (string | number | null)[][],
  opts: { merges?: string[]; formats?: Record<string, string>; name?: string } = {},
): SheetGrid {
  const formulas = new Map<string, string>();
  const values: CellValue[][] = rows.map((row, r) =>
    row.map((v, c) => {
      if (typeof v === "string" && v.startsWith("=")) {
        formulas.set(`${r},${c}`, v.slice(1));
        return 0;
      }
      return v;
    }),
  );
  const formats = new Map(
    Object.entries(opts.formats ?? {}).map(([k, f]) => [`${parseA1(k)!.row},${parseA1(k)!.col}`, f]),
  );
  return {
    name: opts.name ?? "月报",
    rows: values,
    merges: (opts.merges ?? []).map(range),
    formulaAt: (r, c) => formulas.get(`${r},${c}`),
    formatAt: (r, c) => formats.get(`${r},${c}`),
  };
}

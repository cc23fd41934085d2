import fc from "fast-check";
import { fillTemplate } from "../../../src/core/report/fill";
import type { Metrics } from "../../../src/core/report/metrics";
import { sheet } from "./grid";

/** Labels a clerk might type, recognised or not, and values a filled or hand-edited sheet holds. */
const ROW_LABELS = [
  "信访总量",
  "其中：来信",
  "来访",
  "到区（到县）",
  "集体访",
  "积案总数",
  "满意率",
  "其他需说明事项",
  "合计",
  "备注说明",
];
const COL_LABELS = ["项目", "本月", "累计", "去年同期", "同比", "环比", "批次", "人次", "增减", "化解率"];
const VALUES: (string | number | null)[] = [null, null, 3, 0.5, "=SUM(B2:B3)", "—", "见附件", "12", ""];

const all = new Proxy({} as Metrics, { has: () => true, get: () => 7 });

describe("fillTemplate never writes where it must not", () => {
  it("writes only into empty or numeric, non-formula, top-left cells, each once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...COL_LABELS), { minLength: 2, maxLength: 5 }),
        fc.array(
          fc.tuple(
            fc.constantFrom(...ROW_LABELS),
            fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.boolean(),
        (header, body, mergeSecond) => {
          const rows = [header, ...body.map(([label, vals]) => [label, ...vals])];
          const merges = mergeSecond && rows.length > 2 ? ["B2:C2"] : [];
          const grid = sheet(rows, { merges });
          const r = fillTemplate(grid, all);
          const seen = new Set<string>();
          for (const w of r.writes) {
            const key = `${w.row},${w.col}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
            expect(grid.formulaAt!(w.row, w.col)).toBeUndefined();
            const v = rows[w.row]?.[w.col] ?? null;
            expect(v === null || v === "" || typeof v === "number").toBe(true);
            expect(merges.length > 0 && w.row === 1 && w.col === 2).toBe(false);
            expect(w.previous).toEqual(grid.rows[w.row]?.[w.col] ?? null);
          }
          for (const u of r.unrecognized) expect(typeof u.label).toBe("string");
          expect(r.cells.length).toBeGreaterThanOrEqual(r.writes.length);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});

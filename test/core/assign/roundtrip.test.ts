/**
 * The untouched-cells guarantee on a real .xlsx round trip: open a township template (formats,
 * comments, formulas, a hidden sheet, an error cell), assign, apply the patch with the file host,
 * save, reopen, and compare every cell of every sheet.
 */
import { assignWorkbook } from "../../../src/core/assign/run";
import { configSheet } from "../../../src/core/config";
import { emptyPatch } from "../../../src/core/patch";
import { cellAt, type SheetGrid } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/hosts/file/xlsx-workbook";
import { day } from "../../helpers";
import { buildTemplate, HEADERS, LEDGER } from "../../fixtures/xlsx/template";

function cells(sheet: SheetGrid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.rows.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (v !== null && v !== undefined) out.set(`${r},${c}`, [v, sheet.formulaAt?.(r, c) ?? null]);
    }),
  );
  return out;
}

describe("assign on an .xlsx round trip", () => {
  it("changes only the cells it reports, adds its columns, and a second run finds nothing to do", () => {
    // As a clerk would: `init-config` first (the built-in 配置 sheet with its example leaders), then assign.
    const setup = XlsxWorkbook.open(buildTemplate({ rows: 24, seed: 11 }).bytes, "模板.xlsx");
    setup.apply({ ...emptyPatch(), ownedSheets: [configSheet(2026)] });
    const before = XlsxWorkbook.open(setup.toBytes(), "模板.xlsx");
    const grid = before.grid();
    const result = assignWorkbook(grid, { today: day("2024-12-31"), overwrite: false });
    expect(result.sheet).toBe(LEDGER);
    expect(result.assignments.length).toBeGreaterThan(0);
    // The template has no category/domain/leader/villageLead/dueOn columns: five new ones after 办理状态.
    expect(result.patch.newColumns.map((n) => [n.col, n.header])).toEqual([
      [HEADERS.length, "问题类别"],
      [HEADERS.length + 1, "重点领域"],
      [HEADERS.length + 2, "包案领导"],
      [HEADERS.length + 3, "村级责任人"],
      [HEADERS.length + 4, "化解时限"],
    ]);

    before.apply(result.patch);
    const after = XlsxWorkbook.open(before.toBytes(), "模板.xlsx").grid();

    const written = new Set(result.patch.writes.map((w) => `${w.sheet}|${w.row},${w.col}`));
    for (const n of result.patch.newColumns) written.add(`${n.sheet}|${n.headerRow},${n.col}`);
    let compared = 0;
    for (const sheet of grid.sheets) {
      const a = cells(sheet);
      const b = cells(after.sheets.find((s) => s.name === sheet.name) as SheetGrid);
      for (const [k, v] of a) {
        if (written.has(`${sheet.name}|${k}`)) continue;
        expect([sheet.name, k, b.get(k)]).toEqual([sheet.name, k, v]);
        compared++;
      }
      for (const k of b.keys()) if (!a.has(k)) expect(written.has(`${sheet.name}|${k}`)).toBe(true);
    }
    expect(compared).toBeGreaterThan(24 * 8);
    const ledger = after.sheets.find((s) => s.name === LEDGER) as SheetGrid;
    for (const w of result.patch.writes.filter((x) => x.value.kind === "text")) {
      expect(cellAt(ledger, w.row, w.col)).toBe(w.value.kind === "text" ? w.value.text : null);
    }

    const again = assignWorkbook(after, { today: day("2024-12-31"), overwrite: false });
    expect(again.assignments).toEqual([]);
    expect(again.patch.newColumns).toEqual([]);
  });
});

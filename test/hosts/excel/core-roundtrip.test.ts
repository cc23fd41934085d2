/** The host with the real core: read → check → marks → assign → undo both, through the Excel double. */
import { ExcelHost } from "../../../src/hosts/excel/host";
import { MARK_FILL } from "../../../src/hosts/excel/marks-style";
import { checkWorkbook, marksPatch } from "../../../src/core/check";
import { assignWorkbook } from "../../../src/core/assign";
import { dayFromYMD } from "../../../src/core/day";
import { parseA1 } from "../../../src/core/grid";
import { ledgerWorkbook } from "./fixtures";
import type { FakeSheet } from "./fake-excel";

function image(s: FakeSheet): string {
  const trimmed = s.values.map((r) => {
    const row = (r ?? []).slice();
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (trimmed.length && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
  return JSON.stringify([trimmed, [...s.formats].sort(), [...s.fills].sort(), [...s.notes].sort()]);
}

describe("ExcelHost with the core", () => {
  it("marks what checkWorkbook found, writes what assignWorkbook decided, and undoes both exactly", async () => {
    const { excel, ledger } = ledgerWorkbook(500, 9);
    const before = image(ledger);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const today = dayFromYMD(2025, 1, 1);

    const result = checkWorkbook(await host.read(), { today });
    const onLedger = result.findings.filter((f) => f.sheet === "信访台账");
    expect(onLedger.length).toBeGreaterThan(100);
    const marks = await host.apply(marksPatch(result), "校验");
    for (const f of onLedger) {
      const at = parseA1(f.cell);
      if (!at) continue;
      expect(ledger.fill(at.row, at.col)).not.toBeNull();
      expect(ledger.note(at.row, at.col)).toContain(f.message);
    }
    const errorCell = onLedger.find((f) => f.severity === "error");
    const at = errorCell && parseA1(errorCell.cell);
    if (at) expect(ledger.fill(at.row, at.col)).toBe(MARK_FILL.error);

    const assigned = assignWorkbook(await host.read(), { today, overwrite: false });
    expect(assigned.patch.writes.length).toBeGreaterThan(0);
    const writes = await host.apply(assigned.patch, "分类与包案");
    const w = assigned.patch.writes[0];
    expect(ledger.value(w.row, w.col)).not.toBe("");

    await host.undo(writes);
    await host.undo(marks);
    expect(image(ledger)).toBe(before);
    expect(excel.sheets.map((s) => s.name)).toEqual(["信访台账", "配置", "月报"]);
  });
});

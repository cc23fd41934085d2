import { buildSample } from "../../scripts/generate-sample";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";

describe("the sample workbook (scripts/generate-sample.ts)", () => {
  it("is the same bytes on every run and has the layout of a township ledger", async () => {
    const a = await buildSample(120, 9);
    const b = await buildSample(120, 9);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const grid = XlsxWorkbook.open(a, "sample.xlsx").grid();
    expect(grid.sheets.map((s) => s.name)).toEqual(["信访台账", "配置", "月报"]);
    const ledger = grid.sheets[0];
    expect(ledger.rows[0]?.[0]).toBe("2026年孟河镇信访事项登记台账");
    // 包案领导 spans 镇 | 村 in the second header row; the other headers span both rows.
    const top = ledger.rows[1] ?? [];
    const col = top.indexOf("包案领导");
    expect(ledger.rows[2]?.[col]).toBe("镇");
    expect(ledger.rows[2]?.[col + 1]).toBe("村");
    expect(ledger.merges).toEqual(
      expect.arrayContaining([
        { r1: 1, c1: col, r2: 1, c2: col + 1 },
        { r1: 1, c1: 0, r2: 2, c2: 0 },
      ]),
    );
    const idCol = top.indexOf("身份证号");
    const ids = ledger.rows
      .slice(3)
      .map((r) => r?.[idCol])
      .filter((v) => v !== null && v !== undefined);
    expect(ids.length).toBeGreaterThan(80);
    // Text, as the column must be — except the rows seeded with an ID typed as a number.
    expect(ids.filter((v) => typeof v === "string").length).toBeGreaterThanOrEqual(ids.length - 3);
    expect(ledger.rows).toHaveLength(123);
  });
});

import { ExcelHost } from "../../../src/hosts/excel/host";
import { cellAt, type SheetGrid } from "../../../src/core/grid";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake-excel";

/** The bound of issue 6, read strictly as 5,000,000 bytes (the double refuses above 5 MiB). */
const FIVE_MB = 5_000_000;
import { LEDGER_HEADERS, ledgerRow, ledgerWorkbook, rng } from "./fixtures";

function sheet(grid: { sheets: SheetGrid[] }, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`missing ${name}`);
  return s;
}

describe("ExcelHost.read", () => {
  it("reads every cell of a 1k-row ledger as the fake holds it, in ≤ ceil(bytes/5MB)+2 syncs", async () => {
    const { excel, ledger } = ledgerWorkbook(1000);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const grid = await host.read();
    const g = sheet(grid, "信访台账");
    expect(g.rows.length).toBe(1002);
    let compared = 0;
    for (let r = 0; r < 1002; r++) {
      for (let c = 0; c < 25; c++) {
        const raw = ledger.value(r, c);
        const got = cellAt(g, r, c);
        if (raw === "") expect(got).toBeNull();
        else if (raw === "#N/A") expect(got).toEqual({ error: "#N/A" });
        else expect(got).toBe(raw);
        compared++;
      }
    }
    expect(compared).toBe(1002 * 25);
    const bytes = excel.stats.requestBytes + excel.stats.responseBytes;
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / FIVE_MB) + 2);
    expect(host.lastStats?.syncs).toBe(excel.stats.syncs);
  });

  it("keeps messy values as typed: padded names, full-width digits, text dates, #N/A", async () => {
    const { excel, ledger } = ledgerWorkbook(10);
    ledger.setValue(2, 2, "殷  飞");
    ledger.setValue(2, 3, "３");
    ledger.setValue(2, 1, "2023年3月5日");
    ledger.setValue(2, 20, "#N/A");
    ledger.setValue(3, 20, "#REF!");
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const g = sheet(await host.read(), "信访台账");
    expect(cellAt(g, 2, 2)).toBe("殷  飞");
    expect(cellAt(g, 2, 3)).toBe("３");
    expect(cellAt(g, 2, 1)).toBe("2023年3月5日");
    expect(cellAt(g, 2, 20)).toEqual({ error: "#N/A" });
    expect(cellAt(g, 3, 20)).toEqual({ error: "#REF!" });
    expect(cellAt(g, 1, 12)).toBe(LEDGER_HEADERS[12]);
    expect(g.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 24 }]);
  });

  it("reads formulas and number formats of small sheets, and offsets a table that does not start at A1", async () => {
    const { excel } = ledgerWorkbook(5);
    excel.addSheet("偏移", []).values[4] = ["", "", "序号", "信访人"];
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const grid = await host.read();
    const report = sheet(grid, "月报");
    expect(report.formulaAt?.(3, 1)).toBe("SUM(B3:B3)");
    expect(report.formulaAt?.(2, 1)).toBeUndefined();
    expect(report.formatAt?.(2, 3)).toBe("0.0%");
    expect(report.formatAt?.(2, 2)).toBeUndefined();
    const off = sheet(grid, "偏移");
    expect(off.rows.slice(0, 4).every((r) => r === undefined)).toBe(true);
    expect(cellAt(off, 4, 2)).toBe("序号");
    expect(cellAt(off, 4, 0)).toBeNull();
  });

  it("flags hidden sheets, skips veryHidden ones and reads an empty sheet as empty", async () => {
    const { excel } = ledgerWorkbook(3);
    excel.addSheet("旧台账", [["序号"]], { visibility: "Hidden" });
    excel.addSheet("内部", [["x"]], { visibility: "VeryHidden" });
    excel.addSheet("空白");
    const grid = await new ExcelHost({ run: excel.run, supports: excel.supports }).read();
    expect(sheet(grid, "旧台账").hidden).toBe(true);
    expect(grid.sheets.map((s) => s.name)).not.toContain("内部");
    expect(sheet(grid, "空白").rows).toEqual([]);
  });

  it("without ExcelApi 1.13 reads no merges and says so, without failing", async () => {
    const { excel } = ledgerWorkbook(20, 3, { apiMinor: 12 });
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const g = sheet(await host.read(), "信访台账");
    expect(g.merges).toEqual([]);
    expect(host.notices.some((n) => n.includes("合并单元格"))).toBe(true);
    expect(cellAt(g, 2, 0)).toBe(1);
  });

  it("retries a chunk that overflows the payload limit instead of failing", async () => {
    const { excel, ledger } = ledgerWorkbook(3000, 11);
    // Rows far longer than the first 1,000: the estimate from the head is wrong by 7x.
    for (let r = 1002; r < 3002; r++) ledger.setValue(r, 24, "备注".repeat(400));
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const g = sheet(await host.read(), "信访台账");
    expect(cellAt(g, 3001, 24)).toBe("备注".repeat(400));
    expect(cellAt(g, 1500, 0)).toBe(1499);
    const failed = excel.stats.perSync.filter((s) => s.failed);
    expect(failed.length).toBeGreaterThan(0);
    for (const s of excel.stats.perSync.filter((x) => !x.failed)) expect(s.response).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });
});

describe("ExcelHost.read of a workbook with a sheet per month", () => {
  it("reads 12 sheets of 1,500 rows without an overflowing sync", async () => {
    const excel = new FakeExcel();
    const r = rng(12);
    for (let m = 1; m <= 12; m++) {
      const rows = [LEDGER_HEADERS.slice(), ...Array.from({ length: 1500 }, (_, i) => ledgerRow(r, i))];
      excel.addSheet(`${m}月`, rows);
    }
    const grid = await new ExcelHost({ run: excel.run, supports: excel.supports }).read();
    expect(grid.sheets.map((s) => s.rows.length)).toEqual(Array(12).fill(1501));
    expect(excel.stats.perSync.some((s) => s.failed)).toBe(false);
    const bytes = excel.stats.requestBytes + excel.stats.responseBytes;
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / FIVE_MB) + 2);
  });
});

describe("ExcelHost.read at 50k rows", () => {
  it("reads 50,000 rows x 25 columns in ≤ ceil(bytes/5MB)+2 syncs, none over the limit", async () => {
    const { excel } = ledgerWorkbook(50000, 5);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const g = sheet(await host.read(), "信访台账");
    expect(g.rows.length).toBe(50002);
    const bytes = excel.stats.requestBytes + excel.stats.responseBytes;
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024); // the test means something only if several chunks are needed
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / FIVE_MB) + 2);
    for (const s of excel.stats.perSync) expect(Math.max(s.request, s.response)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });
});

describe("1904 date system", () => {
  it("reads date cells of a 1904 workbook in the 1900 system, writes dates back in 1904, other numbers untouched", async () => {
    const { excel, ledger } = ledgerWorkbook(20, 4);
    excel.date1904 = true;
    // The fixture's 登记日期 (B) column is date-formatted; store its serials the 1904 way.
    const original = new Map<number, number>();
    for (let r = 2; r < 22; r++) {
      const v = ledger.value(r, 1);
      if (typeof v === "number") {
        original.set(r, v);
        ledger.setValue(r, 1, v - 1462);
      }
    }
    expect(original.size).toBeGreaterThan(10);
    const host = new ExcelHost({ run: excel.run, supports: excel.supports });
    const g = sheet(await host.read(), "信访台账");
    for (const [r, v] of original) expect(cellAt(g, r, 1)).toBe(v);
    expect(cellAt(g, 2, 0)).toBe(1); // 序号: a number without a date format stays as is
    const [row] = [...original.keys()];
    await host.apply(
      {
        writes: [
          {
            sheet: "信访台账",
            row,
            col: 1,
            value: { kind: "date", iso: "2023-04-30" },
            previous: original.get(row) ?? null,
          },
        ],
        marks: [{ sheet: "信访台账", marks: [{ row, col: 1, severity: "info", note: "提示" }] }],
        ownedSheets: [],
        newColumns: [],
      },
      "写入",
    );
    expect(ledger.value(row, 1)).toBe(45046 - 1462);
  });
});

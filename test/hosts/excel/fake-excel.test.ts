/** The test double must be as strict as Excel where the host's guarantees depend on it. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- these tests read too early on purpose */
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT } from "./fake-excel";

describe("FakeExcel", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("信访台账", [
      ["序号", "信访人"],
      [1, "殷  飞"],
    ]);
    await excel.run({}, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("信访台账").getRange("A1:B2");
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      expect(() => range.address).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(range.values).toEqual([
        ["序号", "信访人"],
        [1, "殷  飞"],
      ]);
      expect(() => range.numberFormat).toThrow(/numberFormat/);
    });
  });

  it("counts syncs and payload, and refuses a response over 5 MB like Excel on the web", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 5000 }, (_, i) => [
      i,
      "反映村里修路占用承包地，征地补偿款至今未发放到位".repeat(20),
    ]);
    excel.addSheet("大表", rows);
    const err = await excel
      .run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem("大表").getRange("A1:B5000").load("values");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((err as FakeOfficeError).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("stores typed-looking strings like Excel: formulas and numbers unless the cell is text", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("表");
    await excel.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      ws.getRange("A1:A2").values = [["=SUM(B1)"], ["0123"]];
      const b = ws.getRange("B1:B2");
      b.numberFormat = [["@"], ["@"]];
      b.values = [["=SUM(B1)"], ["0123"]];
      await ctx.sync();
    });
    expect(s.formula(0, 0)).toBe("=SUM(B1)");
    expect(s.value(1, 0)).toBe(123);
    expect(s.formula(0, 1)).toBeUndefined();
    expect(s.value(0, 1)).toBe("=SUM(B1)");
    expect(s.value(1, 1)).toBe("0123");
  });

  it("refuses writes to a protected sheet and aborts the rest of the batch", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("台账", [["a"]], { protected: true });
    const other = excel.addSheet("其他");
    const err = await excel
      .run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A1").values = [["b"]];
        ctx.workbook.worksheets.getItem("其他").getRange("A1").values = [["c"]];
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((err as FakeOfficeError).code).toBe("AccessDenied");
    expect(s.value(0, 0)).toBe("a");
    expect(other.value(0, 0)).toBe("");
  });

  it("fails a batch naming a missing sheet, and gates newer APIs by version", async () => {
    const excel = new FakeExcel({ apiMinor: 8 });
    excel.addSheet("台账");
    await expect(
      excel.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem("不存在").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      excel.run({}, async (ctx) => void ctx.workbook.worksheets.getItem("台账").getRanges("A1,B2")),
    ).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    expect(excel.supports("ExcelApi", "1.8")).toBe(true);
    expect(excel.supports("ExcelApi", "1.13")).toBe(false);
  });
});

/**
 * Files written by other producers: ExcelJS (generated here), LibreOffice Calc (a committed,
 * generated fixture: make-libreoffice-fixture.sh) and openpyxl-style part names (template option).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAt } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, LEDGER } from "../../fixtures/xlsx/template";
import { unzipParts } from "../../fixtures/xlsx/zip-parts";
import { cellElements, patch } from "./xml-helpers";

async function excelJsLedger(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(LEDGER, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "孟河镇信访事项登记台账";
  ws.addRow(["序号", "登记日期", "信访人", "所属村(社区)", "办理状态"]);
  ws.getRow(2).font = { name: "仿宋", bold: true };
  ws.addRow([1, new Date(Date.UTC(2024, 2, 5)), "殷  飞", "孟河村", "办理中"]);
  ws.addRow([2, "2024年3月6日", "王建国", "万绥社区", "已办结"]);
  ws.addRow([3, new Date(Date.UTC(2024, 2, 7)), "李秀英", "小河村", { formula: 'IF(1,"办理中")', result: "办理中" }]);
  ws.getCell("B3").numFmt = "yyyy-mm-dd";
  ws.getCell("B5").numFmt = "yyyy-mm-dd";
  ws.getCell("C4").note = "用户批注：姓名待核实";
  ws.getCell("E3").dataValidation = { type: "list", allowBlank: true, formulae: ['"办理中,已办结"'] };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

describe("ExcelJS-written workbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await excelJsLedger();
  });

  test("reads values, dates as serials, formulas and the merge", () => {
    const s = XlsxWorkbook.open(bytes).grid().sheets[0];
    expect(s.rows[2]).toEqual([1, 45356, "殷  飞", "孟河村", "办理中"]);
    expect(s.formatAt?.(2, 1)).toBe("yyyy-mm-dd");
    expect(cellAt(s, 3, 1)).toBe("2024年3月6日");
    expect(s.formulaAt?.(4, 4)).toBe('IF(1,"办理中")');
    expect(s.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }]);
  });

  test("our output loads in ExcelJS with the notes, the user's note and the validation", async () => {
    const wb = XlsxWorkbook.open(bytes);
    wb.apply(
      patch({
        writes: [{ sheet: LEDGER, row: 3, col: 5, value: { kind: "text", text: "张镇长" }, previous: null }],
        marks: [
          {
            sheet: LEDGER,
            marks: [
              { row: 3, col: 1, severity: "error", note: "“2024年3月6日”是文本日期。" },
              { row: 3, col: 2, severity: "warning", note: "不应出现（用户已有批注）" },
            ],
          },
        ],
      }),
    );
    const out = wb.toBytes();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    const ws = back.getWorksheet(LEDGER)!;
    expect(ws.getCell("F4").value).toBe("张镇长");
    expect(JSON.stringify(ws.getCell("B4").note)).toContain("是文本日期");
    expect(JSON.stringify(ws.getCell("C4").note)).toContain("用户批注：姓名待核实");
    expect(JSON.stringify(ws.getCell("C4").note)).not.toContain("不应出现");
    expect(ws.getCell("E3").dataValidation?.type).toBe("list");
    expect((ws.getCell("B4").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
  });
});

describe("LibreOffice-saved workbook (generated fixture)", () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/xlsx/libreoffice-template.xlsx")));
  const plain = XlsxWorkbook.open(buildTemplate().bytes).grid();

  test("reads the same values as the template it was saved from", () => {
    const g = XlsxWorkbook.open(bytes).grid();
    expect(g.sheets.map((s) => [s.name, s.hidden])).toEqual(plain.sheets.map((s) => [s.name, s.hidden]));
    const trim = (rows: unknown[][]): unknown[][] =>
      rows.map((r) => {
        const c = [...(r ?? [])];
        while (c.length && c[c.length - 1] === null) c.pop();
        return c;
      });
    const lo = g.sheets[0];
    expect(trim(lo.rows as unknown[][])).toEqual(trim(plain.sheets[0].rows as unknown[][]));
    expect(lo.rowHidden?.(8)).toBe(true);
    expect(lo.formatAt?.(2, 1)).toMatch(/年/);
    expect(g.sheets[1].formulaAt?.(2, 1)).toContain("COUNTIFS(");
  });

  test("marks and writes apply; parts we do not need stay byte-identical", () => {
    const wb = XlsxWorkbook.open(bytes);
    wb.apply(
      patch({
        writes: [{ sheet: LEDGER, row: 3, col: 8, value: { kind: "date", iso: "2024-04-01" }, previous: null }],
        marks: [{ sheet: LEDGER, marks: [{ row: 2, col: 2, severity: "error", note: "姓名有误" }] }],
      }),
    );
    const out = wb.toBytes();
    const before = unzipParts(bytes);
    const after = unzipParts(out);
    for (const name of [
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
      "docProps/core.xml",
    ]) {
      expect([name, after[name]]).toEqual([name, before[name]]);
    }
    const again = XlsxWorkbook.open(out);
    const s = again.grid().sheets[0];
    expect(cellAt(s, 3, 8)).toBe(45383);
    expect(s.formatAt?.(3, 8)).toBe("yyyy-mm-dd");
    const xml = again.partText(again.sheetPart(LEDGER)!)!;
    expect(cellElements(xml).get("I4")).toMatch(/<v>45383<\/v>/);
  });
});

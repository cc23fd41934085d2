/**
 * Issue 7 across the two hosts: marking in one and clearing in the other (or re-marking in between)
 * gives every cell its value, fill and note back, because both keep `_xinfang_marks` in one format
 * and carry over the rows the other made. The file passes between them through xlsx-bridge.ts.
 */
import type { CellMark, Patch, SheetMarks } from "../../../src/core/patch";
import { ExcelHost } from "../../../src/hosts/excel/host";
import { MARK_FILL as EXCEL_FILL } from "../../../src/hosts/excel/marks-style";
import { MARK_SHEET, XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, LEDGER, REPORT, USER_COMMENT } from "../../fixtures/xlsx/template";
import type { FakeExcel } from "../excel/fake-excel";
import { openInExcel, readLooks, saveFromExcel } from "./xlsx-bridge";

const K = (r: number, c: number): number => r * 16384 + c;

/** The template with a clerk's own fills and notes on cells that get marked. */
function original(): Uint8Array {
  const base = buildTemplate().bytes;
  const excel = openInExcel(base);
  const ledger = excel.sheet(LEDGER);
  ledger.fills.set(K(2, 2), "#00B050"); // C3: fill and note
  ledger.notes.set(K(2, 2), "已电话核实");
  ledger.noteAuthors.set(K(2, 2), "王秘书");
  ledger.fills.set(K(4, 3), "#FFFF00"); // D5: fill only
  ledger.notes.set(K(3, 4), "号码待核"); // E4: note only
  ledger.noteAuthors.set(K(3, 4), "王秘书");
  excel.sheet(REPORT).fills.set(K(2, 0), "#FCE4D6"); // 月报!A3
  return saveFromExcel(base, excel);
}

const first: SheetMarks[] = [
  {
    sheet: LEDGER,
    marks: [
      { row: 2, col: 2, severity: "error", note: "信访人“殷飞”与身份证号不符。" },
      { row: 3, col: 4, severity: "warning", note: "电话号码位数不对。" },
      { row: 1, col: 6, severity: "info", note: "表头“诉求内容”。" }, // G2: header fill + 张主任's note
      { row: 4, col: 3, severity: "error", note: "身份证号校验位不对。" },
      { row: 5, col: 5, severity: "warning", note: "所属村不在名单中。" },
    ],
  },
  {
    sheet: REPORT,
    marks: [
      { row: 2, col: 0, severity: "info", note: "村名与台账不一致。" },
      { row: 3, col: 2, severity: "error", note: "办结率无法计算。" },
    ],
  },
];
/** A second check of the ledger only: some cells again (other severities), some new, some gone. */
const second: CellMark[] = [
  { row: 2, col: 2, severity: "warning", note: "信访人姓名含空格。" },
  { row: 4, col: 3, severity: "error", note: "身份证号校验位不对。" },
  { row: 7, col: 7, severity: "info", note: "办理状态与办结日期不一致。" },
  { row: 3, col: 1, severity: "warning", note: "登记日期晚于今天。" },
];
const clearAll: SheetMarks[] = [
  { sheet: LEDGER, marks: [] },
  { sheet: REPORT, marks: [] },
];

const patch = (marks: SheetMarks[]): Patch => ({ writes: [], marks, ownedSheets: [], newColumns: [] });

function fileApply(bytes: Uint8Array, marks: SheetMarks[]): Uint8Array {
  const wb = XlsxWorkbook.open(bytes);
  wb.apply(patch(marks));
  return wb.toBytes();
}

async function excelApply(excel: FakeExcel, marks: SheetMarks[]): Promise<void> {
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  await host.read();
  await host.apply(patch(marks), "校验");
}

/** The marks as a clerk would see them: the mark colour and the message on every marked cell. */
function expectMarked(bytes: Uint8Array, marks: SheetMarks[]): void {
  const looks = readLooks(bytes);
  for (const sm of marks) {
    for (const m of sm.marks) {
      const ref = String.fromCharCode(65 + m.col) + (m.row + 1);
      expect([sm.sheet, ref, looks[sm.sheet][ref]?.fill]).toEqual([sm.sheet, ref, EXCEL_FILL[m.severity]]);
    }
  }
}

describe("the bridge between the hosts' worlds", () => {
  const bytes = original();

  test("the clerk's fills and notes are in the file, and survive a round trip through the fake Excel", () => {
    const looks = readLooks(bytes)[LEDGER];
    expect(looks.C3).toMatchObject({ fill: "#00B050", note: "已电话核实" });
    expect(looks.D5.fill).toBe("#FFFF00");
    expect(looks.E4.note).toBe("号码待核");
    expect(looks.G2).toMatchObject({ fill: "#D9E1F2", note: `${USER_COMMENT.author}:\n${USER_COMMENT.text}` });
    expect(readLooks(bytes)[REPORT].A3.fill).toBe("#FCE4D6");
    expect(readLooks(saveFromExcel(bytes, openInExcel(bytes)))).toEqual(readLooks(bytes));
  });

  test("it refuses what it cannot carry: changed values", () => {
    const excel = openInExcel(bytes);
    excel.sheet(LEDGER).setValue(2, 2, "改过");
    expect(() => saveFromExcel(bytes, excel)).toThrow(/values/);
  });
});

describe("marks made in one host are cleared in the other, nothing lost", () => {
  const start = original();

  test("mark in Excel, clear with the file host (CLI)", async () => {
    const excel = openInExcel(start);
    await excelApply(excel, first);
    const marked = saveFromExcel(start, excel);
    expectMarked(marked, first);
    const cleared = fileApply(marked, clearAll);
    expect(readLooks(cleared)).toEqual(readLooks(start));
  });

  test("mark with the file host, clear in Excel", async () => {
    const marked = fileApply(start, first);
    expectMarked(marked, first);
    const excel = openInExcel(marked);
    await excelApply(excel, clearAll);
    expect(excel.findSheet(MARK_SHEET)).toBeUndefined();
    expect(readLooks(saveFromExcel(marked, excel))).toEqual(readLooks(start));
  });

  test("mark in Excel, re-mark the ledger with the file host, clear in Excel", async () => {
    const excel1 = openInExcel(start);
    await excelApply(excel1, first);
    const remarked = fileApply(saveFromExcel(start, excel1), [{ sheet: LEDGER, marks: second }]);
    // The 月报 rows the add-in made are carried over as they were.
    const book = XlsxWorkbook.open(remarked).markRecords();
    expect(book.filter((r) => r.sheet === REPORT).map((r) => [r.ref, r.marked, r.fill])).toEqual([
      ["A3", -1, "#FCE4D6"],
      ["C4", -1, null],
    ]);
    const excel2 = openInExcel(remarked);
    await excelApply(excel2, clearAll);
    expect(readLooks(saveFromExcel(remarked, excel2))).toEqual(readLooks(start));
  });

  test("mark with the file host, re-mark the ledger in Excel, clear with the file host", async () => {
    const marked = fileApply(start, first);
    const excel = openInExcel(marked);
    await excelApply(excel, [{ sheet: LEDGER, marks: second }]);
    const remarked = saveFromExcel(marked, excel);
    expectMarked(remarked, [{ sheet: LEDGER, marks: second }]);
    const cleared = fileApply(remarked, clearAll);
    expect(readLooks(cleared)).toEqual(readLooks(start));
  });

  test("mark, re-mark and clear alternating three times", async () => {
    let bytes = fileApply(start, first);
    let excel = openInExcel(bytes);
    await excelApply(excel, [{ sheet: LEDGER, marks: second }]);
    bytes = fileApply(saveFromExcel(bytes, excel), [{ sheet: REPORT, marks: first[1].marks.slice(1) }]);
    excel = openInExcel(bytes);
    await excelApply(excel, [first[0]]);
    bytes = fileApply(saveFromExcel(bytes, excel), clearAll);
    expect(readLooks(bytes)).toEqual(readLooks(start));
  });
});

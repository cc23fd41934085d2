/**
 * assignWorkbook on whole workbooks (grid level): config sheet, messy ledger cells, new columns, the
 * untouched-cells guarantee, and that a second run after applying the patch has nothing left to do.
 */
import { assignWorkbook } from "../../../src/core/assign/run";
import { excelSerialFromDay } from "../../../src/core/day";
import { cellAt, isCellError, type CellValue, type WorkbookGrid } from "../../../src/core/grid";
import type { Patch } from "../../../src/core/patch";
import { configGrid, day, ledgerGrid, SAMPLE_LEADERS, SAMPLE_VILLAGES, serial, type RowSpec } from "../../helpers";

const HEADERS = [
  "序号",
  "登记日期",
  "信访人",
  "户籍地",
  "所属村",
  "信访形式",
  "信访层级",
  "诉求内容",
  "问题类别",
  "包案领导",
  "办理状态",
];

const ROWS: RowSpec[] = [
  {
    序号: 1,
    登记日期: serial("2023-03-01"),
    信访人: "殷  飞",
    户籍地: "东庭苑5幢甲单元1402室",
    所属村: "通江村",
    信访形式: "来访",
    信访层级: "来镇",
    诉求内容: "反映其父亲低保被取消，要求恢复",
    办理状态: "办理中",
  },
  {
    序号: 2,
    登记日期: "２０２３年３月５日",
    信访人: "戴彩萍",
    户籍地: "银河村委永宁圩80号",
    所属村: null,
    信访形式: "来信",
    信访层级: "来镇",
    诉求内容: "反映包工头拖欠工资3万元",
    办理状态: "办理中",
  },
  {
    序号: 3,
    登记日期: "2023/4/2",
    信访人: "吴建国、汤可云",
    户籍地: "九龙村委四圩里16号",
    所属村: "九龙村",
    信访形式: "来访",
    信访层级: "进京",
    诉求内容: "反映征地补偿款未足额发放",
    问题类别: "民生问题类",
    办理状态: "办理中",
  },
  {
    序号: 4,
    登记日期: "2023-04-10",
    信访人: "杨小宽",
    户籍地: "东陆村委龙门港4号",
    所属村: "东陆村",
    信访形式: "电话",
    信访层级: "到区",
    诉求内容: "来人情绪激动，要求面见书记",
    办理状态: "办理中",
  },
  {
    序号: 5,
    登记日期: "2023-05-06",
    信访人: "严珍芳",
    户籍地: "东陆村委小圩埭9号",
    所属村: "东陆村",
    信访形式: "来访",
    信访层级: "来镇",
    诉求内容: "反映村委会换届选举中有人拉票",
    问题类别: { error: "#N/A" },
    包案领导: "梅卫峰",
    办理状态: "已办结",
  },
];

function book(): WorkbookGrid {
  return ledgerGrid(ROWS, { headers: HEADERS }, configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES }));
}

/** Applies a patch's writes and new headers to a grid the way a host would (dates as serials). */
function apply(wb: WorkbookGrid, patch: Patch): void {
  const set = (sheetName: string, r: number, c: number, v: CellValue) => {
    const sheet = wb.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(sheetName);
    const row = (sheet.rows[r] ??= []);
    while (row.length < c) row.push(null);
    row[c] = v;
  };
  for (const n of patch.newColumns) set(n.sheet, n.headerRow, n.col, n.header);
  for (const w of patch.writes) {
    const v = w.value;
    set(w.sheet, w.row, w.col, v.kind === "text" ? v.text : v.kind === "date" ? excelSerialFromDay(day(v.iso)) : null);
  }
}

describe("assignWorkbook", () => {
  const today = day("2023-06-30");

  it("fills the empty cells of the ledger and adds the missing columns at the right end", () => {
    const r = assignWorkbook(book(), { today, overwrite: false });
    expect(r.sheet).toBe("信访台账");
    expect(r.patch.newColumns.map((n) => [n.col, n.header, n.styleFromCol, n.headerRow])).toEqual([
      [11, "重点领域", 10, 0],
      [12, "村级责任人", 10, 0],
      [13, "化解时限", 10, 0],
    ]);
    const of = (row: number, field: string) => r.assignments.find((a) => a.row === row && a.field === field);
    expect(of(2, "category")).toMatchObject({ cell: "I2", value: "民生问题类", reason: "关键词“低保”" });
    expect(of(2, "leader")).toMatchObject({ cell: "J2", value: "杨波", reason: "分管领域：社会保障" });
    expect(of(2, "dueOn")).toMatchObject({ cell: "N2", value: "2023-04-30", reason: "登记日期2023-03-01起60日" });
    // Full-width text date, village from the address.
    expect(of(3, "village")).toMatchObject({ cell: "E3", value: "银河村" });
    expect(of(3, "leader")).toMatchObject({ value: "汤浩明", reason: "分管领域：劳资纠纷" });
    expect(of(3, "villageLead")).toMatchObject({ cell: "M3", value: "蒋亚军" });
    expect(of(3, "dueOn")?.value).toBe("2023-05-04");
    // 进京 is a key case; the typed category stays.
    expect(of(4, "leader")?.reason).toBe("重点案件（进京）：由主要领导包案");
    expect(of(4, "category")).toBeUndefined();
    // No cue and no 分管: the village's 包村领导, and the category is left for a person.
    expect(of(5, "leader")).toMatchObject({ value: "梅卫峰", reason: "属地管理：东陆村包村领导" });
    expect(r.findings.filter((f) => f.code === "category.unknown").map((f) => f.cell)).toEqual(["I5"]);
    // The #N/A cell and the typed leader of row 6 are not touched.
    expect(of(6, "category")).toBeUndefined();
    expect(of(6, "leader")).toBeUndefined();
    expect(r.load["梅卫峰"]).toBe(1); // row 5 (open); row 6 is closed
  });

  it("writes only into cells that were empty, only in the assigned fields' columns", () => {
    const wb = book();
    const r = assignWorkbook(wb, { today, overwrite: false });
    const ledger = wb.sheets[0];
    const assignedCols = new Set([4, 8, 9, ...r.patch.newColumns.map((n) => n.col)]);
    for (const w of r.patch.writes) {
      expect(assignedCols.has(w.col)).toBe(true);
      const before = cellAt(ledger, w.row, w.col);
      expect(before === null || (typeof before === "string" && before.trim() === "")).toBe(true);
      expect(w.previous).toBeNull();
      expect(w.reason).toBeTruthy();
    }
    expect(r.patch.marks).toEqual([]);
    expect(r.patch.ownedSheets).toEqual([]);
    expect(r.patch.writes.find((w) => w.col === 13)?.value).toEqual({ kind: "date", iso: "2023-04-30" });
  });

  it("with overwrite replaces the error cell and the typed leader, saying what was there", () => {
    const r = assignWorkbook(book(), { today, overwrite: true });
    const cat = r.assignments.find((a) => a.row === 6 && a.field === "category");
    expect(cat).toMatchObject({ previous: "#N/A", value: "组织人事问题类" });
    const w = r.patch.writes.find((x) => x.row === 5 && x.col === 8);
    expect(w && isCellError(w.previous)).toBe(true);
    // The typed leader is the one the rules choose: nothing to write.
    expect(r.assignments.find((a) => a.row === 6 && a.field === "leader")).toBeUndefined();
  });

  it("has nothing left to do on a second run after the patch is applied", () => {
    const wb = book();
    const first = assignWorkbook(wb, { today, overwrite: false });
    apply(wb, first.patch);
    const second = assignWorkbook(wb, { today, overwrite: false });
    expect(second.assignments).toEqual([]);
    expect(second.patch.newColumns).toEqual([]);
    expect(second.load).toEqual(first.load);
  });

  it("uses the built-in defaults when the workbook has no 配置 sheet", () => {
    const r = assignWorkbook(ledgerGrid(ROWS, { headers: HEADERS }), { today, overwrite: false });
    expect(r.assignments.some((a) => a.field === "category" && a.value === "民生问题类")).toBe(true);
    expect(r.assignments.some((a) => a.field === "dueOn")).toBe(true);
  });

  it("reports config errors among its findings", () => {
    const bad = configGrid({ leaders: SAMPLE_LEADERS, villages: [...SAMPLE_VILLAGES, { ...SAMPLE_VILLAGES[0] }] });
    const r = assignWorkbook(ledgerGrid(ROWS, { headers: HEADERS }, bad), { today, overwrite: false });
    expect(r.findings.some((f) => f.code.startsWith("config.") && f.sheet === "配置")).toBe(true);
  });
});

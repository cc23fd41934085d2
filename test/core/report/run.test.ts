import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { monthlyReport } from "../../../src/core/report/run";
import { ownedToGrid, reportTemplate } from "../../../src/core/report/template";
import { configGrid, day, ledgerSheet, SAMPLE_LEADERS, SAMPLE_VILLAGES, serial, workbook } from "../../helpers";

/** A messy May 2023 ledger: padded names, full-width and text dates, an Excel serial, a #N/A date. */
const ROWS: Record<string, CellValue>[] = [
  {
    登记日期: "2023-05-03",
    信访人: "殷  飞",
    人数: 1,
    所属村: "银河村",
    信访形式: "来访",
    信访层级: "来镇",
    诉求内容: "低保申请未批",
    问题类别: "民生问题类",
    包案领导: "杨波",
    办理状态: "已办结",
    办结日期: "2023-05-20",
    满意度: "满意",
  },
  {
    登记日期: "２０２３年５月８日",
    信访人: "殷飞",
    人数: 1,
    所属村: "银河村",
    信访形式: "走访",
    信访层级: "到县",
    诉求内容: "低保申请未批复",
    问题类别: "民生问题类",
    包案领导: "杨  波",
    办理状态: "办理中",
  },
  {
    登记日期: serial("2023-05-15"),
    信访人: "张三、李四、王五、赵六、钱七",
    人数: 6,
    所属村: "九龙村",
    信访形式: "来访",
    信访层级: "赴省",
    诉求内容: "征地补偿款未发放",
    问题类别: "民生问题类",
    包案领导: "许波",
    办理状态: "办理中",
  },
  {
    登记日期: "2023/4/10",
    信访人: "孙八",
    所属村: "东陆村",
    信访形式: "来信",
    信访层级: "来镇",
    诉求内容: "村干部选举不公",
    问题类别: "组织人事问题类",
    包案领导: "梅卫峰",
    办理状态: "已化解",
    办结日期: "2023-04-28",
    化解日期: "2023-05-02",
    满意度: "基本满意",
    息诉罢访保证书: "有",
    回访记录: "有",
  },
  {
    登记日期: "2022-05-06",
    信访人: "周九",
    所属村: "通江村",
    信访形式: "电话",
    信访层级: "来镇",
    诉求内容: "拖欠工资",
    问题类别: "民生问题类",
    包案领导: "汤浩明",
    办理状态: "办理中",
  },
  {
    登记日期: { error: "#N/A" },
    信访人: "郑十",
    所属村: "通江村",
    信访形式: "来信",
    信访层级: "来镇",
    诉求内容: "道路维修",
    办理状态: "办理中",
  },
  {
    登记日期: "2023-05-25",
    信访人: "吴十一",
    所属村: "荫沙村",
    信访形式: "网上",
    信访层级: "进京",
    非正常访: "是",
    诉求内容: "退役安置待遇",
    问题类别: "其它遗留问题类",
    包案领导: "徐冰",
    办理状态: "办理中",
  },
];

function book(report?: SheetGrid) {
  const config = configGrid({ params: { 辖区人口: 38000 }, leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES });
  const sheets = [ledgerSheet(ROWS), config];
  if (report) sheets.push(report);
  return workbook(...sheets);
}

describe("monthlyReport on a workbook", () => {
  const result = monthlyReport(book(ownedToGrid(reportTemplate())), { month: "2023-05", today: day("2023-06-10") });
  const m = result.metrics;

  it("counts the month and the year to date, leaving the #N/A row out", () => {
    expect(result.period).toEqual({ from: "2023-05-01", to: "2023-05-31" });
    expect([m["all.batches.month"], m["all.persons.month"]]).toEqual([4, 9]);
    expect([m["all.batches.ytd"], m["all.persons.ytd"]]).toEqual([5, 10]);
    expect([m["all.batches.monthLastYear"], m["all.batches.monthYoY"], m["all.persons.monthYoY"]]).toEqual([1, 3, 8]);
    expect(result.uncounted).toEqual([{ row: 7, reason: "缺少登记日期，未计入统计" }]);
  });

  it("sees the padded name as the same person: the second 殷飞 visit is a repeat", () => {
    expect([m["repeat.batches.month"], m["first.batches.month"]]).toEqual([1, 3]);
    expect([m["first.total.ytd"], m["first.closed.ytd"], m["first.closedRate.ytd"]]).toEqual([4, 2, 0.5]);
    expect([m["group.province.batches.month"], m["overlevel.batches.month"], m["abnormal.batches.month"]]).toEqual([
      1, 3, 1,
    ]);
  });

  it("takes stocks at the period end: the 2022 case is an open, overdue backlog case", () => {
    expect([m["backlog.total"], m["backlog.open"], m["backlog.livelihood.open"], m["overdue.open"]]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(result.targets["online.national"]).toEqual({ value: 1, limit: 19, met: true });
  });

  it("fills the default template in place and says so in the headline", () => {
    const at = (cell: string) => result.cells.find((c) => c.cell === cell);
    expect(at("B6")).toEqual({ cell: "B6", metric: "all.batches.month", value: 4 });
    expect(at("H6")).toEqual({ cell: "H6", metric: "all.batches.ytdYoY", value: 4 });
    expect(result.unrecognized).toEqual([]);
    expect(result.patch.writes.length).toBe(result.cells.filter((c) => c.value !== null).length);
    expect(result.headline).toBe(
      "2023年5月信访总量4批9人次，同比批次上升300.0%、人次上升800.0%；1—5月累计5批10人次，同比批次上升400.0%、人次上升900.0%；" +
        "初信初访4件，办结2件，办结率50.00%；信访积案1件，已化解0件、未化解1件，化解率0.00%；超期未办结1件。",
    );
  });

  it("writes 月报明细 with each village's 三无 status and reason, and each leader's load", () => {
    const details = result.patch.ownedSheets.find((s) => s.name === "月报明细")!;
    const row = (name: string) => details.rows.find((r) => r[0] === name);
    expect(row("银河村")).toEqual(["银河村", 2, 2, 2, 2, 0, "达标", ""]);
    expect(row("九龙村")?.slice(6)).toEqual(["未达标", "越级集体访1批"]);
    expect(row("荫沙村")?.slice(6)).toEqual(["未达标", "到市赴省进京非正常访1批"]);
    expect(row("通江村")?.slice(5)).toEqual([1, "未达标", "未化解积案1件"]);
    expect(row("杨波")).toEqual(["杨波", 2, 1, 1, 0]);
    expect(row("汤浩明")).toEqual(["汤浩明", 1, 0, 1, 1]);
  });

  it("without a 月报 sheet: no cells, a note pointing at init-report, still the details sheet", () => {
    const r = monthlyReport(book(), { month: "2023-05", today: day("2023-06-10") });
    expect(r.cells).toEqual([]);
    expect(r.reportSheet).toBeNull();
    expect(r.notes.join()).toContain("init-report");
    expect(r.patch.ownedSheets.map((s) => s.name)).toEqual(["月报明细"]);
  });

  it("takes stocks today when the month is not over", () => {
    const r = monthlyReport(book(), { month: "2023-05", today: day("2023-05-26") });
    expect(r.notes.join()).toContain("截至今天（2023-05-26）");
  });
});

import { checkWorkbook } from "../../../src/core/check/check";
import { clearMarksPatch, marksPatch } from "../../../src/core/check/marks";
import { SAMPLE_LEADERS, SAMPLE_VILLAGES, configGrid, day, ledgerGrid, type RowSpec } from "../../helpers";

const TODAY = day("2023-06-30");
const CONFIG = configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES });

const rows: RowSpec[] = [
  {
    登记日期: "2023-04-01",
    信访人: "殷  飞",
    联系电话: "12345",
    所属村: "银河村",
    信访形式: "来访",
    信访层级: "来镇",
    诉求内容: "反映征地补偿款未按时发放",
    包案领导: "李明",
    办理状态: "办理中",
  },
  {
    登记日期: "2023-06-10",
    信访人: "戴彩萍",
    所属村: "银河村",
    信访形式: "来访",
    信访层级: "来镇",
    诉求内容: "反映道路破损",
    包案领导: "高栋、周洪春",
    办理状态: "办理中",
  },
];

describe("marksPatch", () => {
  const result = checkWorkbook(ledgerGrid(rows, {}, CONFIG), { today: TODAY });
  const patch = marksPatch(result);

  it("writes no cell, marks each problem cell once with the worst severity and all messages", () => {
    expect(patch.writes).toEqual([]);
    expect(patch.newColumns).toEqual([]);
    const ledgerMarks = patch.marks.find((m) => m.sheet === "信访台账");
    expect(ledgerMarks).toBeDefined();
    const marks = ledgerMarks?.marks ?? [];
    // row 2: overdue → an open backlog case (§3.4 b) without unit/measures (error) + overdue (warning) on 登记日期
    // (no 化解时限 column), phone (error), leader (warning); row 3: leader.multiple
    expect(marks.map((m) => `${m.row},${m.col}:${m.severity}`).sort()).toEqual([
      "1,0:error",
      "1,2:error",
      "1,7:warning",
      "2,7:warning",
    ]);
    const multi = checkWorkbook(ledgerGrid([{ ...rows[1], 包案领导: "高栋、李明" }], {}, CONFIG), { today: TODAY });
    const m = marksPatch(multi).marks[0].marks;
    expect(m).toHaveLength(1);
    expect(m[0].note.split("\n")).toHaveLength(2);
    expect(m[0].note).toContain("【多名领导包一案】");
    expect(m[0].note).toContain("【包案领导不在名单】");
  });

  it("keeps an (empty) mark list for 配置 so old marks there are cleared", () => {
    expect(patch.marks.find((m) => m.sheet === "配置")).toEqual({ sheet: "配置", marks: [] });
  });

  it("builds the 校验结果 sheet: title, header, one linked row per finding", () => {
    expect(patch.ownedSheets).toHaveLength(1);
    const s = patch.ownedSheets[0];
    expect(s.name).toBe("校验结果");
    expect(s.rows[0]).toEqual(["信访台账校验结果（2023-06-30，错误2条/警告3条/提示0条）"]);
    expect(s.rows[1]).toEqual(["序号", "单元格", "行", "字段", "级别", "问题", "说明", "建议值"]);
    expect(s.rows).toHaveLength(2 + result.findings.length);
    const first = s.rows[2];
    expect(first[0]).toBe(1);
    expect(first[1]).toEqual({ text: "A2", link: { sheet: "信访台账", row: 1, col: 0 } });
    expect(first.slice(2, 6)).toEqual([2, "责任单位", "错误", "积案缺责任人/措施/时限"]);
    expect(s.rows[3].slice(3, 6)).toEqual(["登记日期", "警告", "已超期"]);
    expect(s).toMatchObject({ headerRows: 2, titleRows: [0], bordered: 1 });
    expect(s.widths).toHaveLength(8);
  });

  it("says 无问题 when there is nothing to report", () => {
    const clean = checkWorkbook(ledgerGrid([{ ...rows[1], 包案领导: "高栋" }], {}, CONFIG), { today: TODAY });
    const s = marksPatch(clean).ownedSheets[0];
    expect(s.rows[0]).toEqual(["信访台账校验结果（2023-06-30，错误0条/警告0条/提示0条）"]);
    expect(s.rows[2]).toContain("未发现问题。");
    expect(marksPatch(clean).marks[0]).toEqual({ sheet: "信访台账", marks: [] });
  });
});

describe("clearMarksPatch", () => {
  it("replaces the marks with none and rewrites 校验结果 to say so", () => {
    const p = clearMarksPatch("信访台账", ["配置"]);
    expect(p.marks).toEqual([
      { sheet: "信访台账", marks: [] },
      { sheet: "配置", marks: [] },
    ]);
    expect(p.writes).toEqual([]);
    expect(p.ownedSheets[0].name).toBe("校验结果");
    expect(String(p.ownedSheets[0].rows[0][0])).toContain("已清除");
  });
});

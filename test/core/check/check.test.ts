import { checkWorkbook, type CheckResult } from "../../../src/core/check/check";
import type { Finding, FindingCode } from "../../../src/core/findings";
import type { CellValue } from "../../../src/core/grid";
import {
  SAMPLE_LEADERS,
  SAMPLE_VILLAGES,
  configGrid,
  day,
  ledgerGrid,
  makeId,
  seed004Workbook,
  type RowSpec,
} from "../../helpers";

const TODAY = day("2023-06-30");

/** A valid open case registered 2023-06-01 (due 07-31: neither overdue nor within 7 days). */
const BASE: RowSpec = {
  序号: 1,
  登记日期: "2023-06-01",
  信访人: "殷  飞",
  身份证号: makeId("1968-05-12", 17),
  所属村: "银河村",
  信访形式: "来访",
  信访层级: "来镇",
  诉求内容: "反映征地补偿款未按时发放",
  包案领导: "杨波",
  办理状态: "办理中",
};

const CONFIG = configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES });

function check(rows: RowSpec[], headers?: string[], today = TODAY): CheckResult {
  return checkWorkbook(ledgerGrid(rows, headers ? { headers } : {}, CONFIG), { today });
}

function only(r: CheckResult, code: FindingCode): Finding[] {
  return r.findings.filter((f) => f.code === code);
}

/** The codes found in a result, each once, in order. */
function codeSet(r: CheckResult): FindingCode[] {
  return [...new Set(r.findings.map((f) => f.code))];
}

function row(over: Record<string, CellValue>, seq = 1): RowSpec {
  return { ...BASE, 序号: seq, ...over };
}

describe("checkWorkbook: a clean ledger", () => {
  it("has no findings and counts the cases", () => {
    const r = check([row({}), row({ 信访人: "戴彩萍", 身份证号: null, 诉求内容: "反映道路破损" }, 2)]);
    expect(r.findings).toEqual([]);
    expect(r.summary).toEqual({ cases: 2, total: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCode: {} });
    expect(r.sheet).toBe("信访台账");
    expect(r.facts.dueOn[0]).toBe(day("2023-07-31"));
  });
});

describe("checkWorkbook: rule findings", () => {
  it("date.future for registeredOn, closedOn, resolvedOn after today (not dueOn)", () => {
    const r = check([
      row({ 登记日期: "2023-07-01", 化解时限: "2023-12-31" }),
      row(
        { 办理状态: "已化解", 办结日期: "2023-07-02", 化解日期: "2023-07-03", 息诉罢访保证书: "有", 回访记录: "有" },
        2,
      ),
    ]);
    expect(only(r, "date.future").map((f) => `${f.row}:${f.field}`)).toEqual([
      "2:registeredOn",
      "3:closedOn",
      "3:resolvedOn",
    ]);
    expect(only(r, "date.future")[0].message).toBe("登记日期 2023-07-01 晚于今天（2023-06-30）。请核对年份和月份。");
  });

  it("date.order: closed before registered, resolved before closed", () => {
    const docs = { 息诉罢访保证书: "有", 回访记录: "有" };
    const r = check([
      row({ 办理状态: "已办结", 办结日期: "2023-05-20" }),
      row({ 办理状态: "已化解", 办结日期: "2023-06-20", 化解日期: "2023-06-10", ...docs }, 2),
    ]);
    const f = only(r, "date.order");
    expect(f.map((x) => `${x.row}:${x.field}`)).toEqual(["2:closedOn", "3:resolvedOn"]);
    expect(f[0].message).toBe("办结日期 2023-05-20 早于登记日期 2023-06-01。请核对两个日期。");
    expect(f[1].message).toBe("化解日期 2023-06-10 早于办结日期 2023-06-20。请核对两个日期。");
  });

  it("status.no-date: 已办结 without 办结日期, 已化解 without 化解日期", () => {
    const r = check(
      [
        row({ 办理状态: "已办结" }),
        row({ 办理状态: "已化解", 办结日期: "2023-06-10", 息诉罢访保证书: "有", 回访记录: "有" }, 2),
      ],
      [...Object.keys(BASE), "办结日期", "化解日期", "息诉罢访保证书", "回访记录"],
    );
    const f = only(r, "status.no-date");
    expect(f.map((x) => `${x.row}:${x.field}`)).toEqual(["2:closedOn", "3:resolvedOn"]);
    expect(f[0].message).toBe("办理状态为“已办结”，但办结日期未填写。请补填日期，或把状态改为“办理中”。");
  });

  it("status.date-open: 办理中 with a 办结日期", () => {
    const f = only(check([row({ 办结日期: "2023-06-20" })]), "status.date-open");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: "closedOn", severity: "warning", suggestion: "已办结" });
    expect(f[0].message).toContain("2023-06-20");
  });

  it("closure.docs: 已化解 needs 保证书 and 回访记录 = 有", () => {
    const closed = { 办理状态: "已化解", 办结日期: "2023-06-10", 化解日期: "2023-06-12" };
    const r = check([
      row({ ...closed, 息诉罢访保证书: "有", 回访记录: "无" }),
      row({ ...closed, 息诉罢访保证书: "√", 回访记录: "有" }, 2),
    ]);
    const f = only(r, "closure.docs");
    expect(f.map((x) => `${x.row}:${x.field}`)).toEqual(["2:followUp"]);
    expect(f[0].message).toContain("缺少回访记录");
  });

  it("backlog.plan: an open backlog case without leader, unit/village lead, measures", () => {
    const r = check([
      row({ 是否积案: "是", 包案领导: null }),
      row({ 是否积案: "是", 村级责任人: "蒋亚军", 工作措施: "每月走访一次，协调补偿款发放" }, 2),
    ]);
    const f = only(r, "backlog.plan");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 2, field: "leader" });
    expect(f[0].message).toBe(
      "积案缺少包案领导、责任单位或村级责任人、工作措施（每一项问题都要明确责任人、工作措施和化解时限）。请补填。",
    );
  });

  it("deadline.overdue and deadline.soon (预警天数) for open cases only", () => {
    const r = check([
      row({ 登记日期: "2023-04-01" }), // due 05-31: 30 days overdue
      row({ 登记日期: "2023-05-05" }, 2), // due 07-04: within 7 days
      row({ 登记日期: "2023-04-01", 办理状态: "已办结", 办结日期: "2023-05-01" }, 3), // closed
      row({ 登记日期: "2023-04-01", 是否延期: "是" }, 4), // due 06-30: today, soon
    ]);
    expect(only(r, "deadline.overdue").map((f) => f.row)).toEqual([2]);
    expect(only(r, "deadline.overdue")[0].message).toContain("已超过化解时限 2023-05-31（逾期 30 天）");
    expect(only(r, "deadline.soon").map((f) => f.row)).toEqual([3, 5]);
    expect(only(r, "deadline.soon")[0].message).toBe("化解时限 2023-07-04 将在 4 天内到期。请提醒包案领导按期办结。");
  });

  it("duplicate.row: same petitioners, date and complaint as an earlier row", () => {
    const r = check([
      row({}),
      row({ 信访人: "殷飞", 诉求内容: "反映征地补偿款未按时发放 " }, 2),
      row({ 信访人: "戴彩萍", 身份证号: null }, 3),
    ]);
    const f = only(r, "duplicate.row");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, cell: "A3", field: null });
    expect(f[0].message).toContain("与第 2 行");
    // same person and day, another complaint: not a duplicate — but a copy of that one is
    const r2 = check([row({}), row({ 诉求内容: "反映道路破损" }, 2), row({ 诉求内容: "反映道路破损" }, 3)]);
    expect(only(r2, "duplicate.row").map((x) => [x.row, x.message.match(/第 (\d+) 行/)?.[1]])).toEqual([[4, "3"]]);
  });

  it("repeat.unflagged only when the sheet has a 重复信访 column", () => {
    const rows = [
      row({ 登记日期: "2023-05-01", 重复信访: "否" }),
      row({ 登记日期: "2023-06-01", 诉求内容: "再次反映征地补偿款问题", 重复信访: "否" }, 2),
      row({ 登记日期: "2023-06-10", 诉求内容: "第三次反映", 重复信访: "是" }, 3),
    ];
    const r = check(rows);
    const f = only(r, "repeat.unflagged");
    expect(f.map((x) => x.row)).toEqual([3]);
    expect(f[0]).toMatchObject({ field: "repeat", suggestion: "是" });
    expect(f[0].message).toContain("已于 2023-05-01（第 2 行）");
    const without = check(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "重复信访"))));
    expect(only(without, "repeat.unflagged")).toEqual([]);
    expect(without.facts.repeatOf[1]).toBe(0);
  });

  it("seq.duplicate and caseId.duplicate", () => {
    const r = check([
      row({ 案件编号: "MH2023-015", 信访人: "戴彩萍", 身份证号: null }, 7),
      row({ 案件编号: "ＭＨ2023-015", 信访人: "吴建国", 身份证号: null }, 7),
    ]);
    expect(only(r, "seq.duplicate").map((f) => f.message)).toEqual(["序号 7 与第 2 行重复。请重新编排序号。"]);
    expect(only(r, "caseId.duplicate").map((f) => f.row)).toEqual([3]);
    expect(only(r, "caseId.duplicate")[0].severity).toBe("error");
  });

  it("a reader's finding is not repeated by a rule (bad 办结日期 → date.invalid only)", () => {
    const r = check([row({ 办理状态: "已办结", 办结日期: "六月中旬" })]);
    expect(codeSet(r)).toEqual(["date.invalid"]);
  });
});

describe("checkWorkbook: order, summary, config", () => {
  it("sorts by row then column and counts by severity and code", () => {
    const r = check([
      row({ 联系电话: "12345", 登记日期: "2023-07-09" }),
      row({ 信访形式: "飞鸽传书", 信访人: "戴彩萍", 身份证号: null }, 2),
    ]);
    expect(r.findings.map((f) => `${f.cell}:${f.code}`)).toEqual([
      "B2:date.future",
      "E2:phone.invalid",
      "G3:enum.unknown",
    ]);
    expect(r.summary.bySeverity).toEqual({ error: 3, warning: 0, info: 0 });
    expect(r.summary.byCode).toEqual({ "date.future": 1, "phone.invalid": 1, "enum.unknown": 1 });
  });

  it("puts config findings first", () => {
    const cfg = configGrid({ params: { 辖区人口: "很多" }, villages: SAMPLE_VILLAGES });
    const r = checkWorkbook(ledgerGrid([row({ 联系电话: "12345" })], {}, cfg), { today: TODAY });
    expect(r.findings[0].sheet).toBe("配置");
    expect(r.findings[r.findings.length - 1].code).toBe("phone.invalid");
    expect(r.markedSheets).toEqual(["信访台账", "配置"]);
  });

  it("includes the classifier's category.differs", () => {
    const r = check([row({ 问题类别: "组织人事问题类", 诉求内容: "反映低保被取消，要求恢复低保和医保" })]);
    expect(only(r, "category.differs").map((f) => f.suggestion)).toEqual(["民生问题类"]);
  });

  it("checks the seed 004 table: header.missing, leader.multiple, village.unknown", () => {
    const wb = seed004Workbook();
    wb.sheets.push(CONFIG);
    const r = checkWorkbook(wb, { today: TODAY });
    expect(r.ledger.cases).toHaveLength(10);
    expect(r.summary.byCode).toEqual({ "header.missing": 5, "leader.multiple": 4, "village.unknown": 3 });
  });
});

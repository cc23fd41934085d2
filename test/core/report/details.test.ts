import { detailsSheet } from "../../../src/core/report/details";
import { computeMetrics } from "../../../src/core/report/metrics";
import { reportPeriod } from "../../../src/core/report/period";
import { makeConfig } from "../../helpers";
import { build, d, type CaseSpec } from "./build";

const period = reportPeriod("2023-05", 1);

function details(specs: CaseSpec[], backlog: number[]) {
  const { cases, facts } = build(specs);
  const states = Uint8Array.from(backlog);
  const config = makeConfig();
  const res = computeMetrics({ cases, facts, params: config.params, period, backlog: states });
  const sheet = detailsSheet({ cases, facts, config, period, backlog: states, asOf: period.to, ...res });
  return (name: string) => sheet.rows.find((r) => r[0] === name);
}

describe("月报明细 三无 status (seed 001: 无到市赴省进京非正常访、无越级集体访、无信访积案)", () => {
  const row = details(
    [
      { on: "2023-03-01", village: "银河村", level: "来镇", abnormal: true, headcount: 8 }, // 非正常访 at 来镇, 集体访 at 来镇: both allowed
      { on: "2023-03-02", village: "九龙村", level: "到市", abnormal: true },
      { on: "2023-03-03", village: "东陆村", level: "到区", headcount: 6 },
      { on: "2022-03-03", village: "通江村", level: "赴省", abnormal: true, headcount: 9 }, // last year: outside ytd
      { on: "2023-05-03", village: "荫沙村" },
    ],
    [0, 0, 0, 1, 2],
  );

  it("allows abnormal and group visits at 来镇, and looks only at this year", () => {
    expect(row("银河村")).toEqual(["银河村", 0, 0, 1, 8, 0, "达标", ""]);
  });

  it("names each broken condition", () => {
    expect(row("九龙村")?.slice(6)).toEqual(["未达标", "到市赴省进京非正常访1批"]);
    expect(row("东陆村")?.slice(6)).toEqual(["未达标", "越级集体访1批"]);
    expect(row("通江村")?.slice(5)).toEqual([1, "未达标", "未化解积案1件"]);
  });

  it("a resolved backlog case does not break 无信访积案; the month counts are the month's", () => {
    expect(row("荫沙村")).toEqual(["荫沙村", 1, 1, 1, 1, 0, "达标", ""]);
  });

  it("lists leaders with assigned, closed, open and overdue", () => {
    const lead = details(
      [
        { on: "2023-01-05", leaders: ["杨波"], status: "已办结", closed: "2023-02-01" },
        { on: "2023-01-06", leaders: ["杨波"] }, // open since January: past its 60 days by 05-31
        { on: "2023-05-20", leaders: ["杨波", "许波"] },
        { on: "2023-06-02", leaders: ["杨波"] }, // after the period end: not yet assigned then
      ],
      [0, 1, 0, 0],
    );
    expect(lead("杨波")).toEqual(["杨波", 3, 1, 2, 1]);
    expect(lead("许波")).toEqual(["许波", 1, 0, 1, 0]);
    expect(d("2023-01-06") + 60).toBeLessThan(period.to);
  });
});

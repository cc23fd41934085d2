import { computeMetrics } from "../../../src/core/report/metrics";
import { reportPeriod } from "../../../src/core/report/period";
import { build, times, type CaseSpec } from "./build";

const MAY = reportPeriod("2023-05", 1);

/** A small ledger around May 2023; every expected number below is counted by hand from it. */
const LEDGER: CaseSpec[] = [
  /* 0 */ {
    on: "2023-05-03",
    channel: "来信",
    level: "来镇",
    headcount: 1,
    status: "已办结",
    closed: "2023-05-20",
    satisfaction: "满意",
  },
  /* 1 */ {
    on: "2023-05-10",
    channel: "来访",
    level: "到区",
    headcount: 6,
    category: "组织人事问题类",
    repeatOf: 0,
    status: "已办结",
    closed: "2023-05-28",
    due: "2023-05-20",
    satisfaction: "不满意",
  },
  /* 2 */ {
    on: "2023-05-20",
    channel: "来访",
    level: "进京",
    headcount: 2,
    abnormal: true,
    category: "其它遗留问题类",
  },
  /* 3 */ {
    on: "2023-04-15",
    channel: "电话",
    level: "来镇",
    headcount: 1,
    status: "已化解",
    closed: "2023-04-30",
    resolved: "2023-05-02",
    satisfaction: "未评价",
  },
  /* 4 */ { on: "2023-02-01", channel: "网上", level: "到市", headcount: 3, status: "已办结", closed: "2023-06-05" },
  /* 5 */ { on: "2022-05-05", channel: "来访", level: "来镇", headcount: 2 },
  /* 6 */ { on: "2022-03-01", channel: "交办", level: "赴省", headcount: 1 },
  /* 7 */ { on: null, channel: "来信", level: "来镇" },
  /* 8 */ { on: "2023-06-01", channel: "来信", level: "来镇" },
  /* 9 */ { on: "2023-05-25", channel: null, level: "来镇" },
];

function run(
  specs: CaseSpec[],
  backlog?: number[],
  params = { population: null as number | null, yoyZeroBase: "blank" as const },
) {
  const { cases, facts } = build(specs);
  const states = Uint8Array.from(backlog ?? specs.map(() => 0));
  return computeMetrics({ cases, facts, params, period: MAY, backlog: states });
}

describe("count metrics", () => {
  const { metrics: m, uncounted } = run(LEDGER);

  it("counts batches and persons per scope", () => {
    expect([m["all.batches.month"], m["all.persons.month"]]).toEqual([3, 9]);
    expect([m["all.batches.ytd"], m["all.persons.ytd"]]).toEqual([5, 13]);
    expect([m["all.batches.lastMonth"], m["all.persons.lastMonth"]]).toEqual([1, 1]);
    expect([m["all.batches.monthLastYear"], m["all.persons.monthLastYear"]]).toEqual([1, 2]);
    expect([m["all.batches.ytdLastYear"], m["all.persons.ytdLastYear"]]).toEqual([2, 3]);
  });

  it("computes 同比 and 环比 as fractions of the base", () => {
    expect(m["all.batches.monthYoY"]).toBe(2); // 3 vs 1
    expect(m["all.persons.monthYoY"]).toBe(3.5); // 9 vs 2
    expect(m["all.batches.ytdYoY"]).toBe(1.5); // 5 vs 2
    expect(m["all.persons.ytdYoY"]).toBe(3.3333); // 13 vs 3
    expect(m["all.persons.monthMoM"]).toBe(8); // 9 vs 1
  });

  it("breaks down by 形式, 层级, 越级, 集体访, 非正常访, 重复 and 类别", () => {
    expect([m["channel.visit.batches.month"], m["channel.visit.persons.month"]]).toEqual([2, 8]);
    expect(m["channel.letter.batches.month"]).toBe(1);
    expect(m["channel.online.batches.ytd"]).toBe(1);
    expect(m["level.national.batches.month"]).toBe(1);
    expect(m["overlevel.batches.month"]).toBe(2);
    expect(m["overlevel.batches.ytd"]).toBe(3);
    expect([m["group.batches.month"], m["group.persons.month"], m["group.county.batches.month"]]).toEqual([1, 6, 1]);
    expect(m["group.town.batches.month"]).toBe(0);
    expect([m["abnormal.batches.month"], m["abnormal.persons.month"]]).toEqual([1, 2]);
    expect([m["repeat.batches.month"], m["first.batches.month"]]).toEqual([1, 2]);
    expect(m["category.personnel.batches.month"]).toBe(1);
    expect(m["category.livelihood.batches.ytd"]).toBe(3);
    expect(m["channel.assigned.batches.ytdLastYear"]).toBe(1);
  });

  it("leaves 同比 empty when last year had none, or follows the 上升100% habit when configured", () => {
    expect(m["level.national.batches.monthYoY"]).toBeNull();
    expect(m["channel.online.batches.monthYoY"]).toBeNull();
    const habit = run(LEDGER, undefined, { population: null, yoyZeroBase: "100%" } as never).metrics;
    expect(habit["level.national.batches.monthYoY"]).toBe(1);
    expect(habit["channel.online.batches.monthYoY"]).toBe(0); // 0 now and 0 then: nothing rose
  });

  it("lists rows without a registration date or 信访形式 as uncounted (1-based rows)", () => {
    expect(uncounted.map((u) => u.reason)).toEqual(["缺少登记日期，未计入统计", "缺少信访形式，未计入统计"]);
  });

  it("a typed 重复信访=是 counts as a repeat even when the derivation found no earlier row", () => {
    const r = run([
      { on: "2023-05-02", repeatTyped: true },
      { on: "2023-05-03", repeatTyped: false },
    ]).metrics;
    expect([r["repeat.batches.month"], r["first.batches.month"]]).toEqual([1, 1]);
  });
});

describe("handling metrics", () => {
  const { metrics: m } = run(LEDGER);

  it("counts 初信初访 办结 by the scope's end", () => {
    expect([m["first.total.month"], m["first.closed.month"], m["first.open.month"]]).toEqual([2, 1, 1]);
    expect(m["first.closedRate.month"]).toBe(0.5);
    // Case 4 closed 2023-06-05: still open at 2023-05-31.
    expect([m["first.total.ytd"], m["first.closed.ytd"], m["first.closedRate.ytd"]]).toEqual([4, 2, 0.5]);
    expect(m["first.closedRate.monthLastYear"]).toBe(0);
  });

  it("computes 按期办结率, 参评率 and 满意率 over the cases closed in the scope", () => {
    expect([m["closed.onTimeRate.month"], m["rated.rate.month"], m["satisfaction.rate.month"]]).toEqual([0.5, 1, 0.5]);
    expect([m["closed.onTimeRate.ytd"], m["rated.rate.ytd"], m["satisfaction.rate.ytd"]]).toEqual([
      0.6667, 0.6667, 0.5,
    ]);
    expect(m["closed.onTimeRate.ytdLastYear"]).toBeNull(); // nothing closed: no rate, not 0%
  });

  it("seed 003: 初信初访229件、办结190件 → 办结率 82.97%", () => {
    const specs = [
      ...times(190, { on: "2023-03-01", status: "已办结", closed: "2023-04-01" }),
      ...times(39, { on: "2023-03-01", status: "办理中" }),
    ];
    const r = run(specs).metrics;
    expect([r["first.total.ytd"], r["first.closed.ytd"], r["first.open.ytd"]]).toEqual([229, 190, 39]);
    expect(r["first.closedRate.ytd"]).toBe(0.8297);
  });

  it("a case marked 已办结 without a closing date is not counted as closed", () => {
    const r = run([{ on: "2023-05-02", status: "已办结" }]).metrics;
    expect([r["first.closed.month"], r["first.open.month"]]).toEqual([0, 1]);
  });
});

describe("stock metrics", () => {
  it("sums backlog states overall and per category, and counts overdue open cases at the period end", () => {
    const { metrics: m } = run(LEDGER, [0, 1, 2, 0, 1, 0, 0, 0, 0, 0]);
    expect([m["backlog.total"], m["backlog.resolved"], m["backlog.open"], m["backlog.resolvedRate"]]).toEqual([
      3, 1, 2, 0.3333,
    ]);
    expect([m["backlog.personnel.total"], m["backlog.personnel.open"]]).toEqual([1, 1]);
    expect([m["backlog.legacy.resolved"], m["backlog.legacy.resolvedRate"]]).toEqual([1, 1]);
    expect([m["backlog.livelihood.total"], m["backlog.livelihood.open"]]).toEqual([1, 1]);
    // Cases 4 (closed only in June), 5 and 6 are open past their 化解时限 on 2023-05-31.
    expect(m["overdue.open"]).toBe(3);
  });
});

describe("targets (seed 002)", () => {
  const specs: CaseSpec[] = [
    { on: "2023-03-01", channel: "来访", level: "进京", petitioners: ["李四"] },
    { on: "2023-04-01", channel: "来访", level: "进京", petitioners: ["李四"] },
    { on: "2023-04-02", channel: "来访", level: "进京", petitioners: ["王五"] },
    { on: "2022-04-02", channel: "来访", level: "进京", petitioners: ["赵六"] }, // last year: not in ytd
    { on: "2023-04-03", channel: "来访", level: "赴省", petitioners: ["钱七"], headcount: 25 },
    { on: "2023-05-03", channel: "来信", level: "进京" },
  ];

  it("compares ytd values with limits from 辖区人口", () => {
    const { targets, metrics } = run(specs, undefined, { population: 38000, yoyZeroBase: "blank" });
    expect(targets["unique.national.visitors"]).toEqual({ value: 2, limit: 0.38, met: false });
    expect(targets["unique.province.visitors"]).toEqual({ value: 1, limit: 3.8, met: true });
    expect(targets["letters.national"]).toEqual({ value: 1, limit: 3.8, met: true });
    expect(targets["online.national"]).toEqual({ value: 0, limit: 19, met: true });
    expect(targets["group.province.20plus"]).toEqual({ value: 1, limit: 0, met: false });
    expect(targets["group.national.batches.ytd"]).toEqual({ value: 0, limit: 0, met: true });
    expect(metrics["target.unique.national.visitors"]).toBe(2);
  });

  it("has no limit and no verdict without a population, except the must-not-happen targets", () => {
    const { targets } = run(specs);
    expect(targets["unique.national.visitors"]).toEqual({ value: 2, limit: null, met: null });
    expect(targets["group.province.20plus"].met).toBe(false);
  });
});

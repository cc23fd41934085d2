import { headline } from "../../../src/core/report/headline";
import { reportPeriod } from "../../../src/core/report/period";

describe("headline", () => {
  const base = {
    "all.batches.month": 47,
    "all.persons.month": 89,
    "all.batches.monthYoY": -0.125,
    "all.persons.monthYoY": 0,
    "all.batches.ytd": 230,
    "all.persons.ytd": 400,
    "all.batches.ytdYoY": 0.215,
    "all.persons.ytdYoY": 0.078,
    "first.total.ytd": 229,
    "first.closed.ytd": 190,
    "first.closedRate.ytd": 0.8297,
    "backlog.total": 12,
    "backlog.resolved": 9,
    "backlog.open": 3,
    "backlog.resolvedRate": 0.75,
    "overdue.open": 0,
  };

  it("reads like a report sentence (seed 003: 批数上升21.5%，人数上升7.8%)", () => {
    expect(headline(reportPeriod("2023-09", 1), base)).toBe(
      "2023年9月信访总量47批89人次，同比批次下降12.5%、人次持平；1—9月累计230批400人次，同比批次上升21.5%、人次上升7.8%；" +
        "初信初访229件，办结190件，办结率82.97%；信访积案12件，已化解9件、未化解3件，化解率75.00%。",
    );
  });

  it("says when there is nothing to compare with, and leaves out rates of nothing", () => {
    const m = {
      ...base,
      "all.batches.monthYoY": null,
      "all.persons.monthYoY": null,
      "first.closedRate.ytd": null,
      "first.total.ytd": 0,
      "first.closed.ytd": 0,
    };
    const h = headline(reportPeriod("2024-01", 21), m);
    expect(h).toContain("2024年1月信访总量47批89人次，同比基数为0，不作比较；1月累计");
    expect(h).toContain("初信初访0件，办结0件；");
  });
});

import { UserError } from "../../../src/hosts/port";
import { isoSpan, reportPeriod } from "../../../src/core/report/period";

describe("reportPeriod", () => {
  it("uses the calendar month when the start day is 1", () => {
    const p = reportPeriod("2023-05", 1);
    expect(isoSpan(p)).toEqual({ from: "2023-05-01", to: "2023-05-31" });
    expect(isoSpan(p.scopes.ytd)).toEqual({ from: "2023-01-01", to: "2023-05-31" });
    expect(isoSpan(p.scopes.lastMonth)).toEqual({ from: "2023-04-01", to: "2023-04-30" });
    expect(isoSpan(p.scopes.monthLastYear)).toEqual({ from: "2022-05-01", to: "2022-05-31" });
    expect(isoSpan(p.scopes.ytdLastYear)).toEqual({ from: "2022-01-01", to: "2022-05-31" });
  });

  it("takes 上月21日至本月20日 with start day 21, and the year from the previous December 21", () => {
    const p = reportPeriod("2023-05", 21);
    expect(isoSpan(p)).toEqual({ from: "2023-04-21", to: "2023-05-20" });
    expect(isoSpan(p.scopes.ytd)).toEqual({ from: "2022-12-21", to: "2023-05-20" });
    expect(isoSpan(p.scopes.lastMonth)).toEqual({ from: "2023-03-21", to: "2023-04-20" });
    expect(isoSpan(p.scopes.ytdLastYear)).toEqual({ from: "2021-12-21", to: "2022-05-20" });
  });

  it("rolls January back into the previous year, and handles February in a leap year", () => {
    const jan = reportPeriod("2024-01", 21);
    expect(isoSpan(jan)).toEqual({ from: "2023-12-21", to: "2024-01-20" });
    expect(isoSpan(jan.scopes.ytd)).toEqual(isoSpan(jan));
    expect(isoSpan(reportPeriod("2024-01", 1).scopes.lastMonth)).toEqual({ from: "2023-12-01", to: "2023-12-31" });
    expect(isoSpan(reportPeriod("2024-02", 1))).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(isoSpan(reportPeriod("2024-03", 1).scopes.monthLastYear)).toEqual({ from: "2023-03-01", to: "2023-03-31" });
  });

  it("accepts 2023-5 and 2023年5月, clamps odd start days and rejects bad months in Chinese", () => {
    expect(reportPeriod("2023-5", 1).month).toBe("2023-05");
    expect(reportPeriod("2023年5月", 1).month).toBe("2023-05");
    expect(reportPeriod("2023-03", 31).startDay).toBe(28);
    expect(() => reportPeriod("2023-13", 1)).toThrow(/YYYY-MM/);
    expect(() => reportPeriod("五月", 1)).toThrow(UserError);
    expect(() => reportPeriod("五月", 1)).toThrow(/格式不对/);
  });
});

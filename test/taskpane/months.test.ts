import { defaultReportMonth, isMonth, lastMonths, monthTitle, shiftMonth } from "../../src/app/months";
import { day } from "../helpers";

describe("month keys", () => {
  it("shifts across year ends", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2026-03", -14)).toBe("2025-01");
  });

  it("lists the last 12 months oldest first, ending with the month", () => {
    const months = lastMonths("2026-02", 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-03");
    expect(months[11]).toBe("2026-02");
  });

  it("defaults the report to the month before today (China time)", () => {
    expect(defaultReportMonth(day("2026-11-23"))).toBe("2026-10");
    expect(defaultReportMonth(day("2026-01-05"))).toBe("2025-12");
  });

  it("validates and titles months", () => {
    expect(isMonth("2026-10")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("２０２６-10")).toBe(false);
    expect(monthTitle("2026-03")).toBe("2026年3月");
    expect(() => shiftMonth("2026-3", 1)).toThrow(RangeError);
  });
});

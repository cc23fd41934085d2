import fc from "fast-check";
import { builtinCalendar, isRestDay, withDays } from "../../../src/core/calendar";
import { isoDay } from "../../../src/core/day";
import { computedDueOf, dueOnOf, dueReasonOf } from "../../../src/core/derive/due";
import { deriveFacts } from "../../../src/core/derive/derive";
import { day, DEFAULT_PARAMS, makeCase, makeConfig } from "../../helpers";

const on = { ...DEFAULT_PARAMS, holidayShift: true };
const off = DEFAULT_PARAMS;
const due = (reg: string, p = on, extra: Parameters<typeof makeCase>[0] extends infer T ? Partial<T> : never = {}) => {
  const d = dueOnOf(makeCase({ row: 1, registeredOn: day(reg), ...extra }), p);
  return d === null ? null : isoDay(d);
};

describe("dueOnOf with 节假日顺延 (DOMAIN.md §3.1)", () => {
  it("2025-08-02 + 60 = 2025-10-01, the national day: moved to 2025-10-09 only when 节假日顺延 = 是", () => {
    expect(due("2025-08-02", off)).toBe("2025-10-01");
    expect(due("2025-08-02", on)).toBe("2025-10-09");
  });

  it("a Saturday moves to Monday; a 调休 Sunday stays; a weekday stays", () => {
    // 2025-09-02 + 60 = 2025-11-01 (Saturday); 2025-07-30 + 60 = 2025-09-28 (调休 Sunday).
    expect(due("2025-09-02")).toBe("2025-11-03");
    expect(due("2025-07-30")).toBe("2025-09-28");
    expect(due("2025-09-05")).toBe("2025-11-04");
  });

  it("the extension is added before the shift: 2025-07-03 + 60 + 30 = 2025-10-01 → 2025-10-09", () => {
    expect(due("2025-07-03", on, { extended: true })).toBe("2025-10-09");
  });

  it("a typed 化解时限 is the clerk's value: never shifted", () => {
    expect(due("2025-08-02", on, { dueOnTyped: day("2025-10-01") })).toBe("2025-10-01");
    expect(isoDay(computedDueOf(makeCase({ row: 1, registeredOn: day("2025-08-02") }), on) as number)).toBe(
      "2025-10-09",
    );
  });

  it("uses the config's calendar when it has one (rows of the 节假日 block)", () => {
    const calendar = withDays(builtinCalendar(), [{ day: day("2025-11-04"), kind: "off", name: "本镇补休" }]);
    expect(due("2025-09-05", { ...on, calendar })).toBe("2025-11-05");
    expect(due("2025-09-05", { ...off, calendar })).toBe("2025-11-04");
  });

  it("deriveFacts and so the overdue check see the shifted date, and the typed one as typed", () => {
    const cases = [
      makeCase({ row: 1, registeredOn: day("2025-08-02") }),
      makeCase({ row: 2, registeredOn: day("2025-08-02"), dueOnTyped: day("2025-10-01") }),
    ];
    const f = deriveFacts(cases, makeConfig({ params: { holidayShift: true } }));
    expect(f.dueOn.map((d) => (d === null ? null : isoDay(d)))).toEqual(["2025-10-09", "2025-10-01"]);
  });

  it("property: when on, the due date is a working day, never earlier than unshifted; when off, unshifted", () => {
    const reg = fc.integer({ min: day("2019-01-01"), max: day("2027-12-31") });
    fc.assert(
      fc.property(reg, fc.boolean(), fc.integer({ min: 1, max: 365 }), (r, extended, handlingDays) => {
        const c = makeCase({ row: 1, registeredOn: r, extended });
        const raw = r + handlingDays + (extended ? 30 : 0);
        expect(dueOnOf(c, { ...off, handlingDays })).toBe(raw);
        const d = dueOnOf(c, { ...on, handlingDays }) as number;
        expect(d).toBeGreaterThanOrEqual(raw);
        expect(isRestDay(builtinCalendar(), d)).toBe(false);
        if (!isRestDay(builtinCalendar(), raw)) expect(d).toBe(raw);
      }),
    );
  });
});

describe("dueReasonOf", () => {
  it("unchanged text when off or when nothing moved", () => {
    expect(dueReasonOf(day("2025-08-02"), false, off)).toBe("登记日期2025-08-02起60日");
    expect(dueReasonOf(day("2025-09-05"), true, on)).toBe("登记日期2025-09-05起60日，延期30日");
  });

  it("names the holiday and the day it moved to", () => {
    expect(dueReasonOf(day("2025-08-02"), false, on)).toBe(
      "登记日期2025-08-02起60日为2025-10-01（国庆节、中秋节假期），顺延至2025-10-09",
    );
    expect(dueReasonOf(day("2025-07-03"), true, on)).toBe(
      "登记日期2025-07-03起60日，延期30日，为2025-10-01（国庆节、中秋节假期），顺延至2025-10-09",
    );
    expect(dueReasonOf(day("2025-09-02"), false, on)).toBe(
      "登记日期2025-09-02起60日为2025-11-01（星期六），顺延至2025-11-03",
    );
  });

  it("says when the year's arrangement is unknown (weekends only)", () => {
    // 2026-11-30 + 60 = 2027-01-29, a Friday: nothing moves, but 2027 has no notice yet.
    expect(dueReasonOf(day("2026-11-30"), false, on)).toBe(
      "登记日期2026-11-30起60日（配置中没有2027年节假日安排，只按周末顺延）",
    );
    expect(dueReasonOf(day("2026-11-30"), false, off)).toBe("登记日期2026-11-30起60日");
  });
});

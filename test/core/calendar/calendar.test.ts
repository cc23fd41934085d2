import fc from "fast-check";
import {
  builtinCalendar,
  isRestDay,
  nextWorkingDay,
  NOTICES,
  restLabel,
  weekday,
  withDays,
} from "../../../src/core/calendar";
import { dayFromIso, isoDay, ymd } from "../../../src/core/day";
import { day } from "../../helpers";

const cal = builtinCalendar();
const next = (iso: string) => isoDay(nextWorkingDay(cal, day(iso)));

describe("weekday", () => {
  it("matches the weekdays the notices print", () => {
    // 2025 notice: 1月28日（周二）, 2月8日（周六）; 2026: 1月4日（周日）, 10月1日（周四）.
    expect(weekday(day("2025-01-28"))).toBe(2);
    expect(weekday(day("2025-02-08"))).toBe(6);
    expect(weekday(day("2026-01-04"))).toBe(0);
    expect(weekday(day("2026-10-01"))).toBe(4);
    expect(weekday(day("1969-12-31"))).toBe(3);
  });
});

describe("the built-in notices", () => {
  it("cover 2020–2026, one notice a year, each with its source", () => {
    expect(NOTICES.map((n) => n.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const n of NOTICES) expect(n.source).toContain(`国务院办公厅关于${n.year}年部分节假日安排的通知`);
    expect([...cal.years].sort()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it("are well-formed: real dates, short spans in their year, 调休上班 only on weekends", () => {
    for (const n of NOTICES) {
      for (const s of n.spans) {
        const from = dayFromIso(s.from);
        const to = dayFromIso(s.to);
        expect(from).toBeDefined();
        expect(to).toBeDefined();
        expect((to as number) - (from as number)).toBeGreaterThanOrEqual(0);
        expect((to as number) - (from as number)).toBeLessThan(9);
        // 2023's 元旦 starts on 2022-12-31.
        expect([n.year - 1, n.year]).toContain(ymd(from as number).y);
        for (const w of s.work) expect([0, 6]).toContain(weekday(day(w)));
      }
    }
  });

  it("the 2025 national day: 10-01 to 10-08 off, 09-28 (Sunday) and 10-11 (Saturday) worked", () => {
    for (let d = day("2025-10-01"); d <= day("2025-10-08"); d++) expect(isRestDay(cal, d)).toBe(true);
    expect(isRestDay(cal, day("2025-10-09"))).toBe(false);
    expect(isRestDay(cal, day("2025-09-28"))).toBe(false);
    expect(isRestDay(cal, day("2025-10-11"))).toBe(false);
    expect(restLabel(cal, day("2025-10-01"))).toBe("国庆节、中秋节假期");
  });

  it("2020: the Spring Festival extension (国办发明电〔2020〕1号) cancels the 2月1日 working Saturday", () => {
    expect(isRestDay(cal, day("2020-01-31"))).toBe(true);
    expect(isRestDay(cal, day("2020-02-01"))).toBe(true);
    expect(isRestDay(cal, day("2020-01-19"))).toBe(false);
    expect(next("2020-01-24")).toBe("2020-02-03");
  });
});

describe("nextWorkingDay (《民法典》 art. 203)", () => {
  it.each([
    ["a national-day holiday moves past the whole holiday", "2025-10-01", "2025-10-09"],
    ["the last holiday day moves to the day after", "2025-10-08", "2025-10-09"],
    ["a plain Saturday → Monday", "2025-11-01", "2025-11-03"],
    ["a plain Sunday → Monday", "2025-11-02", "2025-11-03"],
    ["a 调休 Sunday is a working day and stays", "2025-09-28", "2025-09-28"],
    ["a 调休 Saturday stays", "2026-02-28", "2026-02-28"],
    ["a weekday stays", "2025-11-04", "2025-11-04"],
    ["2026 Spring Festival: 02-15 → 02-24", "2026-02-15", "2026-02-24"],
    ["2023 元旦 begins on 2022-12-31", "2022-12-31", "2023-01-03"],
    ["2024 清明: 04-06 (Saturday) → 04-07, a 调休 Sunday", "2024-04-06", "2024-04-07"],
    ["a year without a notice: weekends only (2027-01-01 is a Friday)", "2027-01-01", "2027-01-01"],
  ])("%s", (_, from, to) => {
    expect(next(from)).toBe(to);
  });
});

describe("withDays: the 配置 sheet's rows over the built-in notices", () => {
  it("adds a year, turns a built-in holiday into a working day and the reverse; the built-in is untouched", () => {
    const own = withDays(cal, [
      { day: day("2027-01-01"), kind: "off", name: "元旦" },
      { day: day("2025-10-08"), kind: "work", name: "" },
      { day: day("2025-10-11"), kind: "off", name: "本镇补休" },
    ]);
    expect(isoDay(nextWorkingDay(own, day("2027-01-01")))).toBe("2027-01-04");
    expect(isoDay(nextWorkingDay(own, day("2025-10-01")))).toBe("2025-10-08");
    expect(isRestDay(own, day("2025-10-11"))).toBe(true);
    expect(restLabel(own, day("2025-10-11"))).toBe("本镇补休");
    expect(own.years.has(2027)).toBe(true);
    expect(next("2025-10-01")).toBe("2025-10-09");
    expect(cal.years.has(2027)).toBe(false);
  });
});

describe("properties", () => {
  const anyDay = fc.integer({ min: day("2019-06-01"), max: day("2028-06-30") });
  const ownDays = fc.array(
    fc.record({ day: anyDay, kind: fc.constantFrom<"off" | "work">("off", "work"), name: fc.constant("x") }),
    { maxLength: 40 },
  );

  it("the shifted day is a working day, never earlier, and the day itself when that is a working day", () => {
    fc.assert(
      fc.property(anyDay, ownDays, (d, extra) => {
        const c = withDays(cal, extra);
        const s = nextWorkingDay(c, d);
        expect(isRestDay(c, s)).toBe(false);
        expect(s).toBeGreaterThanOrEqual(d);
        for (let x = d; x < s; x++) expect(isRestDay(c, x)).toBe(true);
        if (!isRestDay(c, d)) expect(s).toBe(d);
      }),
    );
  });

  it("with the built-in calendar no due date moves more than 10 days", () => {
    fc.assert(fc.property(anyDay, (d) => nextWorkingDay(cal, d) - d <= 10));
  });
});

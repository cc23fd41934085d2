import fc from "fast-check";
import { civilDay, dayFromYMD, excelSerialFromDay, isoDay, validDay, ymd } from "../../../src/core/day";
import { parseDate, type DateParse } from "../../../src/core/parse";

const iso = (r: DateParse): string => (r.kind === "ok" ? isoDay(r.day) : r.kind);

const FULL_WIDTH = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseDate", () => {
  test.each([
    ["2022-03-05", "2022-03-05"],
    ["2022/3/5", "2022-03-05"],
    ["2022.3.5", "2022-03-05"],
    ["2022年3月5日", "2022-03-05"],
    ["2022年3月5号", "2022-03-05"],
    ["2022年 3月 5日", "2022-03-05"],
    ["20220305", "2022-03-05"],
    ["２０２２年３月５日", "2022-03-05"],
    ["２０２２－０３－０５", "2022-03-05"],
    ["  2022-3-5  ", "2022-03-05"],
    ["2022-03-05 14:30:00", "2022-03-05"],
    ["2022/3/5 9:05", "2022-03-05"],
    ["2022-03-05T08:00:00.000Z", "2022-03-05"],
    ["2022年3月5日下午3点", "2022-03-05"],
    ["2022年3月5日14时30分", "2022-03-05"],
    ["2024-02-29", "2024-02-29"],
    ["2022-03-05 星期六", "2022-03-05"],
    ["2022年3月5日（周六）下午3点", "2022-03-05"],
    ["2022/3/5(周六) 9:30", "2022-03-05"],
  ])("text %s", (text, expected) => {
    expect(iso(parseDate(text))).toBe(expected);
  });

  test.each([
    "2023-02-30",
    "2022-13-01",
    "2022-00-10",
    "2022年3月",
    "22-3-5",
    "3/5/2022",
    "2022-3/5",
    "去年三月",
    "2022030512",
    "1899-12-31",
    "待定",
  ])("invalid text %s", (text) => {
    expect(parseDate(text)).toEqual({ kind: "invalid", text: text.trim() });
  });

  test("Excel serials, fraction ignored", () => {
    expect(iso(parseDate(44625))).toBe("2022-03-05");
    expect(iso(parseDate(44625.75))).toBe("2022-03-05");
    expect(iso(parseDate(1))).toBe("1900-01-01");
    expect(iso(parseDate(59))).toBe("1900-02-28");
    expect(iso(parseDate(61))).toBe("1900-03-01");
    expect(iso(parseDate(2958465))).toBe("9999-12-31");
  });

  test("serial 60 (Excel's fictitious 1900-02-29) and out-of-range numbers are invalid", () => {
    expect(parseDate(60)).toEqual({ kind: "invalid", text: "60" });
    expect(parseDate(0).kind).toBe("invalid");
    expect(parseDate(-3).kind).toBe("invalid");
    expect(parseDate(2958466).kind).toBe("invalid");
  });

  test("an 8-digit number typed without separators is YYYYMMDD", () => {
    expect(iso(parseDate(20220305))).toBe("2022-03-05");
    expect(parseDate(20220230).kind).toBe("invalid");
  });

  test("blank, errors, booleans", () => {
    expect(parseDate(null)).toEqual({ kind: "blank" });
    expect(parseDate(" \u3000 ")).toEqual({ kind: "blank" });
    expect(parseDate({ error: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(parseDate(true)).toEqual({ kind: "invalid", text: "TRUE" });
  });

  test("property: every supported form of a valid date parses back to the same day", () => {
    const day = fc.integer({ min: dayFromYMD(1950, 1, 1), max: dayFromYMD(2099, 12, 31) });
    fc.assert(
      fc.property(day, fc.boolean(), (d, wide) => {
        const { y, m, d: dd } = ymd(d);
        const p2 = (n: number): string => String(n).padStart(2, "0");
        const forms = [
          `${y}-${p2(m)}-${p2(dd)}`,
          `${y}-${m}-${dd}`,
          `${y}/${m}/${dd}`,
          `${y}.${m}.${dd}`,
          `${y}年${m}月${dd}日`,
          `${y}年${m}月${dd}号`,
          `${y}${p2(m)}${p2(dd)}`,
          `${y}-${p2(m)}-${p2(dd)} 10:20:30`,
        ];
        for (const f of forms) {
          const r = parseDate(wide ? FULL_WIDTH(f) : f);
          if (r.kind !== "ok" || r.day !== d) return false;
        }
        const serial = parseDate(excelSerialFromDay(d));
        return serial.kind === "ok" && serial.day === d;
      }),
    );
  });

  test("property: impossible days of a month are invalid in every form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        return (
          parseDate(`${y}-${m}-${last + 1}`).kind === "invalid" &&
          parseDate(`${y}年${m}月${last + 1}日`).kind === "invalid"
        );
      }),
    );
  });
});

describe("civilDay", () => {
  it("is dayFromYMD for every date that exists from the year 100 on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          if (validDay(y, m, d) === undefined) return;
          expect(civilDay(y, m, d)).toBe(dayFromYMD(y, m, d));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

import { isRestDay, nextWorkingDay, restLabel } from "../../../src/core/calendar";
import { readConfig } from "../../../src/core/config";
import { holidayDays } from "../../../src/core/config/read-holidays";
import { isoDay } from "../../../src/core/day";
import type { CellValue } from "../../../src/core/grid";
import { day, DEFAULT_PARAMS, serial, sheet, workbook } from "../../helpers";

const read = (rows: (CellValue[] | undefined)[]) => readConfig(workbook(sheet("配置", rows)));
const codes = (r: ReturnType<typeof readConfig>) => r.findings.map((f) => `${f.code}@${f.cell}`);
const block = (...rows: CellValue[][]) => read([["节假日"], ["日期", "类型(放假/上班)", "说明"], ...rows]);

describe("the 节假日 block", () => {
  test("adds a year the notices lack: 2027 元旦, a span, a 调休上班 Sunday", () => {
    const r = block(
      ["2027-01-01", "放假", "元旦"],
      ["2027年2月6日至13日", "放假", "春节"],
      [serial("2027-02-14"), "上班", "春节调休"],
    );
    expect(r.findings).toEqual([]);
    const cal = r.config.params.calendar;
    if (!cal) throw new Error("no calendar");
    expect(isoDay(nextWorkingDay(cal, day("2027-01-01")))).toBe("2027-01-04");
    expect(isoDay(nextWorkingDay(cal, day("2027-02-06")))).toBe("2027-02-14");
    expect(restLabel(cal, day("2027-02-10"))).toBe("春节假期");
    expect(cal.years.has(2027)).toBe(true);
    // The built-in notices still apply.
    expect(isoDay(nextWorkingDay(cal, day("2025-10-01")))).toBe("2025-10-09");
  });

  test("overrides the built-in notice on the same day", () => {
    const r = block(["2025-10-08", "上班", "本镇值班"], ["2025-10-11", "休息", ""]);
    expect(r.findings).toEqual([]);
    const cal = r.config.params.calendar;
    if (!cal) throw new Error("no calendar");
    expect(isRestDay(cal, day("2025-10-08"))).toBe(false);
    expect(isRestDay(cal, day("2025-10-11"))).toBe(true);
    expect(restLabel(cal, day("2025-10-11"))).toBe("节假日");
  });

  test("no block, or a block with only notes: params as before, no calendar", () => {
    expect(read([["参数"], ["参数", "值"], ["节假日顺延", "是"]]).config.params).toEqual({
      ...DEFAULT_PARAMS,
      holidayShift: true,
    });
    const r = block([null, null, "新年度通知发布后补上"]);
    expect(r.findings).toEqual([]);
    expect(r.config.params.calendar).toBeUndefined();
  });

  test("bad dates and types → config.value on the cell, the row skipped; the good rows kept", () => {
    const r = block(
      ["2027-02-30", "放假"],
      ["10月1日", "放假"],
      ["2027-01-01", "调休"],
      ["2027-01-02", ""],
      [null, "放假"],
      ["2026-10-01至2026-12-31", "放假"],
      ["2027-01-03", "放假", "元旦"],
    );
    expect(codes(r)).toEqual([
      "config.value@A3",
      "config.value@A4",
      "config.value@B5",
      "config.value@B6",
      "config.value@A7",
      "config.value@A8",
    ]);
    expect(r.findings[0].message).toContain("2027-02-30");
    expect(r.findings[0].message).toContain("该行已忽略");
    expect(r.findings[2].message).toContain("“放假”或“上班”");
    expect(r.findings[2].sheet).toBe("配置");
    const cal = r.config.params.calendar;
    expect(cal && isRestDay(cal, day("2027-01-01"))).toBe(false);
    expect(cal && restLabel(cal, day("2027-01-03"))).toBe("元旦假期");
  });

  test("a day given twice → config.duplicate naming the first row; the first row wins", () => {
    const r = block(["2027-02-06至2027-02-13", "放假", "春节"], ["2027-02-07", "上班"]);
    expect(codes(r)).toEqual(["config.duplicate@A4"]);
    expect(r.findings[0].message).toContain("2027-02-07");
    expect(r.findings[0].message).toContain("第 3 行");
    const cal = r.config.params.calendar;
    expect(cal && isRestDay(cal, day("2027-02-07"))).toBe(true);
  });

  test("a header without the 类型 column → config.header, the block ignored", () => {
    const r = read([["节假日"], ["日期", "说明"], ["2027-01-01", "元旦"]]);
    expect(codes(r)).toEqual(["config.header@A2"]);
    expect(r.config.params.calendar).toBeUndefined();
  });

  test("accepted titles, headers and type words", () => {
    const r = read([["二、节假日安排"], ["日期", "类型"], ["2027/1/1", "休"], ["2027-02-14", "补班"]]);
    expect(r.findings).toEqual([]);
    const cal = r.config.params.calendar;
    expect(cal && isRestDay(cal, day("2027-01-01"))).toBe(true);
    expect(cal && isRestDay(cal, day("2027-02-14"))).toBe(false);
  });
});

describe("holidayDays: one day or a span", () => {
  const iso = (v: CellValue) => holidayDays(v)?.map(isoDay);
  test.each<[CellValue, string[] | undefined]>([
    ["2027-01-01", ["2027-01-01"]],
    [serial("2027-01-01"), ["2027-01-01"]],
    ["2027年1月1日", ["2027-01-01"]],
    ["2027-01-01至2027-01-03", ["2027-01-01", "2027-01-02", "2027-01-03"]],
    ["2027-01-30～2-1", ["2027-01-30", "2027-01-31", "2027-02-01"]],
    ["2027年1月30日至2月1日", ["2027-01-30", "2027-01-31", "2027-02-01"]],
    ["2027-01-01 至 3日", ["2027-01-01", "2027-01-02", "2027-01-03"]],
    ["2027-01-03至2027-01-01", undefined],
    ["2027-01-01至2027-03-01", undefined],
    ["2027-01-01至", undefined],
    ["元旦", undefined],
  ])("%p", (v, want) => {
    expect(iso(v)).toEqual(want);
  });
});

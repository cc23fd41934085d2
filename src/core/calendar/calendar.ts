/**
 * The rest-day calendar behind 节假日顺延 (DOMAIN.md §3.1): 《民法典》 art. 203 — when a period's last
 * day is a 法定休假日, the period ends on the day after. Rest days are Saturdays and Sundays, plus
 * the notices' holidays, minus their 调休上班 days. Days are integers (core/day.ts), so a lookup is
 * one Map/Set probe per case.
 */
import { dayFromIso, ymd, type Day } from "../day";
import { NOTICES } from "./notices";

export interface HolidayCalendar {
  /** Holidays by day, named (`国庆节、中秋节`); a weekend day listed here is named, not added. */
  readonly off: ReadonlyMap<Day, string>;
  /** 调休上班: weekend (or holiday) days that are working days. */
  readonly work: ReadonlySet<Day>;
  /** Years whose arrangement is known (a notice, or rows the clerk added): other years shift on weekends only. */
  readonly years: ReadonlySet<number>;
}

/** One day of the arrangement, as a notice or a 配置 row gives it. */
export interface CalendarDay {
  day: Day;
  kind: "off" | "work";
  /** Holiday name for reason texts; ignored for work days. */
  name: string;
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function isRestDay(cal: HolidayCalendar, day: Day): boolean {
  if (cal.work.has(day)) return false;
  return cal.off.has(day) || isWeekend(day);
}

/** The day itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(cal: HolidayCalendar, day: Day): Day {
  let d = day;
  // Terminates: `off` is finite and at most two weekend days come in a row outside it.
  while (isRestDay(cal, d)) d++;
  return d;
}

/** Why a rest day rests, for reason texts: `国庆节、中秋节假期`, `星期六`. */
export function restLabel(cal: HolidayCalendar, day: Day): string {
  const name = cal.off.get(day);
  if (name !== undefined) return /[假休]/.test(name) ? name : `${name}假期`;
  return weekday(day) === 6 ? "星期六" : "星期日";
}

/** Applies days in order: a later day overrides an earlier one on the same date. */
export function withDays(base: HolidayCalendar, days: readonly CalendarDay[]): HolidayCalendar {
  const off = new Map(base.off);
  const work = new Set(base.work);
  const years = new Set(base.years);
  for (const { day, kind, name } of days) {
    if (kind === "off") {
      off.set(day, name);
      work.delete(day);
    } else {
      work.add(day);
      off.delete(day);
    }
    years.add(ymd(day).y);
  }
  return { off, work, years };
}

function noticeDays(): CalendarDay[] {
  const out: CalendarDay[] = [];
  const at = (iso: string): Day => {
    const d = dayFromIso(iso);
    if (d === undefined) throw new Error(`calendar/notices.ts: bad date ${iso}`);
    return d;
  };
  for (const n of NOTICES) {
    for (const s of n.spans) {
      for (const w of s.work) out.push({ day: at(w), kind: "work", name: s.name });
      for (let d = at(s.from); d <= at(s.to); d++) out.push({ day: d, kind: "off", name: s.name });
    }
  }
  return out;
}

let builtin: HolidayCalendar | undefined;

/** The notices of notices.ts; built once, never mutated (callers get read-only views). */
export function builtinCalendar(): HolidayCalendar {
  if (!builtin) {
    const cal = withDays({ off: new Map(), work: new Set(), years: new Set() }, noticeDays());
    builtin = { off: cal.off, work: cal.work, years: new Set(NOTICES.map((n) => n.year)) };
  }
  return builtin;
}

/** The built-in arrangement of one year as 配置 rows: days off by holiday, then the 调休上班 days. */
export function noticeRows(year: number): CalendarDay[] {
  return noticeDays().filter((d) => ymd(d.day).y === year);
}

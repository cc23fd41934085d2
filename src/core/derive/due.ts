/** 化解时限 (DOMAIN.md §3.1). */
import { builtinCalendar, nextWorkingDay, restLabel, type HolidayCalendar } from "../calendar";
import { isoDay, ymd, type Day } from "../day";
import type { CaseRecord, ConfigParams } from "../model";

export function calendarOf(p: ConfigParams): HolidayCalendar {
  return p.calendar ?? builtinCalendar();
}

/**
 * registeredOn + 办理时限天数 (+ 延期天数 when extended), ignoring a typed value; null without a
 * registration date. Calendar days, the start day not counted (《民法典》 art. 201): 2023-03-01 + 60 =
 * 2023-04-30. With 节假日顺延 = 是, a last day on a rest day moves to the next working day
 * (art. 203; 调休上班 days are working days): 2025-10-01 → 2025-10-09.
 */
export function computedDueOf(c: CaseRecord, p: ConfigParams): Day | null {
  if (c.registeredOn === null) return null;
  const due = limitDay(c.registeredOn, c.extended, p);
  return p.holidayShift ? nextWorkingDay(calendarOf(p), due) : due;
}

/** The last day of the time limit before any holiday shift. */
function limitDay(registeredOn: Day, extended: boolean, p: ConfigParams): Day {
  return registeredOn + p.handlingDays + (extended ? p.extensionDays : 0);
}

/**
 * The typed 化解时限 — the clerk's value, never shifted: the overdue check uses it as typed — else
 * the computed one.
 */
export function dueOnOf(c: CaseRecord, p: ConfigParams): Day | null {
  return c.dueOnTyped !== null ? c.dueOnTyped : computedDueOf(c, p);
}

/**
 * The reason shown with a computed 化解时限: `登记日期2025-08-02起60日`, and when 节假日顺延 moved it,
 * `为2025-10-01（国庆节、中秋节假期），顺延至2025-10-09`. With 节假日顺延 on and no arrangement for
 * the last day's year, the text says so: only weekends were considered.
 */
export function dueReasonOf(registeredOn: Day, extended: boolean, p: ConfigParams): string {
  const unshifted = limitDay(registeredOn, extended, p);
  let text = `登记日期${isoDay(registeredOn)}起${p.handlingDays}日` + (extended ? `，延期${p.extensionDays}日` : "");
  if (!p.holidayShift) return text;
  const cal = calendarOf(p);
  const due = nextWorkingDay(cal, unshifted);
  if (due !== unshifted) {
    text += `${extended ? "，" : ""}为${isoDay(unshifted)}（${restLabel(cal, unshifted)}），顺延至${isoDay(due)}`;
  }
  const year = ymd(unshifted).y;
  if (!cal.years.has(year)) text += `（配置中没有${year}年节假日安排，只按周末顺延）`;
  return text;
}

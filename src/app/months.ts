/** Month keys (`YYYY-MM`) for the month picker and the 12-month chart. */
import { ymd, type Day } from "../core/day";

function key(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, "0")}`;
}

function parse(month: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a month: ${month}`);
  return { y: Number(match[1]), m: Number(match[2]) };
}

export function shiftMonth(month: string, delta: number): string {
  const { y, m } = parse(month);
  const total = y * 12 + (m - 1) + delta;
  return key(Math.floor(total / 12), (total % 12) + 1);
}

/** The `n` months ending with `month`, oldest first. */
export function lastMonths(month: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => shiftMonth(month, i - n + 1));
}

/** The month a report is usually made for: the one before today's (reports are due early in the month). */
export function defaultReportMonth(today: Day): string {
  const { y, m } = ymd(today);
  return shiftMonth(key(y, m), -1);
}

export function isMonth(s: string): boolean {
  return /^(\d{4})-(0[1-9]|1[0-2])$/.test(s);
}

/** `2026-10` → `2026年10月`. */
export function monthTitle(month: string): string {
  const { y, m } = parse(month);
  return `${y}年${m}月`;
}

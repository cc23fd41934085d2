/**
 * Report periods (DOMAIN.md §6). A month `YYYY-MM` with the config's 月报起始日: 1 is the calendar
 * month; 21 means 上月21日至本月20日 (the report is due before the 20th, seed 000).
 *
 * Decision: with a start day other than 1, the reporting year starts on the start day of the
 * previous December (startDay 21: 2022-12-21 … 2023-05-20 is the 2023 ytd for 2023-05). So the
 * January report's ytd equals its month, and the twelve monthly periods tile the reporting year.
 */
import { UserError } from "../../hosts/port";
import { dayFromYMD, isoDay, type Day } from "../day";

export interface Span {
  from: Day;
  to: Day;
}

/** The count scopes of §6.1 that are date spans (the ratios are derived from them). */
export type SpanScope = "month" | "ytd" | "monthLastYear" | "ytdLastYear" | "lastMonth";
export const SPAN_SCOPES: readonly SpanScope[] = ["month", "ytd", "monthLastYear", "ytdLastYear", "lastMonth"];

export interface ReportPeriod extends Span {
  /** The month as asked, `YYYY-MM`. */
  month: string;
  year: number;
  monthNo: number;
  /** The start day actually used (1–28). */
  startDay: number;
  scopes: Record<SpanScope, Span>;
}

/** Start days above 28 would not exist in February; clamp so every month has the same rule. */
export function clampStartDay(startDay: number): number {
  if (!Number.isFinite(startDay)) return 1;
  return Math.min(28, Math.max(1, Math.floor(startDay)));
}

/** The reporting month `m` of year `y` (month numbers may run outside 1..12; they roll over). */
function monthSpan(y: number, m: number, startDay: number): Span {
  if (startDay === 1) return { from: dayFromYMD(y, m, 1), to: dayFromYMD(y, m + 1, 0) };
  return { from: dayFromYMD(y, m - 1, startDay), to: dayFromYMD(y, m, startDay - 1) };
}

function ytdSpan(y: number, m: number, startDay: number): Span {
  return { from: monthSpan(y, 1, startDay).from, to: monthSpan(y, m, startDay).to };
}

/** Parses `2023-05` (also `2023-5`); undefined when malformed. */
export function parseMonth(month: string): { y: number; m: number } | undefined {
  const hit = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(month);
  if (!hit) return undefined;
  const y = Number(hit[1]);
  const m = Number(hit[2]);
  if (m < 1 || m > 12) return undefined;
  return { y, m };
}

/** The period of a report month; throws a UserError (Chinese) when `month` is not `YYYY-MM`. */
export function reportPeriod(month: string, startDay: number): ReportPeriod {
  const parsed = parseMonth(month);
  if (!parsed) throw new UserError(`月份“${month}”格式不对，应为 YYYY-MM，例如 2023-05。`, "invalid");
  const { y, m } = parsed;
  const sd = clampStartDay(startDay);
  const cur = monthSpan(y, m, sd);
  return {
    month: `${y}-${String(m).padStart(2, "0")}`,
    year: y,
    monthNo: m,
    startDay: sd,
    from: cur.from,
    to: cur.to,
    scopes: {
      month: cur,
      ytd: ytdSpan(y, m, sd),
      monthLastYear: monthSpan(y - 1, m, sd),
      ytdLastYear: ytdSpan(y - 1, m, sd),
      lastMonth: monthSpan(y, m - 1, sd),
    },
  };
}

export function isoSpan(span: Span): { from: string; to: string } {
  return { from: isoDay(span.from), to: isoDay(span.to) };
}

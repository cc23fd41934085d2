/**
 * Dates in the ledger (DOMAIN.md §1.4): Excel serials, and the text forms clerks type.
 * Decisions (docs/config.md §2):
 * - Serial 60 is Excel's fictitious 1900-02-29: invalid. Serials 1..59 are shifted by one day so
 *   that serial 1 is 1900-01-01, as Excel displays it.
 * - An 8-digit NUMBER such as 20220305 (typed without separators, stored as a number) is read as
 *   YYYYMMDD when that is a real date; it is far above the serial range, so it cannot be a serial.
 * - A weekday and a time after the date (`2022-03-05 星期六 14:30`, `2022年3月5日（周六）下午3点`) are ignored.
 * - Two-digit years, month/day-first orders and text serials are invalid: too ambiguous to guess.
 */
import { dayFromExcelSerial, validDay, type Day } from "../day";
import { isCellError, type CellValue } from "../grid";
import { toHalfWidth } from "../schema/normalize";
import { HAS_FULL_WIDTH, memoize } from "./memo";
import { cellText, isBlankCell } from "./text";

export type DateParse =
  { kind: "blank" } | { kind: "ok"; day: Day } | { kind: "invalid"; text: string } | { kind: "error"; error: string };

/** Excel's largest serial: 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** Excel's 1900-02-29, a day that never existed (kept for Lotus 1-2-3 compatibility). */
const FICTITIOUS_LEAP_DAY = 60;

const MIN_YEAR = 1900;

/** Time of day after the date, ignored: ` 14:30`, `T08:00:00.000Z`, `下午3点20分`, ` 3:05 PM`. */
const CLOCK = String.raw`(?:凌晨|早上|上午|中午|下午|晚上)?\s*\d{1,2}(?:[:时点]\d{1,2}(?:[:分]\d{1,2}(?:\.\d+)?秒?)?分?)?[时点]?\s*(?:[AaPp]\.?[Mm]\.?)?Z?`;
/** A weekday after the date, ignored: `（周六）`, ` 星期六`. */
const WEEKDAY = String.raw`(?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?`;
/** Digits right after digits would be ambiguous (`2022030512`), so a time needs a blank or `T` first. */
const TIME = String.raw`${WEEKDAY}(?:[T\s]+${CLOCK})?`;
/** After 日/号 the time may follow directly: `2022年3月5日14时`. */
const TIME_CN = String.raw`${WEEKDAY}(?:\s*${CLOCK})?`;

/** Date text forms as data: each regex captures year, month, day. */
const DATE_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})${TIME}$`),
  new RegExp(String.raw`^(\d{4})\s*/\s*(\d{1,2})\s*/\s*(\d{1,2})${TIME}$`),
  new RegExp(String.raw`^(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})${TIME}$`),
  new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[日号]${TIME_CN}|${TIME})$`),
  new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`),
];

function fromYMD(y: number, m: number, d: number): Day | undefined {
  if (y < MIN_YEAR) return undefined;
  return validDay(y, m, d);
}

/** Excel serial (1900 system) to Day; undefined outside 1..MAX_SERIAL or on the fictitious leap day. */
export function dayFromSerial(serial: number): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === FICTITIOUS_LEAP_DAY) return undefined;
  // Before the fictitious day, Excel's serials run one ahead of the real calendar.
  return whole < FICTITIOUS_LEAP_DAY ? dayFromExcelSerial(whole) + 1 : dayFromExcelSerial(whole);
}

function dayFromNumber(n: number): Day | undefined {
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    return fromYMD(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return dayFromSerial(n);
}

/** Parses date text (already trimmed); undefined when it is not one of the supported forms. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromText(raw: string): Day | undefined {
  const s = (HAS_FULL_WIDTH.test(raw) ? toHalfWidth(raw) : raw).trim();
  const iso = ISO.exec(s);
  if (iso) return fromYMD(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (const re of DATE_FORMS) {
    const m = re.exec(s);
    if (m) return fromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return undefined;
}

/** Dates repeat a lot in a ledger; undefined is not cached by memoize, so map it to null. */
const memoDay = memoize(20000, (s: string) => dayFromText(s) ?? null);
const textDay = (s: string): Day | undefined => memoDay(s) ?? undefined;

export function parseDate(v: CellValue): DateParse {
  if (isBlankCell(v)) return { kind: "blank" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  let day: Day | undefined;
  if (typeof v === "number") day = dayFromNumber(v);
  else if (typeof v === "string") day = textDay(v);
  return day === undefined ? { kind: "invalid", text: cellText(v) } : { kind: "ok", day };
}

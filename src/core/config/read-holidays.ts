/**
 * The `节假日` block (日期 | 类型(放假/上班) | 说明): days the clerk adds to, or corrects in, the
 * built-in State Council notices for 节假日顺延. A 日期 may be one day or a span copied from a notice
 * (`2027-02-06至2027-02-13`, `2027年2月6日至13日`). Bad rows are reported (config.value) and skipped;
 * a day given twice keeps its first row (config.duplicate).
 */
import type { CalendarDay } from "../calendar";
import { dayFromText, parseDate } from "../parse/date";
import { cellText, isBlankCell } from "../parse/text";
import { isoDay, ymd, type Day } from "../day";
import type { Finding } from "../findings";
import type { CellValue } from "../grid";
import { normalizeToken } from "../schema/normalize";
import type { RawBlock } from "./blocks";
import { configFinding } from "./finding";

const OFF = ["放假", "放", "假", "休", "休息", "休假", "节假日", "假日", "放假调休", "法定节假日", "公休"];
const WORK = ["上班", "班", "补班", "调休上班", "工作", "工作日", "正常上班"];

/** A notice's longest span is 9 days; a longer one is a typo (`2026-10-01至2026-11-07`). */
const MAX_SPAN = 31;
const SPAN = /\s*(?:至|到|～|~|—|–|－－|--)\s*/;

function kindOf(v: CellValue): "off" | "work" | undefined {
  const t = normalizeToken(cellText(v)).replace(/[()（）]/g, "");
  if (OFF.includes(t)) return "off";
  if (WORK.includes(t)) return "work";
  return undefined;
}

/** The end of a span may leave out the year, or the year and month, of its start: `至13日`, `至2月13日`. */
function spanEnd(text: string, start: Day): Day | undefined {
  const full = dayFromText(text);
  if (full !== undefined) return full;
  const { y, m } = ymd(start);
  const md = /^(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*[日号]?$/.exec(text);
  if (md) return dayFromText(`${y}-${md[1]}-${md[2]}`);
  const d = /^(\d{1,2})\s*[日号]?$/.exec(text);
  return d ? dayFromText(`${y}-${m}-${d[1]}`) : undefined;
}

/** The days a 日期 cell names, or undefined when it names none. */
export function holidayDays(v: CellValue): Day[] | undefined {
  if (typeof v === "string") {
    const parts = v.trim().split(SPAN);
    if (parts.length === 2) {
      const from = dayFromText(parts[0]);
      const to = from === undefined ? undefined : spanEnd(parts[1], from);
      if (from === undefined || to === undefined || to < from || to - from >= MAX_SPAN) return undefined;
      const days: Day[] = [];
      for (let d = from; d <= to; d++) days.push(d);
      return days;
    }
  }
  const p = parseDate(v);
  return p.kind === "ok" ? [p.day] : undefined;
}

export function readHolidays(sheet: string, block: RawBlock, findings: Finding[]): CalendarDay[] {
  const out: CalendarDay[] = [];
  const firstRow = new Map<Day, number>();
  for (const { row, cells, cols } of block.rows) {
    // A row with only a 说明 is a note (the default sheet writes one).
    if (isBlankCell(cells.date) && isBlankCell(cells.kind)) continue;
    const days = holidayDays(cells.date ?? null);
    if (!days) {
      const value = isBlankCell(cells.date) ? "（日期为空）" : cellText(cells.date ?? null);
      const detail = `不是有效的日期，应写 2027-01-01、2027年1月1日，或一段 2027-02-06至2027-02-13（不超过${MAX_SPAN}天），该行已忽略`;
      findings.push(configFinding(sheet, row, cols.date, "config.value", { value, detail }));
      continue;
    }
    const kind = kindOf(cells.kind ?? null);
    if (!kind) {
      const value = isBlankCell(cells.kind) ? "（类型为空）" : cellText(cells.kind ?? null);
      const detail = "类型应填“放假”或“上班”（调休上班的周六、周日填“上班”），该行已忽略";
      findings.push(configFinding(sheet, row, cols.kind, "config.value", { value, detail }));
      continue;
    }
    const note = cellText(cells.note ?? null).trim();
    const name = note || "节假日";
    let repeated: [Day, number] | undefined;
    for (const day of days) {
      const first = firstRow.get(day);
      if (first !== undefined) {
        repeated ??= [day, first];
        continue;
      }
      firstRow.set(day, row);
      out.push({ day, kind, name });
    }
    if (repeated) {
      const [day, other] = repeated;
      findings.push(configFinding(sheet, row, cols.date, "config.duplicate", { value: isoDay(day), other: other + 1 }));
    }
  }
  return out;
}

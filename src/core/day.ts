/**
 * Calendar days as integers: days since 1970-01-01. All date arithmetic in the core uses these,
 * so 100k rows cost no Date objects and no time zones.
 */
export type Day = number;

/** Excel serial of 1970-01-01 in the 1900 date system. */
export const EXCEL_EPOCH_OFFSET = 25569;

export function dayFromYMD(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/**
 * Days since 1970-01-01 of a date that exists, by integer arithmetic: what dayFromYMD gives for
 * years from 100 on, without a Date.UTC call (ID birth dates are checked for every ledger row).
 */
export function civilDay(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Like dayFromYMD, but undefined when the date does not exist (2023-02-30). */
export function validDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return Math.floor(t / 86400000);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function isoDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `2023-03-05` → Day; undefined when malformed or impossible. */
export function dayFromIso(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayFromExcelSerial(serial: number): Day {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Adds calendar months, clamping to the month's last day (2023-01-31 + 1 month = 2023-02-28). */
export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return dayFromYMD(ny, nm, Math.min(d, last));
}

/** Today in China (UTC+8), as a Day: township PCs and CI machines may sit in other zones. */
export function todayInChina(now: Date = new Date()): Day {
  return Math.floor((now.getTime() + 8 * 3600000) / 86400000);
}

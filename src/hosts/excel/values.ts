/**
 * Cell values across the Office.js boundary: what Excel returns → CellValue, and what a WriteValue
 * becomes in a cell (value + number format). The text-not-formula guarantee lives here.
 */
import type { CellValue } from "../../core/grid";
import type { WriteValue } from "../../core/patch";
import { dayFromIso, excelSerialFromDay } from "../../core/day";

/** Error values as `range.values` returns them (a plain string; valueTypes would say "Error"). */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function fromExcel(v: unknown): CellValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v === "") return null;
    if (v.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(v)) return { error: v };
    return v;
  }
  return null;
}

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.00%";

/**
 * Text Excel would not keep as typed: a formula or sign prefix, or something it parses as a number,
 * date, time, percent or boolean (`0123`, `2023-03-05`, `12:30`, `TRUE`). Such text gets the text
 * format before its value is written.
 */
export function needsTextFormat(text: string): boolean {
  if (/^[=+\-@]/.test(text)) return true;
  if (/^(true|false)$/i.test(text.trim())) return true;
  return /\d/.test(text) && /^[\s\d.,:/%$¥￥eE年月日-]+$/.test(text);
}

export function isGeneral(format: unknown): boolean {
  return format === undefined || format === null || format === "" || format === "General";
}

/** Days between the 1900 and the 1904 date systems' serials of the same day. */
export const DATE1904_OFFSET = 1462;

export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || isGeneral(format) || format === TEXT_FORMAT) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare);
}

export interface CellOutput {
  value: string | number;
  /** The number format the cell must have, or undefined to keep the current one. */
  format?: string;
}

/**
 * A value as the core sees it: like `fromExcel`, and in a 1904 workbook a date-formatted number is
 * moved to the 1900 system the core counts in (grid.ts: hosts convert 1904 workbooks).
 */
export function toGridValue(raw: unknown, format: unknown, date1904: boolean): CellValue {
  const v = fromExcel(raw);
  return date1904 && typeof v === "number" && isDateFormat(format) ? v + DATE1904_OFFSET : v;
}

/** What to put in a cell for a write, given the format it has now (and the workbook's date system). */
export function cellOutput(write: WriteValue, currentFormat: unknown, date1904 = false): CellOutput {
  switch (write.kind) {
    case "text":
      if (needsTextFormat(write.text)) return { value: write.text, format: TEXT_FORMAT };
      return { value: write.text };
    case "number": {
      if (write.percent && isGeneral(currentFormat)) return { value: write.value, format: PERCENT_FORMAT };
      // A number written into a text-formatted cell would stay text; give it back a number format.
      if (currentFormat === TEXT_FORMAT) return { value: write.value, format: "General" };
      return { value: write.value };
    }
    case "date": {
      const day = dayFromIso(write.iso);
      if (day === undefined) return { value: write.iso, format: TEXT_FORMAT };
      const serial = excelSerialFromDay(day) - (date1904 ? DATE1904_OFFSET : 0);
      // A clerk's own date format (yyyy年m月d日) is kept; anything else gets the ISO date format.
      return { value: serial, format: isDateFormat(currentFormat) ? undefined : DATE_FORMAT };
    }
    case "blank":
      return { value: "" };
  }
}

/** UTF-8 size of a value's JSON, as the payload limit counts it (no allocation). */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "number") return v === Math.trunc(v) && Math.abs(v) < 1e15 ? String(v).length : 18;
  if (typeof v === "boolean") return v ? 4 : 5;
  if (typeof v === "string") {
    let n = 2;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x20 || c === 34 || c === 92) n += c < 0x20 && c !== 10 && c !== 13 && c !== 9 ? 6 : 2;
      else if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else n += 3;
    }
    return n;
  }
  if (Array.isArray(v)) {
    let n = 2 + Math.max(0, v.length - 1);
    for (const x of v) n += jsonBytes(x);
    return n;
  }
  return JSON.stringify(v).length;
}

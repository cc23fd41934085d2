/**
 * Number formats: the built-in ids a workbook may use without declaring them, and whether a code
 * shows a date. Chinese Excel writes the zh-CN built-ins (27–36, 50–58) for 年/月/日 dates without
 * a <numFmt>, so they must be known here or those dates would read as plain numbers.
 */

export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const dateCache = new Map<string, boolean>();

/** Whether a format code displays a date or time (ignores quoted text, escapes, colours and locales). */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  let hit = dateCache.get(code);
  if (hit !== undefined) return hit;
  const section = code.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  hit = !/^general$/i.test(bare.trim()) && /[ymdhs]/i.test(bare) && !/^[#0.,%?\s]*$/.test(bare);
  dateCache.set(code, hit);
  return hit;
}

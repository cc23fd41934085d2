/**
 * Whole numbers (人数, 序号, config values). Accepted: whole numbers; text with full-width digits,
 * thousands commas, a unit (`3人`, `12名`, `5件`, `10天`), a sign; small Chinese numerals (`五人`,
 * `二十三`, up to 九十九). Fractions, ranges (`3-5人`) and approximations (`约5人`) are invalid.
 */
import type { CellValue } from "../grid";
import { BLANKS, toHalfWidth } from "../schema/normalize";
import { cellText, isBlankCell } from "./text";

export type IntParse = { kind: "blank" } | { kind: "ok"; value: number } | { kind: "invalid"; text: string };

const DIGITS = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?(?:人次|人|名|个|件|批|次|户|位|天|日)?$/;
const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_NUMBER = /^([零〇一二两三四五六七八九]?)(十?)([零〇一二两三四五六七八九]?)(?:人次|人|名|个|件|批|次|户|位)?$/;

/** `二十三` → 23, `十五` → 15, `五` → 5; undefined otherwise. */
function chineseNumber(s: string): number | undefined {
  const m = CN_NUMBER.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return m[3] ? undefined : CN_DIGIT[m[1]];
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}

export function parseInteger(v: CellValue): IntParse {
  if (isBlankCell(v)) return { kind: "blank" };
  const text = cellText(v);
  if (typeof v === "number") return Number.isInteger(v) ? { kind: "ok", value: v } : { kind: "invalid", text };
  if (typeof v !== "string") return { kind: "invalid", text };
  const s = toHalfWidth(v).replace(BLANKS, "");
  const m = DIGITS.exec(s);
  if (m) {
    const value = Number(m[2].replace(/,/g, "")) * (m[1] === "-" ? -1 : 1);
    return Number.isSafeInteger(value) ? { kind: "ok", value } : { kind: "invalid", text };
  }
  const cn = chineseNumber(s);
  return cn === undefined ? { kind: "invalid", text } : { kind: "ok", value: cn };
}

/** Text normalisation shared by header matching, enum parsing and name handling. */

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (０-９, Ａ-Ｚ, （）, ：…) to half-width, and U+3000 to a plain blank. */
export function toHalfWidth(s: string): string {
  // most text has nothing to fold: one regex scan instead of rebuilding the string char by char
  if (!FULL_WIDTH.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** Every blank, including full-width U+3000, non-breaking spaces, tabs and line breaks. */
export const BLANKS = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+/g;

/**
 * A header cell as matched against the synonym tables (DOMAIN.md §1.1): half-width, no blanks,
 * no `*`, no `（必填）`/`(必填)`, no line breaks. `村（社区）` and `村(社区)` compare equal.
 */
export function normalizeHeader(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  return toHalfWidth(String(raw))
    .replace(BLANKS, "")
    .replace(/\*/g, "")
    .replace(/\(必填\)|\(选填\)/g, "")
    .replace(/[:：]$/, "");
}

/** A value for enum lookup: half-width, no blanks. */
export function normalizeToken(raw: string): string {
  return toHalfWidth(raw).replace(BLANKS, "");
}

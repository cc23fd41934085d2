/** Display text of a cell value, the way a clerk sees it in Excel; used for messages and lookups. */
import { isCellError, type CellValue } from "../grid";

/**
 * Excel shows at most 15 significant digits; an 18-digit ID stored as a number is displayed (and
 * was kept) as `110101199003076000`, never in exponent form. Mirror that so messages quote what
 * the user sees.
 */
export function excelNumberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e15 && Math.abs(n) < 1e21) {
    // Digits of the 15-significant-digit form, padded with zeros (doubles cannot hold them exactly).
    const [mantissa, exponent] = Math.abs(n).toExponential(14).split("e");
    const digits = mantissa.replace(".", "");
    const whole = digits.padEnd(Number(exponent) + 1, "0").slice(0, Number(exponent) + 1);
    return (n < 0 ? "-" : "") + whole;
  }
  return String(Number(n.toPrecision(15)));
}

/**
 * Trimmed display text: blank → "", numbers as Excel shows them (no exponent for big integers),
 * booleans as Excel's TRUE/FALSE (what the cell displays, so the user can find it), errors as their
 * code (`#N/A`).
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return excelNumberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** True for null, undefined and text that is only blanks (including U+3000). */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && v.replace(/[\s\u3000\u00a0\u200b\ufeff]/g, "") === "";
}

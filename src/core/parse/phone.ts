/**
 * Phone numbers (DOMAIN.md §1.4). Decisions (docs/config.md §2):
 * - Mobile `1[3-9]` + 9 digits, blanks and `-` ignored, optional `+86`/`86`/`0086` prefix.
 * - Landline `0` + 2–3-digit area code + 7–8 digits, optional extension (`-123`, `转123`, `分机123`).
 *   Local numbers without an area code are invalid: the ledger goes to the county and beyond.
 * - Several numbers in one cell (`、/,;` or blanks between complete numbers) must all be valid.
 * - Labels such as `手机：` or `（本人）` are ignored; a bracketed area code `(0519)88881234` is not.
 * - Normal form: mobiles as 11 digits, landlines as `0519-88881234` (+ `转123`).
 */
import { isCellError, type CellValue } from "../grid";
import { toHalfWidth } from "../schema/normalize";
import { cellText, isBlankCell } from "./text";

export type PhoneParse =
  | { kind: "blank" }
  /** `phone`: the numbers in normal form, joined by `、`; `phones`: each one. */
  | { kind: "ok"; phone: string; phones: string[] }
  | { kind: "invalid"; text: string };

const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
/** Area codes 010 and 02x have three digits; the others four. */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))-?(\d{7,8}|\d{3,4}-\d{4})(?:(?:-|转|分机|EXT\.?|X)(\d{1,6}))?$/;
const PHONE_SEPARATORS = /[、，,;；/／|｜\r\n]+/;
const LABELS = /(?:手机|电话|座机|固话|联系电话|本人|家属|号码)[:：]?|[(（][^)）]*[)）]/g;

function normalOne(token: string): string | null {
  const s = token.toUpperCase();
  const mobile = MOBILE.exec(s.replace(/[-\s]/g, ""));
  if (mobile) return mobile[1];
  const land = LANDLINE.exec(s.replace(/\s/g, ""));
  const local = land ? land[2].replace("-", "") : "";
  if (land && local.length >= 7) return `${land[1]}-${local}${land[3] ? `转${land[3]}` : ""}`;
  return null;
}

function parsePart(part: string): string[] | null {
  const whole = normalOne(part);
  if (whole) return [whole];
  const words = part.split(/\s+/).filter((w) => w !== "");
  if (words.length < 2) return null;
  const each = words.map(normalOne);
  return each.every((p): p is string => p !== null) ? each : null;
}

export function parsePhone(v: CellValue): PhoneParse {
  if (isBlankCell(v)) return { kind: "blank" };
  const text = cellText(v);
  if (isCellError(v) || typeof v === "boolean") return { kind: "invalid", text };
  const phones: string[] = [];
  // `(0519)88881234`: a bracketed area code is part of the number, not a note.
  const clean = toHalfWidth(text)
    .replace(/[(（]\s*(0\d{2,3})\s*[)）]\s*/g, "$1-")
    .replace(LABELS, " ");
  for (const part of clean.split(PHONE_SEPARATORS)) {
    if (part.trim() === "") continue;
    const found = parsePart(part.trim());
    if (!found) return { kind: "invalid", text };
    phones.push(...found);
  }
  return phones.length ? { kind: "ok", phone: phones.join("、"), phones } : { kind: "invalid", text };
}

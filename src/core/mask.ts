/**
 * Masking of personal data (ID numbers, phone numbers) in text that leaves the workbook: the CLI's
 * JSON, logs, anything pasted into a chat. The task pane and the CLI share it, so both mask alike.
 * Only the shape is kept: enough to find the row again, not enough to identify the person.
 */

/** `320411199003076519` → `3204**********6519`; 15-digit numbers keep 4 + 4 the same way. */
export function maskId(id: string): string {
  if (id.length <= 8) return "*".repeat(id.length);
  return id.slice(0, 4) + "*".repeat(id.length - 8) + id.slice(-4);
}

/** `13812345678` → `138****5678`; landlines keep the area code and the last 4 digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (/^1\d{10}$/.test(digits)) return digits.slice(0, 3) + "****" + digits.slice(7);
  const m = /^(0\d{2,3})-?(\d+)$/.exec(phone.replace(/\s/g, ""));
  if (m && m[2].length > 4) return `${m[1]}-${"*".repeat(m[2].length - 4)}${m[2].slice(-4)}`;
  return digits.length > 4 ? "*".repeat(digits.length - 4) + digits.slice(-4) : "*".repeat(digits.length);
}

/*
 * Runs of digits, not touching other digits: an 18-character ID (last may be X), a 15-digit old ID, a
 * mobile, a landline. Longest first, so an ID is not read as a phone plus leftovers. Full-width digits
 * are covered because clerks paste them (`１３８…`).
 */
const FW = "０-９";
const D = `[0-9${FW}]`;
const PATTERNS: readonly { re: RegExp; mask: (s: string) => string }[] = [
  { re: new RegExp(`(?<!${D})${D}{17}[${"0-9"}${FW}Xx\uff38\uff58](?!${D})`, "g"), mask: (s) => maskId(halfDigits(s)) },
  { re: new RegExp(`(?<!${D})${D}{15,16}(?!${D})`, "g"), mask: (s) => maskId(halfDigits(s)) },
  { re: new RegExp(`(?<!${D})[1１]${D}{10}(?!${D})`, "g"), mask: (s) => maskPhone(halfDigits(s)) },
  { re: new RegExp(`(?<!${D})[0０]${D}{2,3}[-－]?${D}{7,8}(?!${D})`, "g"), mask: (s) => maskPhone(halfDigits(s)) },
  // What is left of a mistyped ID or phone (`1381234`, a 16-digit ID) is still personal: keep the last 4.
  {
    re: new RegExp(`(?<!${D})${D}{7,14}(?!${D})`, "g"),
    mask: (s) => "*".repeat(s.length - 4) + halfDigits(s.slice(-4)),
  },
];

function halfDigits(s: string): string {
  return s.replace(/[０-９Ｘｘ－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Masks every ID number and phone number inside a free text (a finding's message or suggestion). */
export function maskPersonal(text: string): string {
  let out = text;
  for (const p of PATTERNS)
    out = out.replace(p.re, (m: string, at: number, all: string) => (isRowNumber(m, at, all) ? m : p.mask(m)));
  return out;
}

/** Excel's last row: a 7-digit number up to this in a cell address (`B1048576`) or before `行` is a row. */
const MAX_ROW = 1_048_576;

function isRowNumber(m: string, at: number, all: string): boolean {
  if (m.length !== 7 || Number(halfDigits(m)) > MAX_ROW) return false;
  return /[A-Za-z]$/.test(all.slice(0, at)) || /^\s*行/.test(all.slice(at + m.length));
}

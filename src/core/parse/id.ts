/**
 * Resident ID numbers (公民身份号码, GB 11643-1999; DOMAIN.md §1.4).
 * Decisions (docs/config.md §2):
 * - One issue per ID, in this order: format, checksum, birth date — a wrong check character most
 *   likely means a mistyped digit, so the birth date of such a number is not judged separately.
 * - Birth dates before 1900 or after the registration date are id.birthdate.
 * - A NUMBER cell: ≥ 1e17 → id.numeric (the last digits are lost), 15 digits → legacy text,
 *   anything else → id.format. Exponent text (`1.10101199003077E+17`) was a number once: id.numeric.
 * - 18-digit text ending in `000` with a wrong check character is id.numeric too: a number column
 *   converted to text keeps Excel's zeros (110101199003076519 → 110101199003076000).
 * - Digits grouped by blanks (`110101 19900307 6519`) are one ID; otherwise blanks separate IDs.
 * - A leading apostrophe (Excel's "store as text" mark, kept by some exports) is ignored.
 */
import { civilDay, type Day } from "../day";
import { isCellError, type CellValue } from "../grid";
import { toHalfWidth } from "../schema/normalize";
import { excelNumberText, isBlankCell } from "./text";

export type IdIssueCode = "id.format" | "id.checksum" | "id.birthdate" | "id.numeric" | "id.legacy";

export interface IdIssue {
  code: IdIssueCode;
  /** The ID as the user sees it (normalised: half-width, upper-case X). */
  value: string;
  /** id.checksum: the check character the first 17 digits call for. */
  expected?: string;
  /** id.birthdate, id.legacy: the embedded birth date, `YYYY-MM-DD` as written (may not exist). */
  birth?: string;
}

export interface IdCellResult {
  /** Valid 18-digit IDs (upper-case X) and 15-digit legacy IDs, in the cell's order. */
  ids: string[];
  issues: IdIssue[];
  /** How many IDs the cell holds, valid or not (for id.count). */
  found: number;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

const ID18 = /^\d{17}[\dX]$/;
const ID15 = /^\d{15}$/;
const EXPONENT = /^\d(?:\.\d+)?E\+?\d+$/;
const ID_SEPARATORS = /[、，,;；/／|｜\r\n]+/;
const MIN_BIRTH_YEAR = 1900;

/** The check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** 15-digit legacy ID → its 18-digit form (birth year 19YY, check character appended). */
export function upgradeLegacyId(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

/** Digits at [at, at + n) of an all-digit string, as a number. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The birth date's day, or undefined when it does not exist or is before 1900 (an issue either
 * way). Plain arithmetic: this runs for every ID of the ledger.
 */
function birthDay(y: number, m: number, d: number): Day | undefined {
  if (y < MIN_BIRTH_YEAR || m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0)) return undefined;
  return civilDay(y, m, d);
}

/** `at`: where the 8 digits YYYYMMDD start; a 15-digit ID has YYMMDD at 6 (century 19). */
function birthIssue(value: string, registeredOn: Day | null): IdIssue | null {
  const legacy = value.length === 15;
  const y = legacy ? 1900 + digits(value, 6, 2) : digits(value, 6, 4);
  const m = legacy ? digits(value, 8, 2) : digits(value, 10, 2);
  const d = legacy ? digits(value, 10, 2) : digits(value, 12, 2);
  const day = birthDay(y, m, d);
  if (day === undefined || (registeredOn !== null && day > registeredOn))
    return { code: "id.birthdate", value, birth: birthText(value) };
  return null;
}

/** The embedded birth date as written, `YYYY-MM-DD` (may not exist). */
function birthText(value: string): string {
  return value.length === 15
    ? `19${value.slice(6, 8)}-${value.slice(8, 10)}-${value.slice(10, 12)}`
    : `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

function checkOne(value: string, registeredOn: Day | null, out: IdCellResult): void {
  out.found++;
  if (ID18.test(value)) {
    const expected = idCheckChar(value);
    if (expected !== value[17]) {
      // `…076000` with a wrong check character: a number column turned into text after Excel had
      // already zeroed the digits beyond the 15th.
      const code = value.endsWith("000") ? "id.numeric" : "id.checksum";
      out.issues.push(code === "id.numeric" ? { code, value } : { code, value, expected });
      return;
    }
    const bad = birthIssue(value, registeredOn);
    if (bad) out.issues.push(bad);
    else out.ids.push(value);
  } else if (ID15.test(value)) {
    const bad = birthIssue(value, registeredOn);
    if (bad) out.issues.push(bad);
    else {
      out.ids.push(value);
      out.issues.push({ code: "id.legacy", value, birth: birthText(value) });
    }
  } else if (EXPONENT.test(value)) {
    out.issues.push({ code: "id.numeric", value });
  } else {
    out.issues.push({ code: "id.format", value });
  }
}

function tokens(part: string): string[] {
  const compact = part.replace(/\s+/g, "");
  if (ID18.test(compact) || ID15.test(compact)) return [compact];
  return part.split(/\s+/).filter((t) => t !== "");
}

/** Checks the IDs in a text (one or several, separated like names or by blanks and line breaks). */
const PLAIN_ID = /^\d{17}[\dXx]$/;
const PLAIN_IDS = /^[\dXx、]+$/;

export function checkId(raw: string, registeredOn: Day | null): IdCellResult {
  const out: IdCellResult = { ids: [], issues: [], found: 0 };
  if (PLAIN_ID.test(raw)) {
    checkOne(raw.toUpperCase(), registeredOn, out);
    return out;
  }
  // several plain IDs joined by 、 (a group petition) have nothing to fold or blank out
  const text = PLAIN_IDS.test(raw)
    ? raw.toUpperCase()
    : toHalfWidth(raw)
        .replace(/[\u00a0\u2000-\u200b\ufeff]/g, " ")
        .toUpperCase();
  for (const part of text.split(ID_SEPARATORS)) {
    for (const token of tokens(part.trim())) checkOne(token.replace(/^'+/, ""), registeredOn, out);
  }
  return out;
}

/**
 * The 18 characters of `text` from `at` are one plain valid ID, checked in one pass without
 * allocating: digits, upper-case X, a right check character and a possible birth date on or before
 * registeredOn — what checkId reports as that ID with nothing to say.
 */
function plainValidIdAt(text: string, at: number, registeredOn: Day | null): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = text.charCodeAt(at + i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * WEIGHTS[i];
  }
  const last = text.charCodeAt(at + 17);
  if (!((last >= 48 && last <= 57) || last === 88) || CHECK_CHARS.charCodeAt(sum % 11) !== last) return false;
  const day = birthDay(digits(text, at + 6, 4), digits(text, at + 10, 2), digits(text, at + 12, 2));
  return day !== undefined && (registeredOn === null || day <= registeredOn);
}

const ID_JOINER = 0x3001; // 、

/**
 * A group petition's cell: plain valid IDs joined by single `、` (one in eight cells of a county
 * ledger). The IDs, as checkId would give them with no issue, or null when the cell is anything
 * else (checkId then says what is wrong).
 */
export function plainValidIds(text: string, registeredOn: Day | null): string[] | null {
  if (text.length % 19 !== 18) return null;
  for (let at = 0; at < text.length; at += 19) {
    if (at > 0 && text.charCodeAt(at - 1) !== ID_JOINER) return null;
    if (!plainValidIdAt(text, at, registeredOn)) return null;
  }
  if (text.length === 18) return [text];
  const ids: string[] = [];
  for (let at = 0; at < text.length; at += 19) ids.push(text.slice(at, at + 18));
  return ids;
}

/** Checks an ID cell. Formula errors yield nothing here: they are the ledger's cell.error. */
export function checkIdCell(v: CellValue, registeredOn: Day | null): IdCellResult {
  if (isBlankCell(v) || isCellError(v)) return { ids: [], issues: [], found: 0 };
  if (typeof v === "number") {
    const shown = excelNumberText(v);
    if (Math.abs(v) >= 1e17) return { ids: [], issues: [{ code: "id.numeric", value: shown }], found: 1 };
    if (Number.isInteger(v) && v >= 1e14 && v < 1e15) return checkId(shown, registeredOn);
    return { ids: [], issues: [{ code: "id.format", value: shown }], found: 1 };
  }
  if (typeof v === "boolean")
    return { ids: [], issues: [{ code: "id.format", value: v ? "TRUE" : "FALSE" }], found: 1 };
  return typeof v === "string" ? checkId(v, registeredOn) : { ids: [], issues: [], found: 0 };
}

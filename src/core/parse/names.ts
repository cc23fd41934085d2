/**
 * Person names in a cell (DOMAIN.md §1.4). Decisions (docs/config.md §2):
 * - Separators: `、，,;；/／|` and line breaks; any run of blanks (U+3000 included) also separates,
 *   even a single blank — a Chinese name never contains a blank except typesetting padding.
 * - Padding: lone CJK characters standing next to each other are one padded name: `殷  飞` → 殷飞,
 *   `高  栋                      周洪春` → 高栋, 周洪春. A run of three lone characters is one
 *   three-character name (`欧 阳 锋`); longer runs are read in pairs (`杨 波 许 波` → 杨波, 许波).
 * - A lone character with no lone neighbour joins a following two-character token (`梅 卫峰` → 梅卫峰),
 *   else a preceding two-character token when it ends the part (`欧阳 锋` → 欧阳锋); otherwise it
 *   stays a name of its own (never dropped: a person may have to look at it).
 * - Latin words separated by one blank stay together (`John Smith`).
 * - Trailing `等`, `等5人`, `等多人` and bracketed notes `（户主）` are not part of a name.
 */
import { isCellError, type CellValue } from "../grid";
import { BLANKS, toHalfWidth } from "../schema/normalize";
import { cellText } from "./text";

/** Explicit separators between names (also used for lists in the config sheet). */
export const NAME_SEPARATORS = /[、，,;；/／|｜\r\n]+/;

/** `殷  飞` → 殷飞: half-width, no blanks of any kind. */
export function normalizeName(s: string): string {
  return toHalfWidth(s).replace(BLANKS, "");
}

const LATIN_WORD = /^[A-Za-z][A-Za-z.'-]*$/;
const NOTE = /[(（[【][^)）\]】]*[)）\]】]/g;
const ETC = /等(?:[0-9０-９一二三四五六七八九十两几多余]*[名个]?人)?$/;

function isLoneChar(token: string): boolean {
  return [...token].length === 1 && !LATIN_WORD.test(token);
}

/** A run of lone characters as names: up to 3 → one name; longer → pairs, the last three together when odd. */
function chunkRun(run: string[]): string[] {
  if (run.length <= 3) return [run.join("")];
  const out: string[] = [];
  const pairs = run.length % 2 === 0 ? run.length / 2 : (run.length - 3) / 2;
  for (let p = 0; p < pairs; p++) out.push(run[2 * p] + run[2 * p + 1]);
  if (run.length % 2 === 1) out.push(run.slice(-3).join(""));
  return out;
}

function isShortName(token: string | undefined): token is string {
  return token !== undefined && [...token].length === 2 && !LATIN_WORD.test(token);
}

function joinLoneRuns(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && isLoneChar(tokens[j])) j++;
    if (j === i) out.push(tokens[i++]);
    else if (j - i === 1 && isShortName(tokens[j])) {
      // `梅 卫峰`: a lone surname before a two-character rest is one padded three-character name.
      out.push(tokens[i] + tokens[j]);
      i = j + 1;
    } else if (
      j - i === 1 &&
      j === tokens.length &&
      isShortName(tokens[i - 1]) &&
      out[out.length - 1] === tokens[i - 1]
    ) {
      // `欧阳 锋` at the end: a two-character compound surname padded before the given name.
      out[out.length - 1] += tokens[i];
      i = j;
    } else {
      out.push(...chunkRun(tokens.slice(i, j)));
      i = j;
    }
  }
  return out;
}

/** Splits one separator-free part on blanks, keeping `John Smith` together. */
function splitOnBlanks(part: string): string[] {
  const words = part.split(/([\s\u3000\u00a0]+)/);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i];
    if (!w) continue;
    const prev = tokens.length ? tokens[tokens.length - 1] : "";
    const gap = words[i - 1] ?? "";
    if (gap === " " && LATIN_WORD.test(w) && /[A-Za-z.]$/.test(prev)) tokens[tokens.length - 1] = `${prev} ${w}`;
    else tokens.push(w);
  }
  return joinLoneRuns(tokens);
}

/** A cell holding one plain name (the common case) needs none of the rules below. */
const PLAIN_NAME = /^[\u4e00-\u9fa5·]{2,5}$/;

export function splitNames(v: CellValue): string[] {
  if (typeof v === "string" && PLAIN_NAME.test(v) && !v.includes("等")) return [v];
  // A formula error names nobody; the ledger reports it as cell.error.
  if (isCellError(v)) return [];
  const text = toHalfWidth(cellText(v)).replace(/[\u00a0\u2000-\u200b\ufeff]/g, " ");
  const names: string[] = [];
  for (const rawPart of text.replace(NOTE, " ").split(NAME_SEPARATORS)) {
    for (const token of splitOnBlanks(rawPart.trim())) {
      const name = token.replace(ETC, "").trim();
      if (name) names.push(name);
    }
  }
  return names;
}

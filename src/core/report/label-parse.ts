/**
 * Reading one template label (§6.2): normalise (full-width, blanks, `其中：`, `1.`, `（一）`, `一、`)
 * and split it into the words of the synonym table, longest first. A label that does not split
 * completely is not recognised.
 */
import { BLANKS, toHalfWidth } from "../schema/normalize";
import { IGNORED_LABELS, LABEL_PATTERNS, LABEL_WORDS, type Token } from "./label-table";

const MAX_WORD = Math.max(...[...LABEL_WORDS.keys()].map((w) => w.length));

/** Numbering and lead-ins that carry no meaning: `其中：`, `1.`, `1、`, `(一)`, `一、`, `①`. */
const PREFIX =
  /^(其中[:：]?|\d{1,2}[.、．](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳]|[、:：·\-—])/;

export function normalizeLabel(raw: string): string {
  let s = toHalfWidth(raw).replace(BLANKS, "");
  for (let guard = 0; guard < 5; guard++) {
    const next = s.replace(PREFIX, "");
    if (next === s) break;
    s = next;
  }
  return s.replace(/[:：]+$/, "").replace(/[【】[\]]/g, "");
}

/** Greedy longest-match split; undefined when some part is not a known word. */
function tokenize(s: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const pattern = LABEL_PATTERNS.map((p) => ({ p, m: p.re.exec(rest) })).find((x) => x.m !== null);
    if (pattern?.m) {
      out.push(...pattern.p.tokens);
      i += pattern.m[0].length;
      continue;
    }
    let hit: readonly Token[] | undefined;
    let len = Math.min(MAX_WORD, s.length - i);
    for (; len > 0; len--) {
      hit = LABEL_WORDS.get(s.slice(i, i + len));
      if (hit) break;
    }
    if (!hit) return undefined;
    out.push(...hit);
    i += len;
  }
  return out;
}

/** The report month, so that `2023年`, `5月`, `2022年1-5月` in a label can be read. */
export interface LabelContext {
  year: number;
  month: number;
}

/**
 * Dates in labels relative to the report month: this year's `2023年` says nothing, last year's
 * becomes 去年; `5月` is 本月 and `4月` 上月 (a `1-5月` range is left to the ytd pattern).
 * Other years and months stay as they are and make the label unrecognised, as they should.
 */
function relativeDates(s: string, ctx: LabelContext | undefined): string {
  if (!ctx) return s;
  const out = s.replace(/(\d{4})年(度)?/g, (whole, y: string) =>
    Number(y) === ctx.year ? "" : Number(y) === ctx.year - 1 ? "去年" : whole,
  );
  return out.replace(/(^|[^\d\-至~—－])(\d{1,2})月(份)?/g, (whole, lead: string, m: string) => {
    if (Number(m) === ctx.month) return `${lead}本月`;
    if (Number(m) === ctx.month - 1) return `${lead}上月`;
    return whole;
  });
}

export interface ParsedLabel {
  /** The label as normalised. */
  text: string;
  /** Meaning; undefined when not recognised. */
  tokens?: Token[];
  /** A title, date or signature line: never a label, never reported. */
  ignored: boolean;
}

/**
 * Parentheses are read twice: first as part of the label (`信访总量(批次)`, `到区(到县)`), then,
 * when that fails, dropped with their content (`网上信访(含阳光信访)`).
 */
export function parseLabel(raw: string, ctx?: LabelContext): ParsedLabel {
  const text = relativeDates(normalizeLabel(raw), ctx);
  if (text === "") return { text, ignored: true };
  if (IGNORED_LABELS.some((re) => re.test(text))) return { text, ignored: true };
  const tokens = tokenize(text.replace(/[()]/g, "")) ?? tokenize(text.replace(/\([^)]*\)/g, ""));
  return { text, tokens: tokens && tokens.length > 0 ? tokens : undefined, ignored: false };
}

/** Recognised and meaningful (more than corner words and fillers). */
export function isMeaningful(tokens: readonly Token[] | undefined): boolean {
  return tokens !== undefined && tokens.some((t) => t.kind !== "corner" && t.kind !== "filler");
}

export function isCorner(tokens: readonly Token[] | undefined): boolean {
  return tokens !== undefined && tokens.some((t) => t.kind === "corner") && !isMeaningful(tokens);
}

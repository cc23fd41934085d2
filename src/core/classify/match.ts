/**
 * Keyword matching for the classifier: leftmost, longest keyword first, matches never overlap.
 * So `征地补偿` (民生) is one match and does not also count `征地`, and a longer phrase can shadow a
 * shorter keyword it contains. Each distinct keyword counts once per text, however often it is
 * repeated, so a long complaint that says `低保` five times does not outweigh two different cues.
 *
 * Rules compile once per rules array into integer tables, and a scan allocates nothing per
 * character: assignment classifies every row of a 100k-row ledger twice.
 */
import type { KeywordRule } from "../model";
import { BLANKS, toHalfWidth } from "../schema/normalize";

export interface Matcher {
  /** Target index → target name. */
  targets: string[];
  /** Keyword index → normalised keyword. */
  keywords: string[];
  /** Keyword index → the [target index, weight] pairs it triggers (a keyword may point at several targets). */
  hits: [number, number][][];
  /** First character code → keyword indices starting with it, longest first. */
  byFirst: Map<number, number[]>;
  /** Scratch for de-duplication within one scan: the scan number that last saw each keyword. */
  seenIn: Int32Array;
  scans: number;
}

export interface Match {
  keyword: string;
  /** Offset in the normalised text. */
  at: number;
  rules: KeywordRule[];
}

const cache = new WeakMap<readonly KeywordRule[], Matcher>();

/** Builds (once per rules array) the index used by `scan` and `findMatches`. */
export function compileRules(rules: readonly KeywordRule[]): Matcher {
  const hit = cache.get(rules);
  if (hit) return hit;
  const targets: string[] = [];
  const keywords: string[] = [];
  const hits: [number, number][][] = [];
  const kwIndex = new Map<string, number>();
  for (const r of rules) {
    const keyword = normalizeText(r.keyword);
    if (!keyword) continue;
    let t = targets.indexOf(r.target);
    if (t < 0) t = targets.push(r.target) - 1;
    let k = kwIndex.get(keyword);
    if (k === undefined) {
      k = keywords.push(keyword) - 1;
      kwIndex.set(keyword, k);
      hits.push([]);
    }
    hits[k].push([t, r.weight]);
  }
  const byFirst = new Map<number, number[]>();
  keywords.forEach((keyword, k) => {
    const code = keyword.charCodeAt(0);
    const list = byFirst.get(code);
    if (list) list.push(k);
    else byFirst.set(code, [k]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => keywords[b].length - keywords[a].length);
  const matcher: Matcher = { targets, keywords, hits, byFirst, seenIn: new Int32Array(keywords.length), scans: 0 };
  cache.set(rules, matcher);
  return matcher;
}

/** Half-width, no blanks or line breaks: `反映  村干部` and `反映村干部` read the same. */
export function normalizeText(text: string): string {
  const half = FULL_WIDTH.test(text) ? toHalfWidth(text) : text;
  return ANY_BLANK.test(half) ? half.replace(BLANKS, "") : half;
}

// Most complaints have neither; testing first spares a copy of every text on 100k-row ledgers.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const ANY_BLANK = /[\s\u3000\u00a0\u2000-\u200b\ufeff]/;

/** Calls `found` with each distinct keyword index in an already normalised text, in text order. */
export function scan(text: string, m: Matcher, found: (keyword: number, at: number) => void): void {
  const scanId = ++m.scans;
  let i = 0;
  while (i < text.length) {
    const candidates = m.byFirst.get(text.charCodeAt(i));
    let len = 0;
    if (candidates) {
      for (const k of candidates) {
        if (text.startsWith(m.keywords[k], i)) {
          if (m.seenIn[k] !== scanId) {
            m.seenIn[k] = scanId;
            found(k, i);
          }
          len = m.keywords[k].length;
          break;
        }
      }
    }
    i += len || 1;
  }
}

/** Distinct keywords found in an already normalised text, in text order, with the rules they trigger. */
export function findMatches(text: string, m: Matcher): Match[] {
  const out: Match[] = [];
  scan(text, m, (k, at) =>
    out.push({
      keyword: m.keywords[k],
      at,
      rules: m.hits[k].map(([t, weight]) => ({ target: m.targets[t], keyword: m.keywords[k], weight })),
    }),
  );
  return out;
}

/**
 * "Same matter" between two complaints (DOMAIN.md §3.3): the same 重点领域, or at least half of the
 * shorter complaint's character bigrams found in the other. Used by repeats (§3.3) and by backlog
 * rule (c) (§3.4), so both agree on what "the same matter" is.
 */
import type { CaseRecord } from "../model";
import { toHalfWidth } from "../schema/normalize";

/** Share of the shorter complaint's bigrams that must appear in the other. */
export const SIMILARITY_THRESHOLD = 0.5;

/** Blanks and punctuation carry no meaning for the comparison. */
const NOISE = /[\s\u3000\p{P}\p{S}]+/gu;

/**
 * A complaint's bigrams as sorted numbers, so comparing two complaints is a merge of two short
 * arrays instead of a hash lookup per bigram: repeats and backlog rule (c) compare each
 * petitioner's cases pairwise, and a bigger ledger has more such pairs per row (more people come
 * back), so this comparison grows faster than the ledger. A bigram of code points x, y is
 * x · 0x110000 + y, a one-character complaint c is −(c + 1) (it still has to be compared with
 * something); equal numbers exactly when the character pairs are equal (a lone surrogate keeps its
 * own value, which no code point has). test/core/derive/fast-paths.test.ts holds this against the
 * plain statement over sets of two-character strings.
 * Kept by complaint text: a ledger repeats a few thousand complaints over 100k rows, so each text
 * is split once (and kept across runs). Bounded, so unique texts cannot grow it for ever.
 */
const codesByText = new Map<string, Float64Array>();
const CACHE_LIMIT = 50000;
const PLANES = 0x110000;

function bigramCodes(text: string): Float64Array {
  let codes = codesByText.get(text);
  if (codes) return codes;
  const points = [...toHalfWidth(text).replace(NOISE, "")].map((ch) => ch.codePointAt(0) as number);
  const all = new Float64Array(Math.max(points.length - 1, points.length === 1 ? 1 : 0));
  for (let i = 0; i + 1 < points.length; i++) all[i] = points[i] * PLANES + points[i + 1];
  if (points.length === 1) all[0] = -(points[0] + 1);
  all.sort();
  // a set: drop repeats
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  codes = all.slice(0, n);
  if (codesByText.size >= CACHE_LIMIT) codesByText.clear();
  codesByText.set(text, codes);
  return codes;
}

/** Share (0..1) of the smaller complaint's bigrams found in the other; 0 when either has none. */
export function complaintOverlap(a: string, b: string): number {
  return codeOverlap(bigramCodes(a), bigramCodes(b));
}

/** Shared count over the smaller size, by a merge of the two sorted sets. */
function codeOverlap(a: Float64Array, b: Float64Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / small;
}

/** Similar complaints: same domain, or enough shared bigrams. */
export function similarComplaint(a: CaseRecord, b: CaseRecord): boolean {
  if (a.domain !== null && a.domain === b.domain) return true;
  return complaintOverlap(a.complaint, b.complaint) >= SIMILARITY_THRESHOLD;
}

/** §3.3 second branch: the same category (both known) and a similar complaint. */
export function sameCategoryAndSimilar(a: CaseRecord, b: CaseRecord): boolean {
  return a.category !== null && a.category === b.category && similarComplaint(a, b);
}

/**
 * §3.4 (c) "the same matter": a similar complaint, unless both rows name different categories.
 * Categories are often filled only after assignment, so a missing one does not rule a match out.
 */
export function sameMatter(a: CaseRecord, b: CaseRecord): boolean {
  if (a.category !== null && b.category !== null && a.category !== b.category) return false;
  return similarComplaint(a, b);
}

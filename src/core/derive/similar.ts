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
 * Bigrams by complaint text: a ledger repeats a few thousand complaints over 100k rows, so each
 * text is split once (and kept across runs). Bounded, so unique texts cannot grow it for ever.
 */
const cache = new Map<string, ReadonlySet<string>>();
const CACHE_LIMIT = 50000;

export function bigrams(text: string): ReadonlySet<string> {
  const chars = [...toHalfWidth(text).replace(NOISE, "")];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  // a one-character complaint still has to be compared with something
  if (chars.length === 1) out.add(chars[0]);
  return out;
}

function bigramsOf(c: CaseRecord): ReadonlySet<string> {
  let b = cache.get(c.complaint);
  if (!b) {
    b = bigrams(c.complaint);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(c.complaint, b);
  }
  return b;
}

/** Share (0..1) of the smaller bigram set found in the larger; 0 when either is empty. */
export function bigramOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/** Similar complaints: same domain, or enough shared bigrams. */
export function similarComplaint(a: CaseRecord, b: CaseRecord): boolean {
  if (a.domain !== null && a.domain === b.domain) return true;
  return bigramOverlap(bigramsOf(a), bigramsOf(b)) >= SIMILARITY_THRESHOLD;
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

/**
 * Per-value memo for cell parsers: a ledger column of 100k rows holds a few hundred distinct
 * dates, enum spellings or leader names, so parsing each distinct value once makes reading cheap.
 * Bounded (cleared when full) so a column of unique text cannot grow it without limit. Parsers
 * are pure, and callers treat the cached results as read-only.
 */
import type { CellValue } from "../grid";

const LIMIT = 8192;

export function memoCell<T>(parse: (v: CellValue) => T, limit = LIMIT): (v: CellValue) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<number, T>();
  // the row above often holds the same value (rows come in date order; 是/否 columns): no lookup
  let lastValue: CellValue | undefined;
  let last: T | undefined;
  return (v) => {
    if (v === lastValue && last !== undefined) return last;
    if (typeof v === "string") {
      let hit = byText.get(v);
      if (hit === undefined) {
        hit = parse(v);
        if (byText.size >= limit) byText.clear();
        byText.set(v, hit);
      }
      lastValue = v;
      return (last = hit);
    }
    if (typeof v === "number") {
      let hit = byNumber.get(v);
      if (hit === undefined) {
        hit = parse(v);
        if (byNumber.size >= limit) byNumber.clear();
        byNumber.set(v, hit);
      }
      lastValue = v;
      return (last = hit);
    }
    return parse(v);
  };
}

/** Width folding only when needed: most cells hold no full-width character or blank at all. */
const NEEDS_FOLD = /[\uff01-\uff5e\u3000\s\u00a0\u200b\ufeff]/;

export function fastFold(s: string, fold: (s: string) => string): string {
  return NEEDS_FOLD.test(s) ? fold(s) : s;
}

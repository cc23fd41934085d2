/**
 * Per-value memo for cell parsers: a ledger column of 100k rows holds a few hundred distinct
 * dates, enum spellings or leader names, so parsing each distinct value once makes reading cheap.
 * Bounded (cleared when full) so a column of unique text cannot grow it without limit. Parsers
 * are pure, and callers treat the cached results as read-only.
 */
import type { CellValue } from "../grid";

const LIMIT = 8192;

/**
 * Columns with a handful of values (是/否, enums, leaders) keep them in a short list compared by
 * `===`: the host hands out one string per shared string, so a hit is a pointer compare, cheaper
 * than hashing. The list is given up for the maps once the column shows more values than this.
 */
const FEW = 12;

/**
 * Whole numbers below this (date serials up to the year 2258, counts) are remembered in an array
 * indexed by the number: an index is cheaper than hashing, and date columns hold a thousand values.
 */
const DENSE = 1 << 17;

export function memoCell<T>(parse: (v: CellValue) => T, limit = LIMIT): (v: CellValue) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<number, T>();
  let byInt: (T | undefined)[] | null = null;
  let fewKeys: CellValue[] | null = [];
  const fewValues: T[] = [];
  // the row above often holds the same value (rows come in date order; 是/否 columns): no lookup
  let lastValue: CellValue | undefined;
  let last: T | undefined;
  const remember = (v: string | number, hit: T): T => {
    if (typeof v === "string") {
      if (byText.size >= limit) byText.clear();
      byText.set(v, hit);
    } else if (v >= 0 && v < DENSE && Number.isInteger(v)) {
      byInt ??= new Array<T | undefined>(DENSE);
      byInt[v] = hit;
    } else {
      if (byNumber.size >= limit) byNumber.clear();
      byNumber.set(v, hit);
    }
    return hit;
  };
  const known = (v: string | number): T | undefined => {
    if (typeof v === "string") return byText.get(v);
    if (byInt !== null && v >= 0 && v < DENSE && Number.isInteger(v)) return byInt[v];
    return byNumber.get(v);
  };
  return (v) => {
    if (v === lastValue && last !== undefined) return last;
    if (typeof v !== "string" && typeof v !== "number") return parse(v);
    let hit: T | undefined;
    if (fewKeys !== null) {
      for (let k = 0; k < fewKeys.length; k++)
        if (fewKeys[k] === v) {
          hit = fewValues[k];
          break;
        }
      if (hit === undefined) {
        hit = parse(v);
        if (fewKeys.length < FEW && v === v) {
          fewKeys.push(v);
          fewValues.push(hit);
        } else {
          // too many values for a list: from now on the maps, holding what the list held
          for (let k = 0; k < fewKeys.length; k++) remember(fewKeys[k] as string | number, fewValues[k]);
          fewKeys = null;
          remember(v, hit);
        }
      }
    } else {
      hit = known(v);
      if (hit === undefined) hit = remember(v, parse(v));
    }
    lastValue = v;
    return (last = hit);
  };
}

/** Width folding only when needed: most cells hold no full-width character or blank at all. */
const NEEDS_FOLD = /[\uff01-\uff5e\u3000\s\u00a0\u200b\ufeff]/;

export function fastFold(s: string, fold: (s: string) => string): string {
  return NEEDS_FOLD.test(s) ? fold(s) : s;
}

/**
 * A small memo for parsers of columns with few distinct values (enums, 是/否, dates): 100k ledger
 * rows hold a few hundred distinct strings. Bounded, so a column of unique text cannot grow it
 * without limit; results must be treated as read-only by callers.
 */
export function memoize<T>(limit: number, f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const value = f(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}

/** toHalfWidth only when needed: most cells hold no full-width character at all. */
export const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/**
 * Shares identical per-row style arrays. A ledger's 300,000 rows use a handful of style patterns
 * (header, data, a date column…), and one `number[]` per row cost 115 MB at 300k rows × 25 columns.
 */

/** Distinct patterns kept; past this (a sheet styled cell by cell) rows simply get their own copy. */
const MAX_PATTERNS = 4096;

export class StyleRows {
  private readonly byHash = new Map<number, (readonly number[])[]>();
  private count = 0;

  /** An array equal to `styles[0..width)`, shared with earlier rows when one matches. */
  intern(styles: readonly number[], width: number): readonly number[] {
    let h = width;
    for (let i = 0; i < width; i++) h = (Math.imul(h, 31) + styles[i]) | 0;
    const bucket = this.byHash.get(h);
    if (bucket) {
      for (const known of bucket) if (sameStyles(known, styles, width)) return known;
    }
    const copy = styles.slice(0, width);
    if (this.count < MAX_PATTERNS) {
      if (bucket) bucket.push(copy);
      else this.byHash.set(h, [copy]);
      this.count++;
    }
    return copy;
  }
}

function sameStyles(known: readonly number[], styles: readonly number[], width: number): boolean {
  if (known.length !== width) return false;
  for (let i = 0; i < width; i++) if (known[i] !== styles[i]) return false;
  return true;
}

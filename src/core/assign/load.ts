/**
 * 包案 load per leader: open cases (the cap and the tie-break count these) and all cases (a second
 * tie-break, so closed cases with an empty leader cell do not all land on one person).
 */
import type { Config } from "../model";

export interface Pick {
  name: string;
  /** Every candidate was at or above 包案上限; the pick is the least loaded of them. */
  overCap: boolean;
  /** Open cases of the pick before this case and its cap (for the reason). */
  open: number;
  cap: number | null;
}

export class LoadBook {
  private readonly open = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly caps = new Map<string, number | null>();

  constructor(config: Config) {
    for (const l of config.leaders) {
      this.caps.set(l.name, l.cap);
      this.open.set(l.name, 0);
      this.total.set(l.name, 0);
    }
  }

  add(name: string, isOpen: boolean): void {
    this.open.set(name, (this.open.get(name) ?? 0) + (isOpen ? 1 : 0));
    this.total.set(name, (this.total.get(name) ?? 0) + 1);
  }

  openOf(name: string): number {
    return this.open.get(name) ?? 0;
  }

  private free(name: string): boolean {
    const cap = this.caps.get(name) ?? null;
    return cap === null || this.openOf(name) < cap;
  }

  /**
   * The candidate with the fewest open cases, then fewest cases, then first listed, among those below
   * their cap; when all are full, the least loaded of all (the caller says so in the reason).
   */
  pick(candidates: readonly string[]): Pick | null {
    if (candidates.length === 0) return null;
    const best = this.leastLoaded(candidates, true) ?? (this.leastLoaded(candidates, false) as string);
    const overCap = !this.free(best);
    return { name: best, overCap, open: this.openOf(best), cap: this.caps.get(best) ?? null };
  }

  private leastLoaded(candidates: readonly string[], freeOnly: boolean): string | null {
    let best: string | null = null;
    for (const n of candidates) {
      if (freeOnly && !this.free(n)) continue;
      if (best === null) best = n;
      else {
        const d = this.openOf(n) - this.openOf(best) || (this.total.get(n) ?? 0) - (this.total.get(best) ?? 0);
        if (d < 0) best = n;
      }
    }
    return best;
  }

  /** Open cases per leader: config leaders first (zeros included), then any other name seen. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.open.entries());
  }
}

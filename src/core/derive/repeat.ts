/**
 * Repeat petitions (重复信访, DOMAIN.md §3.3) through a person → cases index, never all pairs.
 *
 * Rows are visited by registeredOn. For each person two lists are kept: the earlier cases not yet
 * resolved (pruned as the date moves on — once resolved, a case stays resolved for every later
 * date, lazily from the tail) and all earlier cases (for the "same category and similar complaint" branch, of which the
 * most recent SIMILAR_SCAN are compared). The chosen repeatOf is the most recent qualifying row.
 */
import type { CaseRecord } from "../model";
import { internPersons, type PersonIds } from "./person-ids";
import { sameCategoryAndSimilar } from "./similar";

/** How many of a person's earlier cases are compared by complaint (most recent first). */
export const SIMILAR_SCAN = 30;

/** Resolved as of `day` (§3.4): status 已化解 with resolvedOn on or before the day. */
export function resolvedBy(c: CaseRecord, day: number): boolean {
  return c.status === "已化解" && c.resolvedOn !== null && c.resolvedOn <= day;
}

/** Case indices with a registration date, in date order (ties by sheet row, i.e. index). */
export function dateOrder(cases: readonly CaseRecord[]): number[] {
  return dateOrderOf(caseDays(cases).registered);
}

/** dateOrder on the registration days of caseDays. */
function dateOrderOf(days: Float64Array): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  let dated = 0;
  let whole = true;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d !== d) continue;
    dated++;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
    whole &&= Number.isInteger(d);
  }
  // a ledger spans a few thousand days: count per day and place (linear, and stable by index)
  return dated > 0 && whole && hi - lo <= 4 * dated + 4096 ? countingOrder(days, lo, hi, dated) : sortedOrder(days);
}

function countingOrder(days: Float64Array, lo: number, hi: number, dated: number): number[] {
  const next = new Int32Array(hi - lo + 2);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d === d) next[d - lo + 1]++;
  }
  for (let k = 1; k < next.length; k++) next[k] += next[k - 1];
  const out = new Array<number>(dated);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d === d) out[next[d - lo]++] = i;
  }
  return out;
}

/** Dates spread over centuries (typing mistakes): one numeric key per case, sorted natively. */
function sortedOrder(days: Float64Array): number[] {
  const SHIFT = 4194304; // 2^22 cases at most; day numbers stay far below 2^31
  const keys: number[] = [];
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d === d) keys.push((d + 100000) * SHIFT + i);
  }
  const sorted = Float64Array.from(keys).sort();
  const out = new Array<number>(sorted.length);
  for (let k = 0; k < sorted.length; k++) out[k] = sorted[k] % SHIFT;
  return out;
}

/** Each person's cases in date order, packed: person p's are `cases[start[p]]` … `cases[start[p + 1] - 1]`. */
export interface CasesByPerson {
  start: Int32Array;
  cases: Int32Array;
  /** `days[k]` is the registeredOn of `cases[k]`: searched without reaching into the case records. */
  days: Float64Array;
}

export interface RepeatResult {
  repeatOf: Int32Array;
  /** Interned person → case indices in date order (only cases with a date); reused by backlog rule (c). */
  byPerson: CasesByPerson;
  ids: PersonIds;
}

/** Slots per person for the cases with a date: packed lists instead of 100k small arrays. */
function slots(order: readonly number[], ids: PersonIds): Int32Array {
  const start = new Int32Array(ids.count + 1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    for (let q = ids.start[i]; q < ids.start[i + 1]; q++) start[ids.list[q] + 1]++;
  }
  for (let p = 0; p < ids.count; p++) start[p + 1] += start[p];
  return start;
}

/**
 * registeredOn (NaN: none) and the day resolvedBy turns true (Infinity: never) per case. The walk
 * below visits cases by date, i.e. all over the heap, and on a 300k-row ledger reaching into the
 * records that way costs more per row than on 100k (fewer of them stay in the processor's cache);
 * one pass in index order reads each record once, in the order they were made.
 */
function caseDays(cases: readonly CaseRecord[]): { registered: Float64Array; resolvedFrom: Float64Array } {
  const registered = new Float64Array(cases.length);
  const resolvedFrom = new Float64Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    registered[i] = c.registeredOn ?? NaN;
    resolvedFrom[i] = c.status === "已化解" && c.resolvedOn !== null ? c.resolvedOn : Infinity;
  }
  return { registered, resolvedFrom };
}

export function findRepeats(
  cases: readonly CaseRecord[],
  persons: readonly string[][],
  ids: PersonIds = internPersons(persons),
): RepeatResult {
  const out = new Int32Array(cases.length).fill(-1);
  const { registered: dayOf, resolvedFrom } = caseDays(cases);
  const order = dateOrderOf(dayOf);
  const pos = new Int32Array(cases.length).fill(-1);
  for (let p = 0; p < order.length; p++) pos[order[p]] = p;
  const { start, list } = ids;
  // per person, two lists in its slots: all earlier cases, and the earlier ones not yet resolved
  // (each with the day it is resolved from, so pruning does not go back to the case)
  const base = slots(order, ids);
  const all = new Int32Array(base[ids.count]);
  const allDays = new Float64Array(base[ids.count]);
  const allLen = new Int32Array(ids.count);
  const open = new Int32Array(base[ids.count]);
  const openResolved = new Float64Array(base[ids.count]);
  const openLen = new Int32Array(ids.count);
  let g = 0;
  while (g < order.length) {
    // rows of one day never repeat each other (the same day is not "earlier"); evaluate, then add
    const day = dayOf[order[g]];
    let h = g;
    while (h < order.length && dayOf[order[h]] === day) h++;
    for (let k = g; k < h; k++) {
      const i = order[k];
      let best = -1;
      for (let q = start[i]; q < start[i + 1]; q++) {
        const person = list[q];
        const at = base[person];
        // resolution is final, so a resolved tail can go for good; resolved rows further in
        // go when they become the tail (amortised O(1), no rescans)
        while (openLen[person] > 0 && openResolved[at + openLen[person] - 1] <= day) openLen[person]--;
        if (openLen[person] > 0) {
          const last = open[at + openLen[person] - 1];
          if (best < 0 || pos[last] > pos[best]) best = last;
        }
        const n = allLen[person];
        const stop = Math.max(0, n - SIMILAR_SCAN);
        for (let t = n - 1; t >= stop; t--) {
          const j = all[at + t];
          if (best >= 0 && pos[j] <= pos[best]) break;
          if (sameCategoryAndSimilar(cases[i], cases[j])) {
            best = j;
            break;
          }
        }
      }
      out[i] = best;
    }
    for (let k = g; k < h; k++) {
      const i = order[k];
      for (let q = start[i]; q < start[i + 1]; q++) {
        const person = list[q];
        openResolved[base[person] + openLen[person]] = resolvedFrom[i];
        open[base[person] + openLen[person]++] = i;
        allDays[base[person] + allLen[person]] = day;
        all[base[person] + allLen[person]++] = i;
      }
    }
    g = h;
  }
  return { repeatOf: out, byPerson: { start: base, cases: all, days: allDays }, ids };
}

/**
 * 信访积案 as of a day D (DOMAIN.md §3.4). A case registered on or before D is backlog when:
 * (a) 是否积案 = 是; (b) its closing date (closedOn, or D when not closed by D) is after dueOn;
 * (c) closed by D and a person of it petitioned again on the same matter after closedOn, on or
 * before D; (d) closed by D with 满意度 = 不满意. Resolved = 已化解 with resolvedOn ≤ D; open = the rest.
 */
import type { Day } from "../day";
import type { CaseRecord } from "../model";
import { BacklogState, type Facts } from "./facts";
import type { PersonIds } from "./person-ids";
import { findRepeats, resolvedBy, type CasesByPerson } from "./repeat";
import { sameMatter } from "./similar";

/** How many later petitions of one person are compared for rule (c). */
export const LATER_SCAN = 20;

/** The day a case was closed: 办结日期, or 化解日期 for a 已化解 row without one. */
export function closingDay(c: CaseRecord): Day | null {
  if (c.status !== "已办结" && c.status !== "已化解") return null;
  return c.closedOn ?? (c.status === "已化解" ? c.resolvedOn : null);
}

/** Closed by D: status 已办结/已化解 with its closing day on or before D. */
export function closedBy(c: CaseRecord, day: Day): boolean {
  const close = closingDay(c);
  return close !== null && close <= day;
}

interface PersonIndex {
  /** interned person → case indices sorted by registeredOn */
  byPerson: CasesByPerson;
  ids: PersonIds;
}

const indexCache = new WeakMap<Facts, PersonIndex>();

/** deriveFacts hands over the person index it built for repeats, so backlog does not rebuild it. */
export function rememberPersonIndex(facts: Facts, index: PersonIndex): void {
  indexCache.set(facts, index);
}

function personIndex(cases: readonly CaseRecord[], facts: Facts): PersonIndex {
  let idx = indexCache.get(facts);
  if (!idx) {
    // facts made elsewhere (tests): findRepeats builds the same index
    const { byPerson, ids } = findRepeats(cases, facts.persons);
    idx = { byPerson, ids };
    indexCache.set(facts, idx);
  }
  return idx;
}

/** The interned persons of the facts (deriveFacts made them; built here for facts made elsewhere). */
export function personIdsOf(cases: readonly CaseRecord[], facts: Facts): PersonIds {
  return personIndex(cases, facts).ids;
}

/** First position in days[from, to) after `day` (each person's cases are in date order). */
function firstAfter(days: Float64Array, from: number, to: number, day: Day): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rule (c): someone of case i came back on the same matter after it was closed, by D. */
function petitionedAgain(i: number, closed: Day, day: Day, cases: readonly CaseRecord[], idx: PersonIndex): boolean {
  const { start, cases: list, days } = idx.byPerson;
  const { ids } = idx;
  for (let q = ids.start[i]; q < ids.start[i + 1]; q++) {
    const p = ids.list[q];
    const from = firstAfter(days, start[p], start[p + 1], closed);
    const end = Math.min(start[p + 1], from + LATER_SCAN);
    for (let t = from; t < end; t++) {
      if (days[t] > day) break;
      const k = list[t];
      if (k !== i && sameMatter(cases[i], cases[k])) return true;
    }
  }
  return false;
}

/** Whether case i is a backlog case as of D, and which rule made it one (first that holds), or null. */
export function backlogReason(
  i: number,
  cases: readonly CaseRecord[],
  facts: Facts,
  day: Day,
): "a" | "b" | "c" | "d" | null {
  return reasonWith(i, cases, facts, day, () => personIndex(cases, facts));
}

/** backlogReason with the person index got once per ledger, not once per case (a WeakMap lookup). */
function reasonWith(
  i: number,
  cases: readonly CaseRecord[],
  facts: Facts,
  day: Day,
  index: () => PersonIndex,
): "a" | "b" | "c" | "d" | null {
  const c = cases[i];
  if (c.registeredOn === null || c.registeredOn > day) return null;
  if (c.backlogFlag) return "a";
  const close = closingDay(c);
  const isClosed = close !== null && close <= day;
  const due = facts.dueOn[i];
  if (due !== null && due !== undefined && (isClosed ? (close as Day) : day) > due) return "b";
  if (isClosed && c.satisfaction === "不满意") return "d";
  if (isClosed && petitionedAgain(i, close as Day, day, cases, index())) return "c";
  return null;
}

export function backlogAsOf(cases: readonly CaseRecord[], facts: Facts, day: Day): Uint8Array {
  const out = new Uint8Array(cases.length);
  let idx: PersonIndex | undefined;
  const index = (): PersonIndex => (idx ??= personIndex(cases, facts));
  for (let i = 0; i < cases.length; i++) {
    if (reasonWith(i, cases, facts, day, index) === null) continue;
    out[i] = resolvedBy(cases[i], day) ? BacklogState.Resolved : BacklogState.Open;
  }
  return out;
}

/**
 * The per-case questions every metric asks, in one place so counts, handling, targets and the
 * details sheet agree on them.
 */
import type { Day } from "../day";
import { closingDay } from "../derive/backlog";
import type { Facts } from "../derive/facts";
import type { CaseRecord } from "../model";
import type { Span } from "./period";

export function inSpan(day: Day | null, span: Span): boolean {
  return day !== null && day >= span.from && day <= span.to;
}

/**
 * 重复信访: derived (§3.3) or typed 是. A typed 否 does not override the derivation (that is the
 * repeat.unflagged finding); a typed 是 is kept, since the clerk may know of petitions older than
 * the ledger.
 */
export function isRepeat(c: CaseRecord, i: number, facts: Facts): boolean {
  return facts.repeatOf[i] >= 0 || c.repeatTyped === true;
}

/**
 * "Closed by D" (§3.4), the same way the backlog rule reads it (derive/backlog.ts): status
 * 已办结/已化解 and its closing day (办结日期, or 化解日期 for 已化解) on or before D. A case marked
 * closed with no date at all is not counted as closed (the status.no-date finding asks for one).
 */
export function closedBy(c: CaseRecord, day: Day): boolean {
  const close = closingDay(c);
  return close !== null && close <= day;
}

/** Closed inside the span: the base of 按期办结率 and 参评率. */
export function closedWithin(c: CaseRecord, span: Span): boolean {
  return inSpan(closingDay(c), span);
}

/** Open at D and past its 化解时限 (超期未办结). */
export function overdueAt(c: CaseRecord, due: Day | null, day: Day): boolean {
  return c.registeredOn !== null && c.registeredOn <= day && due !== null && due < day && !closedBy(c, day);
}

/** 越级: any level above 来镇 (seeds 002, 004). */
export function isOverlevel(c: CaseRecord): boolean {
  return c.level !== null && c.level !== "来镇";
}

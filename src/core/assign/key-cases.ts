/**
 * 重点案件 (DOMAIN.md §5 rule 1): cases a 党政主要领导 takes on himself (seed 004: 由…分管领导或党政主要
 * 领导牵头; its 五类 list names 进京、赴省、集访 and 两年以上尚未化解的陈年老案). First matching rule names the reason.
 */
import { addMonths, type Day } from "../day";
import { BacklogState } from "../derive/facts";
import type { CaseRecord } from "../model";

/** 集体访 of this many people or more is a key case (fixed by DOMAIN.md, unlike 集体访人数). */
export const KEY_GROUP_SIZE = 20;
/** A backlog case open for longer than this many months is a 陈年老案. */
export const OLD_BACKLOG_MONTHS = 24;

export interface KeyContext {
  /** Backlog state of the case as of today. */
  backlog: number;
  /** Cases registered before this day are older than OLD_BACKLOG_MONTHS (see `oldBacklogBefore`). */
  oldBefore: Day;
}

/** The registration day before which an open backlog case is a 陈年老案, as of `today`. */
export function oldBacklogBefore(today: Day): Day {
  return addMonths(today, -OLD_BACKLOG_MONTHS);
}

interface KeyRule {
  /** Shown in the reason: `重点案件（进京）：由主要领导包案`. */
  label: string;
  holds: (c: CaseRecord, k: KeyContext) => boolean;
}

export const KEY_CASE_RULES: readonly KeyRule[] = [
  { label: "进京", holds: (c) => c.level === "进京" },
  { label: "赴省", holds: (c) => c.level === "赴省" },
  { label: "非正常访", holds: (c) => c.abnormal },
  { label: `${KEY_GROUP_SIZE}人以上集体访`, holds: (c) => c.headcount >= KEY_GROUP_SIZE },
  {
    label: "两年以上未化解积案",
    holds: (c, k) => k.backlog === BacklogState.Open && c.registeredOn !== null && c.registeredOn < k.oldBefore,
  },
];

/** The label of the first key-case rule the case meets, or null for an ordinary case. */
export function keyCaseLabel(c: CaseRecord, k: KeyContext): string | null {
  for (const r of KEY_CASE_RULES) if (r.holds(c, k)) return r.label;
  return null;
}

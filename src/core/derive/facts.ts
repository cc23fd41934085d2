/**
 * Derived facts (DOMAIN.md §3) computed once per ledger and shared by check, assign and report.
 * Implemented in derive/derive.ts (`deriveFacts`) and derive/backlog.ts (`backlogAsOf`).
 */
import type { Day } from "../day";

export interface Facts {
  /** Effective 化解时限 per case (index as in ledger.cases): typed, else registeredOn + limits (§3.1). */
  dueOn: (Day | null)[];
  /** Person keys per case, in the names' order: `id:<ID>` when an ID is known, else `nv:<name>|<village>`. */
  persons: string[][];
  /** Index of the earlier case that makes this case a repeat (§3.3), or -1 for 初信初访. */
  repeatOf: Int32Array;
  /** Whether each case counts as 集体访 (headcount ≥ config 集体访人数). */
  group: Uint8Array;
}

/** Backlog state of a case as of a date (§3.4). */
export const BacklogState = { None: 0, Open: 1, Resolved: 2 } as const;
export type BacklogStateValue = (typeof BacklogState)[keyof typeof BacklogState];

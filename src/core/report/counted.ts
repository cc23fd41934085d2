/**
 * Which ledger rows the report counts. A row needs a registration date (rows count by
 * registeredOn, §6), a 信访形式 and a 信访层级: without them it cannot be placed in the breakdowns,
 * and counting it only in the total would break the identities (channels and levels sum to all).
 * The rows left out are listed so the clerk can fix them.
 */
import type { CaseRecord } from "../model";

export interface UncountedRow {
  /** 1-based sheet row. */
  row: number;
  /** Chinese: which values are missing. */
  reason: string;
}

const REQUIRED: readonly { has: (c: CaseRecord) => boolean; label: string }[] = [
  { has: (c) => c.registeredOn !== null, label: "登记日期" },
  { has: (c) => c.channel !== null, label: "信访形式" },
  { has: (c) => c.level !== null, label: "信访层级" },
];

/** 1 for a counted case, 0 otherwise, in ledger order; plus the rows left out. */
export function countedCases(cases: readonly CaseRecord[]): { counted: Uint8Array; uncounted: UncountedRow[] } {
  const counted = new Uint8Array(cases.length);
  const uncounted: UncountedRow[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (c.registeredOn !== null && c.channel !== null && c.level !== null) {
      counted[i] = 1;
      continue;
    }
    const missing = REQUIRED.filter((q) => !q.has(c)).map((q) => q.label);
    uncounted.push({ row: c.row + 1, reason: `缺少${missing.join("、")}，未计入统计` });
  }
  return { counted, uncounted };
}

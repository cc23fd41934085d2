/** Local builders for the assignment tests: a layout with chosen columns and a planner call. */
import { planAssignments } from "../../../src/core/assign/plan";
import type { AssignPlan, PlanOptions } from "../../../src/core/assign/types";
import { deriveFacts } from "../../../src/core/derive/derive";
import type { CaseRecord, Config, LedgerLayout } from "../../../src/core/model";
import type { FieldKey } from "../../../src/core/schema/fields";
import { day } from "../../helpers";

/** The standard column order of a 孟河镇 ledger (one header row at row 0). */
export const ALL_COLUMNS: FieldKey[] = [
  "seq",
  "registeredOn",
  "petitioners",
  "address",
  "village",
  "channel",
  "level",
  "complaint",
  "category",
  "domain",
  "leader",
  "villageLead",
  "dueOn",
  "status",
];

export function layoutFor(fields: FieldKey[] = ALL_COLUMNS, rows = 1): LedgerLayout {
  const columns: Partial<Record<FieldKey, number>> = {};
  fields.forEach((f, i) => (columns[f] = i));
  return {
    sheet: "信访台账",
    headerRows: [0],
    columns,
    headers: {},
    firstRow: 1,
    lastRow: rows,
    skippedRows: [],
    score: fields.length,
  };
}

export const TODAY = day("2024-06-30");

export function plan(
  cases: CaseRecord[],
  config: Config,
  opts: Partial<PlanOptions> & { layout?: LedgerLayout } = {},
): AssignPlan {
  const facts = deriveFacts(cases, config);
  const layout = opts.layout ?? layoutFor(ALL_COLUMNS, cases.length);
  return planAssignments(cases, facts, config, layout, {
    today: TODAY,
    overwrite: false,
    backlog: new Uint8Array(cases.length),
    ...opts,
  });
}

/** The assignment of one field of one case (by 0-based sheet row), or undefined. */
export function assigned(p: AssignPlan, row: number, field: string) {
  return p.assignments.find((a) => a.row === row + 1 && a.field === field);
}

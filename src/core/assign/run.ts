/**
 * assignWorkbook: reads the config and the ledger from a workbook, derives the facts and plans the
 * assignment (plan.ts). The patch holds only the cells to fill and the new columns; nothing else in
 * the workbook changes.
 */
import { readConfig } from "../config";
import type { Day } from "../day";
import { backlogAsOf } from "../derive/backlog";
import { deriveFacts } from "../derive/derive";
import type { WorkbookGrid } from "../grid";
import { readLedger } from "../ledger/read";
import { emptyPatch } from "../patch";
import { planAssignments } from "./plan";
import type { AssignResult } from "./types";

export interface AssignOptions {
  sheet?: string;
  today: Day;
  overwrite: boolean;
}

export function assignWorkbook(wb: WorkbookGrid, opts: AssignOptions): AssignResult {
  const { config, findings: configFindings } = readConfig(wb);
  const { ledger } = readLedger(wb, config, { sheet: opts.sheet });
  const facts = deriveFacts(ledger.cases, config);
  const backlog = backlogAsOf(ledger.cases, facts, opts.today);
  const sheet = wb.sheets.find((s) => s.name === ledger.layout.sheet);
  const plan = planAssignments(ledger.cases, facts, config, ledger.layout, {
    today: opts.today,
    overwrite: opts.overwrite,
    backlog,
    sheet,
  });
  return {
    assignments: plan.assignments,
    findings: [...configFindings, ...plan.findings],
    load: plan.load,
    left: plan.left,
    patch: { ...emptyPatch(), writes: plan.writes, newColumns: plan.newColumns },
    sheet: ledger.layout.sheet,
  };
}

/** What assignment (DOMAIN.md §5) produces: the cells it fills, why, and what it left for a person. */
import type { Day } from "../day";
import type { Finding } from "../findings";
import type { SheetGrid } from "../grid";
import type { CellWrite, NewColumn, Patch } from "../patch";
import type { FieldKey } from "../schema/fields";

/** The fields assignment may write, in the order they are decided for a case (each may use the previous). */
export const ASSIGNED_FIELDS = ["village", "category", "domain", "leader", "villageLead", "dueOn"] as const;
export type AssignedField = (typeof ASSIGNED_FIELDS)[number];

/** One filled cell, as the CLI's `--json` and the task pane's preview show it. */
export interface Assignment {
  /** 1-based sheet row. */
  row: number;
  /** A1 address (in a new column when the ledger had none for the field). */
  cell: string;
  field: AssignedField;
  /** Text written; dates as YYYY-MM-DD. */
  value: string;
  /** The cell's display text before, or null when it was empty. */
  previous: string | null;
  /** Chinese: `属地管理：银河村包村领导`, `分管领域：征地拆迁`, `登记日期2023-03-01起60日`. */
  reason: string;
}

/** A cell assignment could not fill: left for a person, with the reason in Chinese. */
export interface LeftForPerson {
  row: number;
  cell: string;
  field: FieldKey;
  reason: string;
}

export interface PlanOptions {
  today: Day;
  /** Rewrite the assigned fields' non-empty cells too (never the village a user typed). */
  overwrite: boolean;
  /** Backlog state per case as of `today` (derive's backlogAsOf); computed when absent. */
  backlog?: Uint8Array;
  /**
   * The ledger sheet: tells which cells are really empty (a cell holding unreadable text is not),
   * gives the previous values, and where a new column can go without covering data.
   */
  sheet?: SheetGrid;
}

export interface AssignPlan {
  assignments: Assignment[];
  /** category.unknown for empty category cells the rules could not decide. */
  findings: Finding[];
  /** Open cases per town-level leader after assignment (config leaders first, then others in the sheet). */
  load: Record<string, number>;
  left: LeftForPerson[];
  writes: CellWrite[];
  newColumns: NewColumn[];
}

export interface AssignResult {
  assignments: Assignment[];
  /** Config findings, then category.unknown. */
  findings: Finding[];
  load: Record<string, number>;
  left: LeftForPerson[];
  patch: Patch;
  /** The ledger sheet that was assigned. */
  sheet: string;
}

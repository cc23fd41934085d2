/** What the pane needs from a host beyond the WorkbookHost port: where it runs and how to show a cell. */
import type { WorkbookHost } from "../hosts/port";

export interface AppHost extends WorkbookHost {
  /** `excel`: inside Excel through Office.js; `file`: the standalone page over an .xlsx in memory. */
  readonly kind: "excel" | "file";
  /** Selects a cell for the user (in Excel: activates the sheet and selects the cell). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Chinese notices about missing capabilities (older Excel): shown once in the pane, never an error. */
  notices(): string[];
}

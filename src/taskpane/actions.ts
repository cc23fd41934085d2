/**
 * What the pane may ask for. Components receive these as props and never touch `Excel`: the
 * Session (src/app) implements them over the Excel host or the in-memory file host; on the standalone
 * page a proxy (workbook/remote.ts) forwards them to the Session in the engine worker.
 */
import type { Day } from "../core/day";
import type { AssignOutcome } from "../app/core-api";
import type { CheckSummary, ReportSummary, RunStatus } from "../app/session";

export interface PaneActions {
  check(): Promise<CheckSummary>;
  clearMarks(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  previewAssign(overwrite: boolean): Promise<AssignOutcome>;
  applyAssign(overwrite: boolean): Promise<AssignOutcome>;
  report(month: string): Promise<ReportSummary>;
  createConfigSheet(): Promise<boolean>;
  createReportTemplate(): Promise<boolean>;
  undoLast(): Promise<string | undefined>;
  undoLabel(): string | undefined;
  cancel(): void;
  today(): Day;
  setToday(day: Day | undefined): void;
  onStatus(listener: (s: RunStatus | undefined) => void): () => void;
}

/** The Chinese success line for a result, or undefined for none. */
export type Success<T> = (result: T) => string | undefined;

/** Runs an action with the pane's busy state and error display; resolves undefined when it failed. */
export type Perform = <T>(action: () => Promise<T>, success?: Success<T>) => Promise<T | undefined>;

/** The Session's methods bound, so components can pass them around as plain functions. */
export function paneActions(s: PaneActions): PaneActions {
  return {
    check: () => s.check(),
    clearMarks: () => s.clearMarks(),
    selectCell: (sheet, cell) => s.selectCell(sheet, cell),
    previewAssign: (o) => s.previewAssign(o),
    applyAssign: (o) => s.applyAssign(o),
    report: (m) => s.report(m),
    createConfigSheet: () => s.createConfigSheet(),
    createReportTemplate: () => s.createReportTemplate(),
    undoLast: () => s.undoLast(),
    undoLabel: () => s.undoLabel(),
    cancel: () => s.cancel(),
    today: () => s.today(),
    setToday: (d) => s.setToday(d),
    onStatus: (l) => s.onStatus(l),
  };
}

/**
 * The one port both hosts implement: read the workbook as grids, apply a patch. The task pane and
 * the CLI talk to a workbook only through this, so the core never knows Excel from a file.
 */
import type { WorkbookGrid } from "../core/grid";
import type { Patch } from "../core/patch";

export interface Progress {
  /** Chinese, shown under the progress bar. */
  step: string;
  /** 0..1 */
  fraction: number;
}

export interface HostOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** What was in the cells before a patch, so one click can restore them exactly. */
export interface UndoRecord {
  label: string;
  /** Host-specific snapshot; opaque to callers. */
  snapshot: unknown;
}

export interface WorkbookHost {
  read(opts?: HostOptions): Promise<WorkbookGrid>;
  apply(patch: Patch, label: string, opts?: HostOptions): Promise<UndoRecord>;
  undo(record: UndoRecord, opts?: HostOptions): Promise<void>;
}

/** An error a user can act on: Chinese text naming the sheet, cell and remedy. Never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: "unreadable" | "protected" | "changed" | "invalid" = "invalid",
  ) {
    super(message);
    this.name = "UserError";
  }
}

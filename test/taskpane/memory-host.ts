/** An AppHost over a WorkbookGrid in memory that records what it was asked to do. */
import type { WorkbookGrid } from "../../src/core/grid";
import type { Patch } from "../../src/core/patch";
import type { HostOptions, UndoRecord } from "../../src/hosts/port";
import type { AppHost } from "../../src/app/app-host";

export class MemoryHost implements AppHost {
  readonly kind = "excel" as const;
  applied: { patch: Patch; label: string }[] = [];
  undone: UndoRecord[] = [];
  selected: string[] = [];
  /** Called inside apply, before recording: lets a test cancel or fail mid-write. */
  beforeApply?: (opts?: HostOptions) => void;

  constructor(public wb: WorkbookGrid) {}

  async read(opts?: HostOptions): Promise<WorkbookGrid> {
    opts?.onProgress?.({ step: "读取工作簿", fraction: 0.5 });
    opts?.onProgress?.({ step: "读取工作簿", fraction: 1 });
    return this.wb;
  }

  async apply(patch: Patch, label: string, opts?: HostOptions): Promise<UndoRecord> {
    this.beforeApply?.(opts);
    this.applied.push({ patch, label });
    return { label, snapshot: this.applied.length };
  }

  async undo(record: UndoRecord): Promise<void> {
    this.undone.push(record);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
  }

  notices(): string[] {
    return [];
  }
}

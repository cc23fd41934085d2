/**
 * The Office.js host: the same WorkbookHost port as the file host, over the Excel object model.
 * `run` is `Excel.run` in the add-in (office.ts) and the test double's run in tests; `supports`
 * answers requirement-set questions. Missing newer sets degrade and are listed in `notices`.
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Patch } from "../../core/patch";
import type { HostOptions, UndoRecord, WorkbookHost } from "../port";
import { UserError } from "../port";
import { capabilityNotices, detectCapabilities, type Capabilities, type SupportsFn } from "./capabilities";
import type { RunFn, RunOptions } from "./om";
import { readMinimalState, readWorkbook, type ReadState } from "./read";
import { applyPatch } from "./apply";
import { restoreSnapshot } from "./restore";
import { isExcelSnapshot } from "./snapshot";

export interface ExcelHostOptions {
  run: RunFn;
  supports: SupportsFn;
}

export interface CommandStats {
  command: "read" | "apply" | "undo";
  syncs: number;
  ms: number;
}

export class ExcelHost implements WorkbookHost {
  readonly capabilities: Capabilities;
  /** Chinese notices for the pane: features this Excel lacks and how the add-in copes. */
  readonly notices: string[];
  /** Syncs and time of the last command, for the pane's diagnostics and the benchmark. */
  lastStats: CommandStats | null = null;
  private state: ReadState | null = null;

  constructor(private readonly options: ExcelHostOptions) {
    this.capabilities = detectCapabilities(options.supports);
    this.notices = capabilityNotices(this.capabilities);
  }

  /**
   * Reads every sheet but veryHidden ones. The grid returned is also the host's record of the
   * workbook: a later apply checks against it and updates the cells it wrote.
   */
  async read(opts: HostOptions = {}): Promise<WorkbookGrid> {
    const t0 = Date.now();
    const state = await this.options.run(this.runOptions(false), (ctx) => readWorkbook(ctx, this.capabilities, opts));
    this.state = state;
    this.lastStats = { command: "read", syncs: state.syncs, ms: Date.now() - t0 };
    return state.grid;
  }

  async apply(patch: Patch, label: string, opts: HostOptions = {}): Promise<UndoRecord> {
    const t0 = Date.now();
    const result = await this.options.run(this.runOptions(), async (ctx) => {
      let extra = 0;
      if (!this.state) {
        this.state = await readMinimalState(ctx);
        extra = this.state.syncs;
      }
      const r = await applyPatch(ctx, this.capabilities, patch, this.state, opts);
      return { ...r, syncs: r.syncs + extra };
    });
    this.lastStats = { command: "apply", syncs: result.syncs, ms: Date.now() - t0 };
    return { label, snapshot: result.snapshot };
  }

  async undo(record: UndoRecord, opts: HostOptions = {}): Promise<void> {
    const snapshot = record.snapshot;
    if (!isExcelSnapshot(snapshot)) throw new UserError("这条撤销记录不是在 Excel 中生成的，无法在此撤销。", "invalid");
    const t0 = Date.now();
    opts.onProgress?.({ step: `正在撤销“${record.label}”…`, fraction: 0 });
    const syncs = await this.options.run(this.runOptions(), (ctx) => restoreSnapshot(ctx, this.capabilities, snapshot));
    // The workbook no longer matches what was read: the next apply checks from scratch.
    this.state = null;
    this.lastStats = { command: "undo", syncs, ms: Date.now() - t0 };
    opts.onProgress?.({ step: "撤销完成", fraction: 1 });
  }

  /** Shows a cell to the user (a finding clicked in the pane). */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.options.run(this.runOptions(false), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name");
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above
      if (ws.isNullObject) throw new UserError(`找不到工作表“${sheet}”，它可能已被删除或改名。`, "changed");
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  private runOptions(undoable = true): RunOptions {
    const options: RunOptions = {};
    // ExcelApi 1.11: a click while the clerk is still typing in a cell waits instead of failing.
    if (this.capabilities.cellEditWait) options.delayForCellEdit = true;
    // ExcelApi 1.20: the whole command is one step of Excel's own Ctrl+Z.
    if (undoable && this.capabilities.undoGroup) options.mergeUndoGroup = true;
    return options;
  }
}

/**
 * The thin orchestration shared by the task pane and the ribbon commands: host.read → core →
 * host.apply, with progress, cancel and the undo stack. It adds no business rule: everything the
 * user sees comes from the core's results.
 */
import { todayInChina, ymd, type Day } from "../core/day";
import { countBySeverity, type Finding, type Severity } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import { emptyPatch, type OwnedSheet, type Patch } from "../core/patch";
import { UserError, type HostOptions } from "../hosts/port";
import type { AppHost } from "./app-host";
import type { AssignOutcome, CoreApi, ReportOutcome } from "./core-api";
import { lastMonths } from "./months";
import { UndoStack } from "./undo-stack";

export interface RunStatus {
  /** The command, e.g. 校验. */
  label: string;
  /** The current step, e.g. 读取工作簿. */
  step: string;
  fraction: number;
}

export class CancelledError extends Error {
  constructor() {
    super("已取消，工作簿未作改动。");
    this.name = "CancelledError";
  }
}

export interface CheckSummary {
  sheet: string;
  markedSheets: string[];
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Chinese, when only the first cells were marked (the ledger had more problem cells than the cap). */
  marksNote?: string;
}

export interface ReportSummary extends ReportOutcome {
  month: string;
  series: { month: string; batches: number; persons: number }[];
}

interface Step {
  /** Reports a step and yields to the UI, so the bar moves and 取消 can be clicked. */
  step(name: string, fraction: number): Promise<void>;
  /** Host options whose progress fills [from, to] of the bar. */
  host(from: number, to: number): HostOptions;
}

const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Session {
  private readonly undoStack = new UndoStack();
  private controller: AbortController | undefined;
  private todayOverride: Day | undefined;
  private listeners = new Set<(s: RunStatus | undefined) => void>();
  private lastCheck: CheckSummary | undefined;

  constructor(
    readonly host: AppHost,
    private readonly core: CoreApi,
    private readonly clock: () => Day = () => todayInChina(),
  ) {}

  /** Subscribes to run status (undefined when idle). Returns the unsubscribe function. */
  onStatus(listener: (s: RunStatus | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get busy(): boolean {
    return this.controller !== undefined;
  }

  today(): Day {
    return this.todayOverride ?? this.clock();
  }

  /** 今天的日期 override for testing and for back-dated reports; undefined restores the clock. */
  setToday(day: Day | undefined): void {
    this.todayOverride = day;
  }

  cancel(): void {
    this.controller?.abort();
  }

  undoLabel(): string | undefined {
    return this.undoStack.peekLabel();
  }

  async check(): Promise<CheckSummary> {
    return this.run("校验", async (s, signal) => {
      const wb = await this.host.read(s.host(0, 0.5));
      await s.step("校验台账", 0.5);
      const result = this.core.checkWorkbook(wb, { today: this.today() });
      await s.step("标记问题单元格", 0.7);
      this.throwIfCancelled(signal);
      const patch = this.core.marksPatch(result);
      await this.applyPatch(patch, "校验标记", s.host(0.7, 1));
      const summary: CheckSummary = {
        sheet: result.sheet,
        markedSheets: result.markedSheets,
        findings: result.findings,
        counts: countBySeverity(result.findings),
        ...(patch.cap ? { marksNote: patch.cap.note } : {}),
      };
      this.lastCheck = summary;
      return summary;
    });
  }

  /** Removes the marks of the last check (fills and notes); the 校验结果 sheet then says they were cleared. */
  async clearMarks(): Promise<void> {
    await this.run("清除标记", async (s, signal) => {
      let target: { sheet: string; markedSheets: string[] } | undefined = this.lastCheck;
      if (!target) {
        // After a reload the pane does not know which sheets were marked: locate them again.
        const wb = await this.host.read(s.host(0, 0.5));
        target = this.core.checkWorkbook(wb, { today: this.today() });
      }
      this.throwIfCancelled(signal);
      const { sheet, markedSheets } = target;
      await this.applyPatch(
        this.core.clearMarksPatch(
          sheet,
          markedSheets.filter((x) => x !== sheet),
        ),
        "清除标记",
        s.host(0.5, 1),
      );
    });
  }

  /** What assignment would write, without writing. */
  async previewAssign(overwrite: boolean): Promise<AssignOutcome> {
    return this.run("分类与包案预览", async (s) => {
      const wb = await this.host.read(s.host(0, 0.7));
      await s.step("计算分类与包案", 0.7);
      return this.core.assignWorkbook(wb, { today: this.today(), overwrite });
    });
  }

  /** Recomputes from a fresh read (the sheet may have changed since the preview), then writes. */
  async applyAssign(overwrite: boolean): Promise<AssignOutcome> {
    return this.run("分类与包案", async (s, signal) => {
      const wb = await this.host.read(s.host(0, 0.5));
      await s.step("计算分类与包案", 0.5);
      const result = this.core.assignWorkbook(wb, { today: this.today(), overwrite });
      this.throwIfCancelled(signal);
      if (result.assignments.length > 0) await this.applyPatch(result.patch, "分类与包案", s.host(0.6, 1));
      return result;
    });
  }

  async report(month: string): Promise<ReportSummary> {
    return this.run("生成月报", async (s, signal) => {
      const wb = await this.host.read(s.host(0, 0.4));
      await s.step("计算月报指标", 0.4);
      const result = this.core.monthlyReport(wb, { month, today: this.today() });
      await s.step("计算近12个月走势", 0.6);
      const series = this.core.monthlySeries(wb, lastMonths(month, 12), this.today());
      this.throwIfCancelled(signal);
      await this.applyPatch(result.patch, `月报 ${month}`, s.host(0.7, 1));
      return { ...result, month, series };
    });
  }

  /** Creates the 配置 sheet with defaults; an existing one is left as it is (ifAbsent). */
  async createConfigSheet(): Promise<boolean> {
    return this.createOwned("新建配置表", () => this.core.configSheet(ymd(this.today()).y));
  }

  async createReportTemplate(): Promise<boolean> {
    return this.createOwned("新建月报模板", () => this.core.reportTemplate());
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.host.selectCell(sheet, cell);
  }

  /** Restores the cells of the last command exactly. Returns its label, or undefined when there is none. */
  async undoLast(): Promise<string | undefined> {
    const record = this.undoStack.pop();
    if (!record) return undefined;
    try {
      await this.run("撤销", async (s) => {
        await s.step(`撤销“${record.label}”`, 0.2);
        await this.host.undo(record, s.host(0.2, 1));
      });
    } catch (e) {
      // A failed undo leaves the record available for another try.
      this.undoStack.push(record);
      throw e;
    }
    return record.label;
  }

  private async createOwned(label: string, make: () => OwnedSheet): Promise<boolean> {
    return this.run(label, async (s) => {
      const sheet = { ...make(), ifAbsent: true };
      const wb: WorkbookGrid = await this.host.read(s.host(0, 0.5));
      if (wb.sheets.some((x) => x.name === sheet.name)) return false;
      await this.applyPatch({ ...emptyPatch(), ownedSheets: [sheet] }, label, s.host(0.5, 1));
      return true;
    });
  }

  private async applyPatch(patch: Patch, label: string, opts: HostOptions): Promise<void> {
    const record = await this.host.apply(patch, label, opts);
    this.undoStack.push(record);
  }

  private throwIfCancelled(signal: AbortSignal): void {
    if (signal.aborted) throw new CancelledError();
  }

  private async run<T>(label: string, work: (s: Step, signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.controller) throw new UserError("上一个操作还在进行，请稍候或点击“取消”。");
    const controller = new AbortController();
    this.controller = controller;
    const emit = (step: string, fraction: number): void => {
      for (const l of this.listeners) l({ label, step, fraction });
    };
    const step: Step = {
      step: async (name, fraction) => {
        emit(name, fraction);
        await yieldToUi();
        this.throwIfCancelled(controller.signal);
      },
      host: (from, to) => ({
        signal: controller.signal,
        onProgress: (p) => emit(p.step, from + (to - from) * p.fraction),
      }),
    };
    try {
      await step.step("开始", 0);
      return await work(step, controller.signal);
    } catch (e) {
      if (controller.signal.aborted && !(e instanceof UserError)) throw new CancelledError();
      throw e;
    } finally {
      this.controller = undefined;
      for (const l of this.listeners) l(undefined);
    }
  }
}

/** The Chinese text to show for any error of a run: users never see a stack trace. */
export function errorText(e: unknown): string {
  if (e instanceof UserError || e instanceof CancelledError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `操作未完成：${detail}。可点击“撤销上次操作”恢复；如问题重复出现，请把台账文件（先删去身份证号等个人信息）交给技术人员。`;
}

/**
 * The WorkbookHost port over an in-memory .xlsx (the standalone web page; the CLI uses
 * XlsxWorkbook directly). Undo is exact: the snapshot is the file's bytes before the patch.
 */
import type { WorkbookGrid } from "../../core/grid";
import type { Patch } from "../../core/patch";
import type { HostOptions, UndoRecord, WorkbookHost } from "../port";
import { XlsxWorkbook } from "./xlsx-workbook";

export class FileWorkbookHost implements WorkbookHost {
  private wb: XlsxWorkbook;
  private bytes: Uint8Array;

  constructor(
    bytes: Uint8Array,
    private readonly fileName?: string,
  ) {
    this.bytes = bytes;
    this.wb = XlsxWorkbook.open(bytes, fileName);
  }

  async read(opts?: HostOptions): Promise<WorkbookGrid> {
    opts?.onProgress?.({ step: "正在读取工作簿", fraction: 0 });
    const grid = this.wb.grid();
    opts?.onProgress?.({ step: "读取完成", fraction: 1 });
    return grid;
  }

  async apply(patch: Patch, label: string, opts?: HostOptions): Promise<UndoRecord> {
    const before = this.bytes;
    opts?.onProgress?.({ step: "正在写入修改", fraction: 0 });
    this.wb.apply(patch);
    this.bytes = this.wb.toBytes();
    this.wb = XlsxWorkbook.open(this.bytes, this.fileName);
    opts?.onProgress?.({ step: "写入完成", fraction: 1 });
    return { label, snapshot: before };
  }

  async undo(record: UndoRecord): Promise<void> {
    if (!(record.snapshot instanceof Uint8Array)) return;
    this.bytes = record.snapshot;
    this.wb = XlsxWorkbook.open(this.bytes, this.fileName);
  }

  /** The current file content, to save or download. */
  toBytes(): Uint8Array {
    return this.bytes;
  }
}

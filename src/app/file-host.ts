/**
 * The standalone page's host: the file host's FileWorkbookHost (an .xlsx in memory) plus what the
 * pane needs, so the same commands run without Excel (WPS offices, demos). Nothing leaves the
 * browser; the page offers the result for download.
 */
import type { WorkbookGrid } from "../core/grid";
import type { Patch } from "../core/patch";
import { FileWorkbookHost } from "../hosts/file";
import type { HostOptions, UndoRecord, WorkbookHost } from "../hosts/port";
import type { AppHost } from "./app-host";

/** A workbook host over bytes in memory (FileWorkbookHost, or a test double). */
export interface BytesHost extends WorkbookHost {
  toBytes(): Uint8Array;
}

export class FileHost implements AppHost {
  readonly kind = "file" as const;
  private selected: { sheet: string; cell: string } | undefined;
  private changed = false;

  constructor(
    private readonly inner: BytesHost,
    readonly fileName: string,
  ) {}

  /** Opens an .xlsx; throws the file host's UserError (Chinese) when the bytes are not a readable workbook. */
  static open(bytes: Uint8Array, fileName: string): FileHost {
    return new FileHost(new FileWorkbookHost(bytes, fileName), fileName);
  }

  read(opts?: HostOptions): Promise<WorkbookGrid> {
    return this.inner.read(opts);
  }

  async apply(patch: Patch, label: string, opts?: HostOptions): Promise<UndoRecord> {
    const record = await this.inner.apply(patch, label, opts);
    this.changed = true;
    return record;
  }

  undo(record: UndoRecord, opts?: HostOptions): Promise<void> {
    return this.inner.undo(record, opts);
  }

  /** There is no grid to scroll on the page: the selection is remembered and shown by the pane. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
  }

  selection(): { sheet: string; cell: string } | undefined {
    return this.selected;
  }

  notices(): string[] {
    return [];
  }

  /** Whether anything was written since the file was opened (the download button appears then). */
  get modified(): boolean {
    return this.changed;
  }

  toBytes(): Uint8Array {
    return this.inner.toBytes();
  }

  /** `台账.xlsx` → `台账-已处理.xlsx`: the download never looks like the original. */
  outputName(): string {
    return `${this.fileName.replace(/\.xlsx$/i, "")}-已处理.xlsx`;
  }
}

/**
 * The add-in's own undo: before ExcelApi 1.20 an add-in's writes clear Excel's undo stack, so each
 * command's UndoRecord is kept here and 撤销上次操作 restores the most recent one.
 */
import type { UndoRecord } from "../hosts/port";

export class UndoStack {
  private readonly records: UndoRecord[] = [];

  /** Older records are dropped beyond `limit`: each may hold a copy of many cells. */
  constructor(private readonly limit = 10) {}

  push(record: UndoRecord): void {
    this.records.push(record);
    if (this.records.length > this.limit) this.records.shift();
  }

  pop(): UndoRecord | undefined {
    return this.records.pop();
  }

  /** Label of the operation 撤销上次操作 would undo, for the button's tooltip. */
  peekLabel(): string | undefined {
    return this.records[this.records.length - 1]?.label;
  }

  get size(): number {
    return this.records.length;
  }

  clear(): void {
    this.records.length = 0;
  }
}

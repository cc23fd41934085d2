/**
 * The stops before any write: a protected sheet, or a workbook changed since it was read. The
 * fingerprint is the used-range address of every touched sheet plus the value of every cell the
 * patch writes or marks (already loaded for undo), compared with the patch's `previous` and the read.
 */
import type { CellValue } from "../../core/grid";
import { a1, cellAt, isCellError } from "../../core/grid";
import { UserError } from "../port";
import type { Looked } from "./look";
import type { ReadState } from "./read";
import { toGridValue } from "./values";
import { MARKS_SHEET, rowsToMarks, type MarkEntry } from "./marks-store";

export function protectedError(sheet: string): UserError {
  return new UserError(`工作表“${sheet}”已设置保护，请先撤销工作表保护（审阅 → 撤销工作表保护）再运行。`, "protected");
}

export function changedError(detail: string): UserError {
  return new UserError(
    `工作簿在读取后被修改过（${detail}）。为避免覆盖您的修改，本次没有写入任何内容，请重新运行。`,
    "changed",
  );
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

function describe(value: CellValue): string {
  if (value === null) return "空";
  if (isCellError(value)) return value.error;
  return `“${String(value)}”`;
}

function bare(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** Throws the first reason not to write; returns when the workbook is as read and writable. */
export function verifyBeforeWrite(looked: Looked, state: ReadState, oldMarks: readonly MarkEntry[]): void {
  for (const [name, p] of looked.protection) if (p.protected) throw protectedError(name);
  for (const [name, used] of looked.used) {
    const fp = state.fingerprints.get(name);
    if (fp && fp.address !== used.address) {
      throw changedError(`工作表“${name}”的数据区域由 ${bare(fp.address)} 变为 ${bare(used.address)}`);
    }
  }
  for (const [name, w] of looked.ownedNull) if (!w.isNullObject) throw changedError(`新增了工作表“${name}”`);
  for (const { block, range } of looked.blocks) {
    const values = range.values;
    const formats = range.numberFormat;
    block.writes.forEach((w, i) => {
      const now = toGridValue(values[i][0], formats[i][0], state.date1904);
      if (!sameValue(now, w.previous)) {
        throw changedError(`${w.sheet}!${a1(w.row, w.col)} 原为${describe(w.previous)}，现为${describe(now)}`);
      }
    });
  }
  const grid = new Map(state.grid.sheets.map((s) => [s.name, s]));
  for (const c of looked.cells) {
    const sheet = grid.get(c.sheet);
    if (!sheet) continue;
    const was = cellAt(sheet, c.row, c.col);
    const now = toGridValue(
      c.range.values[0][0],
      state.date1904 ? c.range.numberFormat[0][0] : undefined,
      state.date1904,
    );
    if (!sameValue(was, now))
      throw changedError(`${c.sheet}!${a1(c.row, c.col)} 原为${describe(was)}，现为${describe(now)}`);
  }
  const marksRange = looked.marksRange;
  if (marksRange && JSON.stringify(rowsToMarks(marksRange.values)) !== JSON.stringify(oldMarks)) {
    throw changedError(`标记记录表“${MARKS_SHEET}”被改动`);
  }
}

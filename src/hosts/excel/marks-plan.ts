/**
 * What a marks patch does to each cell: new marks get the severity fill and the note; cells marked by
 * an earlier run and not now get their original fill and note back (from the bookkeeping); the new
 * bookkeeping keeps, for every marked cell, what it looked like before it was first marked.
 */
import type { SheetMarks, CellMark } from "../../core/patch";
import type { Capabilities } from "./capabilities";
import type { LookedCell } from "./look";
import { FILE_HOST_NOTE_AUTHOR, markKey, type MarkEntry } from "./marks-store";
import { MARK_FILL, worse } from "./marks-style";
import { readFill, type FillChange, type NoteChange } from "./paint";
import type { CellSnap } from "./snapshot";

export type NewMarks = Map<string, { sheet: string; mark: CellMark }>;

/** One mark per cell: several marks on a cell keep the worst severity and every note. */
export function mergeMarks(sheetMarks: readonly SheetMarks[]): NewMarks {
  const out: NewMarks = new Map();
  for (const sm of sheetMarks) {
    for (const mark of sm.marks) {
      const k = markKey(sm.sheet, mark.row, mark.col);
      const prev = out.get(k);
      if (!prev) out.set(k, { sheet: sm.sheet, mark });
      else
        prev.mark = {
          ...prev.mark,
          severity: worse(prev.mark.severity, mark.severity),
          note: `${prev.mark.note}\n${mark.note}`,
        };
    }
  }
  return out;
}

/** Cells to look at: the new marks and the earlier marks on the sheets being re-marked. */
export function touchedCells(
  newMarks: NewMarks,
  oldMarks: readonly MarkEntry[],
  markSheets: ReadonlySet<string>,
): { sheet: string; row: number; col: number }[] {
  const out = new Map<string, { sheet: string; row: number; col: number }>();
  for (const { sheet, mark } of newMarks.values())
    out.set(markKey(sheet, mark.row, mark.col), { sheet, row: mark.row, col: mark.col });
  for (const e of oldMarks) {
    if (markSheets.has(e.sheet)) out.set(markKey(e.sheet, e.row, e.col), { sheet: e.sheet, row: e.row, col: e.col });
  }
  return [...out.values()];
}

export interface MarksPlan {
  fills: Map<string, FillChange[]>;
  notes: Map<string, NoteChange[]>;
  /** The bookkeeping after the apply. */
  entries: MarkEntry[];
  /** Before/after of every touched cell, for undo. */
  snaps: CellSnap[];
}

export function planMarks(
  cells: readonly LookedCell[],
  newMarks: NewMarks,
  oldMarks: readonly MarkEntry[],
  markSheets: ReadonlySet<string>,
  caps: Capabilities,
): MarksPlan {
  const oldByKey = new Map(oldMarks.map((e) => [markKey(e.sheet, e.row, e.col), e]));
  const plan: MarksPlan = {
    fills: new Map(),
    notes: new Map(),
    entries: oldMarks.filter((e) => !markSheets.has(e.sheet)),
    snaps: [],
  };
  for (const c of cells) {
    const k = markKey(c.sheet, c.row, c.col);
    const fillNow = readFill(c.fill.color, caps.rangeAreas ? c.fill.pattern : undefined);
    const noteNow = c.note ? (c.note.isNullObject ? null : c.note.content) : undefined;
    const old = oldByKey.get(k);
    const original = old?.byFileHost
      ? fileHostOriginal(old, fillNow, noteNow ?? null, c.note && !c.note.isNullObject ? c.note.authorName : null)
      : { fill: old ? old.fill : fillNow, note: old ? old.note : (noteNow ?? null) };
    const mark = newMarks.get(k)?.mark;
    const fillTo = mark ? MARK_FILL[mark.severity] : original.fill;
    const noteTo = mark ? mark.note : original.note;
    if (mark) plan.entries.push({ sheet: c.sheet, row: c.row, col: c.col, fill: original.fill, note: original.note });
    const snap: CellSnap = { sheet: c.sheet, row: c.row, col: c.col, fill: fillNow, fillAfter: fillTo };
    if (fillTo !== fillNow) push(plan.fills, c.sheet, { row: c.row, col: c.col, fill: fillTo });
    if (noteNow !== undefined) {
      snap.note = noteNow;
      snap.noteAfter = noteTo;
      if (noteTo !== noteNow) push(plan.notes, c.sheet, { row: c.row, col: c.col, from: noteNow, to: noteTo });
    }
    plan.snaps.push(snap);
  }
  return plan;
}

/**
 * A cell the file host marked: what is recognisably its mark (a mark colour, a note it signed) goes
 * back to what it recorded (none when a 4-column row did not say); what the clerk changed since stays.
 */
function fileHostOriginal(
  old: MarkEntry,
  fill: string | null,
  note: string | null,
  author: string | null,
): { fill: string | null; note: string | null } {
  const markColours: (string | null)[] = Object.values(MARK_FILL);
  return {
    fill: markColours.includes(fill) ? old.fill : fill,
    note: author === FILE_HOST_NOTE_AUTHOR ? old.note : note,
  };
}

function push<T>(map: Map<string, T[]>, key: string, v: T): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/**
 * Putting back what an apply changed (撤销上次操作, and the roll-back of a failed apply): number
 * formats then formulas of the written blocks, fills and notes of the marked cells, the marks
 * bookkeeping, the owned sheets' content, and deleting the sheets the apply created.
 * First a look (protection, which sheets and notes exist now), then the writes.
 */
import { UserError } from "../port";
import type { Capabilities } from "./capabilities";
import type { XlContext, XlNote, XlProtection, XlWorksheet } from "./om";
import { CALL_BYTES, SyncBatcher } from "./budget";
import { a1 } from "../../core/grid";
import { jsonBytes, TEXT_FORMAT } from "./values";
import { paintFills, writeNotes, type FillChange, type NoteChange } from "./paint";
import { writeRows } from "./owned";
import { MARKS_HEADER, MARKS_SHEET, marksToRows, resetMarksSheet } from "./marks-store";
import type { ExcelSnapshot } from "./snapshot";

export async function restoreSnapshot(ctx: XlContext, caps: Capabilities, snap: ExcelSnapshot): Promise<number> {
  const sheets = ctx.workbook.worksheets;
  let syncs = 0;
  // Proxies from a refused batch are not valid: after a retry, sheets are looked up again.
  const wsCache = new Map<string, XlWorksheet>();
  function ws(name: string): XlWorksheet {
    let w = wsCache.get(name);
    if (!w) wsCache.set(name, (w = sheets.getItem(name)));
    return w;
  }
  const look = new SyncBatcher(ctx, { onSynced: () => syncs++, onRetry: () => wsCache.clear() });

  // Which of the involved sheets still exist, and whether they are protected.
  const names = new Set<string>([
    ...snap.blocks.map((b) => b.sheet),
    ...snap.cells.map((c) => c.sheet),
    ...snap.owned.map((o) => o.name),
    ...snap.created,
    ...(snap.marks ? [MARKS_SHEET] : []),
  ]);
  const found = new Map<string, { ws: XlWorksheet; protection: XlProtection }>();
  for (const name of names) {
    await look.add({ request: CALL_BYTES * 4, response: 60 }, () => {
      const ws = sheets.getItemOrNullObject(name);
      ws.load("name");
      // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation property, nothing loaded is read
      const protection = ws.protection;
      protection.load("protected");
      return () => found.set(name, { ws, protection });
    });
  }
  await look.flush();
  const exists = (name: string): boolean => {
    const f = found.get(name);
    return !!f && !f.ws.isNullObject;
  };
  for (const name of names) {
    if (snap.created.includes(name)) continue;
    if (!exists(name)) {
      if (name === MARKS_SHEET) continue;
      throw new UserError(`无法撤销：工作表“${name}”已被删除或改名。`, "changed");
    }
    if (found.get(name)?.protection.protected) {
      throw new UserError(
        `工作表“${name}”已设置保护，请先撤销工作表保护（审阅 → 撤销工作表保护）再撤销上次操作。`,
        "protected",
      );
    }
  }
  // Notes as they are now, so that each ends exactly as it was (add, change or delete).
  const notes: { sheet: string; row: number; col: number; note: XlNote; want: string | null }[] = [];
  for (const c of snap.cells) {
    const want = c.note;
    if (want === undefined || !caps.notes || !exists(c.sheet)) continue;
    await look.add({ request: CALL_BYTES * 3, response: 80 }, () => {
      const note = ws(c.sheet).notes.getItemOrNullObject(a1(c.row, c.col));
      note.load("content");
      return () => notes.push({ sheet: c.sheet, row: c.row, col: c.col, note, want });
    });
  }
  await look.flush();

  const write = new SyncBatcher(ctx, {
    onBatchStart: caps.suspendCalc ? () => ctx.workbook.application.suspendApiCalculationUntilNextSync() : undefined,
    onSynced: () => syncs++,
    onRetry: () => wsCache.clear(),
  });

  for (const name of snap.created) {
    if (name === MARKS_SHEET && snap.marks?.before) continue;
    if (exists(name)) await write.add({}, () => ws(name).delete());
  }
  for (const b of snap.blocks) {
    const rows = b.formulas.length;
    const cols = b.formulas[0]?.length ?? 0;
    if (rows === 0 || cols === 0) continue;
    await write.add({ request: CALL_BYTES * 3 + jsonBytes(b.formulas) + jsonBytes(b.formats) }, () => {
      const range = ws(b.sheet).getRangeByIndexes(b.row, b.col, rows, cols);
      // Formats first, so text that looks like a formula goes back in as text.
      range.numberFormat = b.formats;
      range.formulas = b.formulas;
    });
  }
  const fills = new Map<string, FillChange[]>();
  for (const c of snap.cells) {
    if (c.fill === c.fillAfter || !exists(c.sheet)) continue;
    const list = fills.get(c.sheet) ?? [];
    list.push({ row: c.row, col: c.col, fill: c.fill });
    fills.set(c.sheet, list);
  }
  for (const [sheet, changes] of fills) await paintFills(write, () => ws(sheet), changes, caps);
  const noteChanges = new Map<string, NoteChange[]>();
  for (const n of notes) {
    const now = n.note.isNullObject ? null : n.note.content;
    const list = noteChanges.get(n.sheet) ?? [];
    list.push({ row: n.row, col: n.col, from: now, to: n.want });
    noteChanges.set(n.sheet, list);
  }
  for (const [sheet, changes] of noteChanges) await writeNotes(write, () => ws(sheet), changes);

  if (snap.marks) {
    const before = snap.marks.before;
    const there = exists(MARKS_SHEET);
    if (!before) {
      if (there && !snap.created.includes(MARKS_SHEET)) await write.add({}, () => ws(MARKS_SHEET).delete());
    } else {
      await write.add({ request: CALL_BYTES * 3 }, () => {
        resetMarksSheet(there, sheets, ws, wsCache);
      });
      const rows = marksToRows(before).map((r) => r.map((v) => ({ value: v, format: TEXT_FORMAT })));
      await writeRows(write, () => ws(MARKS_SHEET), rows, MARKS_HEADER.length);
    }
  }

  for (const o of snap.owned) {
    await write.add({ request: CALL_BYTES * 4 }, () => {
      const all = ws(o.name).getRange();
      all.unmerge();
      all.clear("All");
      ws(o.name).visibility = o.hidden ? "Hidden" : "Visible";
    });
    const width = o.rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (width === 0) continue;
    const rows = o.rows.map((r) =>
      r.map((v) => ({
        value: typeof v === "boolean" ? String(v).toUpperCase() : v,
        // Owned sheets are written with text format on every text cell (owned.ts); the same here.
        format: typeof v === "string" && v !== "" ? TEXT_FORMAT : "General",
      })),
    );
    await writeRows(write, () => ws(o.name), rows, width);
  }
  await write.flush();
  return syncs;
}

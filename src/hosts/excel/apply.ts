/**
 * Applying a patch through Office.js in two phases:
 *   1. look (look.ts, no write) and verify (verify.ts): stop with a UserError if a sheet is protected
 *      or the workbook changed since it was read; keep what is there for undo;
 *   2. write: new columns, values in contiguous column blocks (number format first), fills grouped by
 *      colour, notes, the marks bookkeeping and the owned sheets, with calculation suspended.
 * Both phases pack their calls into payload-sized syncs (budget.ts). A write phase that fails is
 * rolled back from the snapshot.
 */
import type { CellValue } from "../../core/grid";
import { a1, isCellError } from "../../core/grid";
import type { Patch } from "../../core/patch";
import type { HostOptions } from "../port";
import { UserError } from "../port";
import type { Capabilities } from "./capabilities";
import type { XlContext, XlWorksheet, XlWorksheetCollection } from "./om";
import { CALL_BYTES, SyncBatcher } from "./budget";
import { cellOutput, jsonBytes, needsTextFormat, TEXT_FORMAT } from "./values";
import { MARKS_HEADER, MARKS_SHEET, marksToRows, resetMarksSheet, type MarkEntry } from "./marks-store";
import { paintFills, writeNotes } from "./paint";
import { writeOwnedSheet, writeRows } from "./owned";
import type { ReadState } from "./read";
import type { ExcelSnapshot, OwnedSnap } from "./snapshot";
import { restoreSnapshot } from "./restore";
import { writeBlocks } from "./blocks";
import { lookBeforeWrite } from "./look";
import { verifyBeforeWrite } from "./verify";
import { mergeMarks, planMarks, touchedCells } from "./marks-plan";
import { hasSheet, lastRow, updateState } from "./state-update";

export interface ApplyResult {
  snapshot: ExcelSnapshot;
  syncs: number;
}

export async function applyPatch(
  ctx: XlContext,
  caps: Capabilities,
  patch: Patch,
  state: ReadState,
  opts: HostOptions = {},
): Promise<ApplyResult> {
  const sheets = ctx.workbook.worksheets;
  const progress = (step: string, fraction: number): void => opts.onProgress?.({ step, fraction });
  let syncs = 0;

  // ---- phase 1: look and verify ----
  progress("正在检查工作表…", 0);
  const blocks = writeBlocks(patch.writes);
  const markSheets = new Set(patch.marks.map((m) => m.sheet));
  const oldMarks = state.marks ?? [];
  const newMarks = mergeMarks(patch.marks);
  const userSheets = new Set<string>([
    ...blocks.map((b) => b.sheet),
    ...markSheets,
    ...patch.newColumns.map((c) => c.sheet),
  ]);
  const ownedToWrite = patch.ownedSheets.filter((o) => !(o.ifAbsent && hasSheet(state, o.name)));
  const newColumns = patch.newColumns.map((nc) => ({
    ...nc,
    rows: Math.max(nc.headerRow + 1, lastRow(state, nc.sheet) + 1),
  }));
  const looked = await lookBeforeWrite(
    ctx,
    caps,
    {
      sheetsToCheck: [...userSheets, ...ownedToWrite.filter((o) => hasSheet(state, o.name)).map((o) => o.name)],
      sheetsToCreate: ownedToWrite.filter((o) => !hasSheet(state, o.name)).map((o) => o.name),
      blocks,
      newColumns: newColumns.map(({ sheet, col, rows }) => ({ sheet, col, rows })),
      cells: touchedCells(newMarks, oldMarks, markSheets),
      marks: patch.marks.length > 0 ? state.marks : null,
      date1904: state.date1904,
    },
    () => {
      opts.signal?.throwIfAborted();
      syncs++;
    },
  );
  verifyBeforeWrite(looked, state, oldMarks);

  // ---- the snapshot for undo, and the marks ----
  const snapshot: ExcelSnapshot = { kind: "excel-host", blocks: [], cells: [], marks: null, created: [], owned: [] };
  for (const { block, range } of looked.blocks) {
    snapshot.blocks.push({
      sheet: block.sheet,
      row: block.row,
      col: block.col,
      formulas: range.formulas,
      formats: range.numberFormat,
    });
  }
  for (const nc of looked.newColumns) {
    snapshot.blocks.push({
      sheet: nc.sheet,
      row: 0,
      col: nc.col,
      formulas: nc.range.formulas,
      formats: nc.range.numberFormat,
    });
  }
  const { fills, notes, entries, snaps } = planMarks(looked.cells, newMarks, oldMarks, markSheets, caps);
  snapshot.cells = snaps;
  const grid = new Map(state.grid.sheets.map((s) => [s.name, s]));
  for (const o of ownedToWrite) {
    const prev = grid.get(o.name);
    if (prev) snapshot.owned.push(ownedSnap(prev.name, prev.rows, prev.hidden === true));
  }

  // Proxies from a refused batch are not valid: after a retry, sheets are looked up again.
  const wsCache = new Map<string, XlWorksheet>();
  const ws = (name: string): XlWorksheet => {
    let w = wsCache.get(name);
    if (!w) wsCache.set(name, (w = sheets.getItem(name)));
    return w;
  };

  // ---- phase 2: write ----
  progress("正在写入…", 0.3);
  let written = 0;
  const write = new SyncBatcher(ctx, {
    onBatchStart: caps.suspendCalc ? () => ctx.workbook.application.suspendApiCalculationUntilNextSync() : undefined,
    onSynced: () => {
      syncs++;
      written++;
      progress(`正在写入（第 ${written} 批）…`, Math.min(0.95, 0.3 + written * 0.15));
    },
    onRetry: () => wsCache.clear(),
  });
  try {
    for (const { rows, ...nc } of newColumns) {
      await write.add({ request: CALL_BYTES * 4 + jsonBytes(nc.header) }, () => {
        const w = ws(nc.sheet);
        if (caps.rangeAreas) {
          w.getRangeByIndexes(0, nc.col, rows, 1).copyFrom(
            `${a1(0, nc.styleFromCol)}:${a1(rows - 1, nc.styleFromCol)}`,
            "Formats",
          );
        }
        const cell = w.getRangeByIndexes(nc.headerRow, nc.col, 1, 1);
        if (needsTextFormat(nc.header)) cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[nc.header]];
      });
    }
    for (const { block, range } of looked.blocks) {
      const formats = range.numberFormat;
      const outs = block.writes.map((w, i) => cellOutput(w.value, formats[i][0], state.date1904));
      const newFormats = outs.map((o, i) => [o.format ?? formats[i][0]]);
      const formatChanged = outs.some((o, i) => o.format !== undefined && o.format !== formats[i][0]);
      const values = outs.map((o) => [o.value]);
      await write.add(
        { request: CALL_BYTES * 3 + jsonBytes(values) + (formatChanged ? jsonBytes(newFormats) : 0) },
        () => {
          const target = ws(block.sheet).getRangeByIndexes(block.row, block.col, block.writes.length, 1);
          // The format first: a value that looks like a formula or number is then stored as text.
          if (formatChanged) target.numberFormat = newFormats;
          target.values = values;
        },
      );
    }
    for (const [sheet, changes] of fills) await paintFills(write, () => ws(sheet), changes, caps);
    for (const [sheet, changes] of notes) await writeNotes(write, () => ws(sheet), changes);
    if (patch.marks.length > 0) {
      snapshot.marks = { before: state.marks, existsAfter: entries.length > 0 };
      await writeMarksSheet(write, state.marks !== null, entries, sheets, ws, wsCache, () =>
        snapshot.created.push(MARKS_SHEET),
      );
    }
    for (const o of ownedToWrite) {
      const exists = hasSheet(state, o.name);
      await write.add({ request: CALL_BYTES * 4 }, () => {
        if (exists) {
          const all = ws(o.name).getRange();
          all.unmerge();
          all.clear("All");
          return;
        }
        wsCache.set(o.name, sheets.add(o.name));
        // Recorded only once Excel confirms the add: a roll-back must never delete a sheet it did not create.
        return () => snapshot.created.push(o.name);
      });
      await writeOwnedSheet(write, () => ws(o.name), o);
    }
    // The used ranges as written, so the next command can check against them (no extra sync).
    for (const name of [...userSheets, ...ownedToWrite.map((o) => o.name)]) {
      await write.add({ response: 80 }, () => {
        const used = ws(name).getUsedRange(true);
        used.load("address,rowCount");
        // The batcher runs this after the sync that carried the load.
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        return () => state.fingerprints.set(name, { address: used.address, rows: used.rowCount });
      });
    }
    await write.flush();
  } catch (e) {
    // Something failed half-way: put back what was there, then tell the user.
    try {
      await restoreSnapshot(ctx, caps, snapshot);
    } catch {
      // The original error is the one worth showing.
    }
    if (e instanceof UserError) throw e;
    throw new UserError(
      `写入 Excel 时出错（${e instanceof Error ? e.message : String(e)}），已尽量恢复写入前的内容。请重试；如仍出错，请检查工作簿后再运行。`,
      "invalid",
    );
  }
  updateState(state, patch, entries);
  progress("写入完成", 1);
  return { snapshot, syncs };
}

/** Rewrites (or deletes, when empty) the veryHidden bookkeeping sheet. */
async function writeMarksSheet(
  batcher: SyncBatcher,
  exists: boolean,
  entries: MarkEntry[],
  sheets: XlWorksheetCollection,
  ws: (name: string) => XlWorksheet,
  wsCache: Map<string, XlWorksheet>,
  onCreated: () => void,
): Promise<void> {
  if (entries.length === 0) {
    if (exists) await batcher.add({}, () => ws(MARKS_SHEET).delete());
    return;
  }
  await batcher.add({ request: CALL_BYTES * 3 }, () =>
    resetMarksSheet(exists, sheets, ws, wsCache) ? onCreated : undefined,
  );
  const rows = marksToRows(entries).map((r) => r.map((v) => ({ value: v, format: TEXT_FORMAT })));
  await writeRows(batcher, () => ws(MARKS_SHEET), rows, MARKS_HEADER.length);
}

function ownedSnap(name: string, rows: readonly (CellValue[] | undefined)[], hidden: boolean): OwnedSnap {
  return {
    name,
    hidden,
    rows: rows.map((r) => (r ?? []).map((v) => (v === null ? "" : isCellError(v) ? v.error : v))),
  };
}

/**
 * Phase 1 of an apply, without a single write: protection and used range of every touched sheet,
 * and the current content of every cell the patch will change (values for the change check,
 * formulas/formats/fills/notes for undo). Packed into payload-sized syncs, usually one.
 */
import { a1 } from "../../core/grid";
import type { Capabilities } from "./capabilities";
import type { XlContext, XlFill, XlNote, XlProtection, XlRange, XlWorksheet } from "./om";
import { CALL_BYTES, SyncBatcher } from "./budget";
import type { WriteBlock } from "./blocks";
import { jsonBytes } from "./values";
import { MARKS_SHEET, marksToRows, type MarkEntry } from "./marks-store";
import { changedError } from "./verify";

export interface LookPlan {
  /** Sheets that exist and will be written: protection and used range are checked. */
  sheetsToCheck: string[];
  /** Owned sheets to create: they must still be absent. */
  sheetsToCreate: string[];
  blocks: WriteBlock[];
  newColumns: { sheet: string; col: number; rows: number }[];
  /** Cells to mark or unmark. */
  cells: { sheet: string; row: number; col: number }[];
  /** The bookkeeping as read, when the sheet exists and marks change. */
  marks: MarkEntry[] | null;
  /** A 1904 workbook: marked cells' formats are needed to compare dates with the read. */
  date1904: boolean;
}

export interface LookedCell {
  sheet: string;
  row: number;
  col: number;
  range: XlRange;
  fill: XlFill;
  note: XlNote | null;
}

export interface Looked {
  protection: Map<string, XlProtection>;
  used: Map<string, XlRange>;
  blocks: { block: WriteBlock; range: XlRange }[];
  cells: LookedCell[];
  newColumns: { sheet: string; col: number; rows: number; range: XlRange }[];
  marksRange: XlRange | null;
  ownedNull: Map<string, XlWorksheet>;
}

export async function lookBeforeWrite(
  ctx: XlContext,
  caps: Capabilities,
  plan: LookPlan,
  onSynced: () => void,
): Promise<Looked> {
  const sheets = ctx.workbook.worksheets;
  const cache = new Map<string, XlWorksheet>();
  const ws = (name: string): XlWorksheet => {
    let w = cache.get(name);
    if (!w) cache.set(name, (w = sheets.getItem(name)));
    return w;
  };
  const look = new SyncBatcher(ctx, { onSynced, onRetry: () => cache.clear() });
  const looked: Looked = {
    protection: new Map(),
    used: new Map(),
    blocks: [],
    cells: [],
    newColumns: [],
    marksRange: null,
    ownedNull: new Map(),
  };
  try {
    for (const name of plan.sheetsToCheck) {
      await look.add({ request: CALL_BYTES * 4, response: 80 }, () => {
        const p = ws(name).protection;
        p.load("protected");
        looked.protection.set(name, p);
        const used = ws(name).getUsedRange(true);
        used.load("address");
        looked.used.set(name, used);
      });
    }
    for (const name of plan.sheetsToCreate) {
      await look.add({ request: CALL_BYTES * 2, response: 20 }, () => {
        const w = sheets.getItemOrNullObject(name);
        w.load("name");
        looked.ownedNull.set(name, w);
      });
    }
    if (plan.marks) {
      await look.add({ request: CALL_BYTES * 3, response: jsonBytes(marksToRows(plan.marks)) + 100 }, () => {
        const r = ws(MARKS_SHEET).getUsedRange(true);
        r.load("values");
        looked.marksRange = r;
      });
    }
    for (const block of plan.blocks) {
      const prevBytes = block.writes.reduce((n, w) => n + jsonBytes(w.previous), 0);
      await look.add({ request: CALL_BYTES * 2, response: prevBytes * 2 + block.writes.length * 16 }, () => {
        const range = ws(block.sheet).getRangeByIndexes(block.row, block.col, block.writes.length, 1);
        range.load("values,formulas,numberFormat");
        return () => looked.blocks.push({ block, range });
      });
    }
    for (const nc of plan.newColumns) {
      await look.add({ request: CALL_BYTES * 2, response: nc.rows * 24 }, () => {
        const range = ws(nc.sheet).getRangeByIndexes(0, nc.col, nc.rows, 1);
        range.load("formulas,numberFormat");
        return () => looked.newColumns.push({ ...nc, range });
      });
    }
    for (const c of plan.cells) {
      await look.add({ request: CALL_BYTES * 5, response: 160 }, () => {
        const range = ws(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1);
        // eslint-disable-next-line office-addins/no-empty-load -- the property list is computed
        range.load(plan.date1904 ? "values,numberFormat" : "values");
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property, nothing loaded is read
        const fill = range.format.fill;
        fill.load(caps.rangeAreas ? "color,pattern" : "color");
        let note: XlNote | null = null;
        if (caps.notes) {
          note = ws(c.sheet).notes.getItemOrNullObject(a1(c.row, c.col));
          note.load("content,authorName");
        }
        return () => looked.cells.push({ ...c, range, fill, note });
      });
    }
    await look.flush();
  } catch (e) {
    if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound") {
      throw changedError("有工作表被删除或改名");
    }
    throw e;
  }
  return looked;
}

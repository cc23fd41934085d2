/**
 * Reading the workbook into grids with as few syncs as the payload allows:
 *   sync 1: the sheet list;
 *   sync 2: every sheet's used range, its merges and its first rows;
 *   then:   the remaining rows in chunks packed to just under the payload target, using the bytes
 *           per row measured so far; small sheets (config, report) also get formulas and formats.
 * A chunk that still overflows (rows much longer than measured) is retried smaller.
 */
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import type { HostOptions } from "../port";
import type { Capabilities } from "./capabilities";
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from "./om";
import { PAYLOAD_TARGET, isPayloadLimitError } from "./budget";
import { parseAreasAddress } from "./addresses";
import { jsonBytes, toGridValue } from "./values";
import { MARKS_SHEET, rowsToMarks, type MarkEntry } from "./marks-store";

/** Rows of every sheet read in sync 2, before anything is known about row sizes. */
export const HEAD_ROWS = 1000;
/** Sheets up to this size are "small": their formulas and number formats are read too. */
const SMALL_ROWS = 500;
const SMALL_CELLS = 20000;
/** Per-cell guess before any row has been measured. */
const GUESS_CELL_BYTES = 40;
/** A generous row size (50 columns of 40 bytes) so that the first rows of many sheets still fit one sync. */
const GUESS_ROW_BYTES = 2000;

export interface SheetFingerprint {
  /** Used range (values only) as read, e.g. `信访台账!A1:Z1003`. */
  address: string;
  rows: number;
}

export interface ReadState {
  grid: WorkbookGrid;
  /** Every sheet name, hidden ones included. */
  sheetNames: string[];
  fingerprints: Map<string, SheetFingerprint>;
  /** The marks bookkeeping; null when the workbook has no `_xinfang_marks` sheet. */
  marks: MarkEntry[] | null;
  /** The workbook counts dates from 1904 (old Mac workbooks): serials are converted both ways. */
  date1904: boolean;
  syncs: number;
}

interface Pending {
  ws: XlWorksheet;
  name: string;
  hidden: boolean;
  used: XlRange;
  head: XlRange;
  merges: XlRangeAreas | null;
}

interface Sheet {
  ws: XlWorksheet;
  name: string;
  hidden: boolean;
  address: string;
  box: CellRange;
  rows: (CellValue[] | undefined)[];
  merges: CellRange[];
  next: number;
  bytesPerRow: number;
  small: boolean;
  formats?: unknown[][];
  formulas?: unknown[][];
}

export async function readWorkbook(ctx: XlContext, caps: Capabilities, opts: HostOptions = {}): Promise<ReadState> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    opts.signal?.throwIfAborted();
    await ctx.sync();
    syncs++;
  };
  const progress = (step: string, fraction: number): void => opts.onProgress?.({ step, fraction });

  progress("正在读取工作表列表…", 0);
  const collection = ctx.workbook.worksheets;
  collection.load("items/name,items/visibility");
  const probe = probeDate1904(ctx);
  await sync();
  const date1904 = probe.value === 0;
  const sheetNames = collection.items.map((ws) => ws.name);
  const readable = collection.items.filter((ws) => ws.visibility !== "VeryHidden" || ws.name === MARKS_SHEET);

  // In a 1904 workbook the formats tell which numbers are dates, so they come with the values.
  const props = date1904 ? "values,numberFormat" : "values";
  const pending = await readHeads(readable, caps, sync, props);
  const sheets = pending.map((p) => toSheet(p, date1904));
  const totalRows = sheets.reduce((n, s) => n + s.box.r2 + 1, 0) || 1;

  // Remaining rows, packed into syncs by measured bytes per row.
  for (;;) {
    const work = sheets.filter((s) => s.next <= s.box.r2 || (s.small && !s.formats));
    if (work.length === 0) break;
    const loads: { s: Sheet; start: number; count: number; range: XlRange | null; fmt: XlRange | null }[] = [];
    let budget = PAYLOAD_TARGET;
    for (const s of work) {
      const width = s.box.c2 - s.box.c1 + 1;
      let fmt: XlRange | null = null;
      if (s.small && !s.formats) {
        const cost = (s.box.r2 - s.box.r1 + 1) * (s.bytesPerRow + width * 12);
        if (cost > budget && loads.length > 0) break;
        fmt = s.ws.getRangeByIndexes(s.box.r1, s.box.c1, s.box.r2 - s.box.r1 + 1, width);
        fmt.load("numberFormat,formulas");
        budget -= cost;
      }
      const count = Math.min(s.box.r2 + 1 - s.next, Math.max(0, Math.floor(budget / s.bytesPerRow)));
      let range: XlRange | null = null;
      if (count > 0) {
        range = s.ws.getRangeByIndexes(s.next, s.box.c1, count, width);
        // eslint-disable-next-line office-addins/no-empty-load -- the property list is computed
        range.load(props);
        budget -= count * s.bytesPerRow;
      }
      if (range || fmt) loads.push({ s, start: s.next, count: range ? count : 0, range, fmt });
      if (budget <= 0) break;
    }
    if (loads.length === 0) {
      // Not even one row fits the target: read a single row at a time (a row of ~5 MB is absurd, but no hang).
      work[0].bytesPerRow = Math.min(work[0].bytesPerRow, PAYLOAD_TARGET);
      continue;
    }
    try {
      await sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      for (const l of loads) l.s.bytesPerRow *= 2;
      continue;
    }
    for (const l of loads) {
      if (l.fmt) {
        l.s.formats = l.fmt.numberFormat;
        l.s.formulas = l.fmt.formulas;
      }
      if (l.range && l.count > 0) {
        const values = l.range.values;
        const formats = date1904 ? l.range.numberFormat : undefined;
        storeRows(l.s, l.start, values, formats, date1904);
        l.s.next = l.start + l.count;
        l.s.bytesPerRow = Math.max(l.s.bytesPerRow, (jsonBytes(values) + (formats ? jsonBytes(formats) : 0)) / l.count);
      }
    }
    const done = sheets.reduce((n, s) => n + Math.min(s.next, s.box.r2 + 1), 0);
    progress(`正在读取数据（已读 ${done} 行）…`, Math.min(1, done / totalRows));
  }

  let marks: MarkEntry[] | null = null;
  const grids: SheetGrid[] = [];
  const fingerprints = new Map<string, SheetFingerprint>();
  for (const s of sheets) {
    if (s.name === MARKS_SHEET) {
      marks = rowsToMarks(s.rows);
      continue;
    }
    grids.push(toGrid(s));
    fingerprints.set(s.name, { address: s.address, rows: s.box.r2 - s.box.r1 + 1 });
  }
  progress("读取完成", 1);
  return { grid: { sheets: grids }, sheetNames, fingerprints, marks, date1904, syncs };
}

/**
 * Office.js exposes no date-system flag, but Excel's own DATE(1904,1,1) is 0 in the 1904 system and
 * 1462 in the 1900 one. One call, no extra sync.
 */
function probeDate1904(ctx: XlContext): { readonly value: number } {
  const probe = ctx.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return probe;
}

/** Sync 2: used ranges, merges and the first rows of every sheet; without the rows if they overflow. */
async function readHeads(
  sheets: XlWorksheet[],
  caps: Capabilities,
  sync: () => Promise<void>,
  props: string,
): Promise<Pending[]> {
  // A workbook of many sheets (one per month…) gets fewer first rows per sheet.
  const headRows = Math.max(
    1,
    Math.min(HEAD_ROWS, Math.floor(PAYLOAD_TARGET / (Math.max(1, sheets.length) * GUESS_ROW_BYTES))),
  );
  for (let withHeads = true; ; withHeads = false) {
    const pending = sheets.map((ws): Pending => {
      const used = ws.getUsedRange(true);
      used.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const head = used.getIntersectionOrNullObject(`1:${withHeads ? headRows : 1}`);
      // eslint-disable-next-line office-addins/no-empty-load -- the property list is computed
      head.load(`${props},rowIndex,rowCount`);
      let merges: XlRangeAreas | null = null;
      if (caps.mergedAreas) {
        merges = used.getMergedAreasOrNullObject();
        merges.load("address");
      }
      return { ws, name: ws.name, hidden: ws.visibility !== "Visible", used, head, merges };
    });
    try {
      await sync();
      return pending;
    } catch (e) {
      if (!withHeads || !isPayloadLimitError(e)) throw e;
    }
  }
}

function toSheet(p: Pending, date1904: boolean): Sheet {
  const box: CellRange = {
    r1: p.used.rowIndex,
    c1: p.used.columnIndex,
    r2: p.used.rowIndex + p.used.rowCount - 1,
    c2: p.used.columnIndex + p.used.columnCount - 1,
  };
  const width = box.c2 - box.c1 + 1;
  const merges = p.merges && !p.merges.isNullObject ? parseAreasAddress(p.merges.address) : [];
  const s: Sheet = {
    ws: p.ws,
    name: p.name,
    hidden: p.hidden,
    address: p.used.address,
    box,
    rows: [],
    merges,
    next: box.r1,
    bytesPerRow: width * GUESS_CELL_BYTES,
    small: box.r2 - box.r1 + 1 <= SMALL_ROWS && (box.r2 - box.r1 + 1) * width <= SMALL_CELLS,
  };
  if (!p.head.isNullObject) {
    const values = p.head.values;
    storeRows(s, p.head.rowIndex, values, date1904 ? p.head.numberFormat : undefined, date1904);
    s.next = p.head.rowIndex + p.head.rowCount;
    if (values.length > 0) s.bytesPerRow = Math.max(1, jsonBytes(values) / values.length);
  }
  // An empty sheet's used range is A1 holding nothing.
  if (box.r1 === box.r2 && box.c1 === box.c2 && s.rows.every((r) => !r || r.every((v) => v === null))) s.rows = [];
  return s;
}

function storeRows(
  s: Sheet,
  start: number,
  values: unknown[][],
  formats: unknown[][] | undefined,
  date1904: boolean,
): void {
  const c0 = s.box.c1;
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const fmt = formats?.[i];
    const row: CellValue[] = new Array<CellValue>(c0 + src.length);
    for (let c = 0; c < c0; c++) row[c] = null;
    let any = false;
    for (let j = 0; j < src.length; j++) {
      const v = toGridValue(src[j], fmt?.[j], date1904);
      row[c0 + j] = v;
      if (v !== null) any = true;
    }
    s.rows[start + i] = any ? row : undefined;
  }
}

function toGrid(s: Sheet): SheetGrid {
  const grid: SheetGrid = { name: s.name, rows: s.rows, merges: s.merges };
  if (s.hidden) grid.hidden = true;
  const { r1, c1 } = s.box;
  const formats = s.formats;
  const formulas = s.formulas;
  if (formats) {
    grid.formatAt = (row, col) => {
      const f = formats[row - r1]?.[col - c1];
      return typeof f === "string" && f !== "General" ? f : undefined;
    };
  }
  if (formulas) {
    grid.formulaAt = (row, col) => {
      const f = formulas[row - r1]?.[col - c1];
      // Text that merely starts with `=` in a text-formatted cell is not a formula.
      if (typeof f !== "string" || !f.startsWith("=") || formats?.[row - r1]?.[col - c1] === "@") return undefined;
      return f.slice(1);
    };
  }
  return grid;
}

/**
 * What apply needs when nothing was read in this session (e.g. right after an undo): sheet names
 * and the marks bookkeeping. Without a grid, apply checks written cells against the patch's own
 * `previous` values only.
 */
export async function readMinimalState(ctx: XlContext): Promise<ReadState> {
  const collection = ctx.workbook.worksheets;
  collection.load("items/name");
  const marksSheet = collection.getItemOrNullObject(MARKS_SHEET);
  marksSheet.load("name");
  const probe = probeDate1904(ctx);
  await ctx.sync();
  let syncs = 1;
  let marks: MarkEntry[] | null = null;
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above
  if (!marksSheet.isNullObject) {
    const used = marksSheet.getUsedRange(true);
    used.load("values");
    await ctx.sync();
    syncs++;
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced just above
    marks = rowsToMarks(used.values);
  }
  return {
    grid: { sheets: [] },
    sheetNames: collection.items.map((w) => w.name),
    fingerprints: new Map(),
    marks,
    date1904: probe.value === 0,
    syncs,
  };
}

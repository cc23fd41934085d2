/**
 * A test double of the Excel object model that behaves like Excel where it matters for the host:
 * - proxies: reading a property before `load(...)` + `context.sync()` throws PropertyNotLoaded;
 * - every call is queued and runs in order at `sync()`; the first failing call aborts the batch;
 * - `sync` calls and request/response payload bytes are counted, and a request or response over
 *   the limit (5 MB, Excel on the web) throws like RichApi.Error, running nothing;
 * - a protected sheet refuses writes; strings written into non-text cells are coerced like typed
 *   input (`=SUM(A1)` becomes a formula, `0123` a number);
 * - features above the configured ExcelApi version throw ApiNotFound.
 * office-addin-mock is too lenient for this (no collections, errors as strings).
 */
import type {
  RunFn,
  RunOptions,
  XlBorders,
  XlContext,
  XlFill,
  XlFont,
  XlFreezePanes,
  XlFunctionResult,
  XlHyperlink,
  XlNote,
  XlNoteCollection,
  XlProtection,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../../src/hosts/excel/om";
import { columnIndex, columnLetters, type CellRange } from "../../../src/core/grid";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Request bytes of one queued call besides its arguments (object path, method name). */
const OP_BYTES = 40;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Raw = string | number | boolean;

const key = (r: number, c: number): number => r * MAX_COLS + c;

/** A worksheet's state. Rows and columns are 0-based and absolute. */
export class FakeSheet {
  visibility = "Visible";
  protected = false;
  values: Raw[][] = [];
  readonly formulas = new Map<number, string>();
  readonly formats = new Map<number, string>();
  readonly fills = new Map<number, string>();
  readonly notes = new Map<number, string>();
  /** Authors of notes not written through the API (the API writes as the current user). */
  readonly noteAuthors = new Map<number, string>();
  readonly links = new Map<number, string>();
  readonly bold = new Set<number>();
  merges: CellRange[] = [];
  /** Write calls that reached this sheet (a refused write does not count). */
  writeOps = 0;

  constructor(public name: string) {}

  value(r: number, c: number): Raw {
    return this.values[r]?.[c] ?? "";
  }
  setValue(r: number, c: number, v: Raw): void {
    const row = (this.values[r] ??= []);
    while (row.length < c) row.push("");
    row[c] = v;
  }
  format(r: number, c: number): string {
    return this.formats.get(key(r, c)) ?? "General";
  }
  fill(r: number, c: number): string | null {
    return this.fills.get(key(r, c)) ?? null;
  }
  note(r: number, c: number): string | null {
    return this.notes.get(key(r, c)) ?? null;
  }
  formula(r: number, c: number): string | undefined {
    return this.formulas.get(key(r, c));
  }

  /** The bounding box of cells with a value or formula (or, unless valuesOnly, a format or fill). */
  used(valuesOnly: boolean): CellRange | null {
    let r1 = Infinity,
      c1 = Infinity,
      r2 = -1,
      c2 = -1;
    const take = (r: number, c: number): void => {
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    };
    this.values.forEach((row, r) => row?.forEach((v, c) => v !== "" && take(r, c)));
    const maps = valuesOnly ? [this.formulas] : [this.formulas, this.formats, this.fills];
    for (const m of maps) for (const k of m.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export interface FakeStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  perSync: { request: number; response: number; failed?: boolean }[];
  /** Time spent inside sync running the queued calls: the double's stand-in for Excel's own work. */
  excelMs: number;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version supported: 20 means ExcelApi 1.20. */
  apiMinor?: number;
  payloadLimit?: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  apiMinor: number;
  payloadLimit: number;
  stats: FakeStats = { syncs: 0, requestBytes: 0, responseBytes: 0, perSync: [], excelMs: 0 };
  /** Options of every run, and how many were one undo group (ExcelApi 1.20). */
  readonly runs: RunOptions[] = [];
  undoGroups = 0;
  calcSuspensions = 0;
  /** The workbook counts dates from 1904 (Excel for Mac before 2011 made such workbooks). */
  date1904 = false;
  selected: { sheet: string; address: string } | null = null;

  constructor(options: FakeOptions = {}) {
    this.apiMinor = options.apiMinor ?? 20;
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  readonly run: RunFn = async (options, batch) => {
    this.runs.push(options);
    if (options.mergeUndoGroup && this.apiMinor >= 20) this.undoGroups++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    // Excel.run syncs whatever is still queued when the batch returns.
    if (ctx.pending()) await ctx.sync();
    return result;
  };

  readonly supports = (set: string, version: string): boolean =>
    set === "ExcelApi" && minorOf(version) <= this.apiMinor;

  resetStats(): void {
    this.stats = { syncs: 0, requestBytes: 0, responseBytes: 0, perSync: [], excelMs: 0 };
  }

  addSheet(name: string, rows: Raw[][] = [], options: { visibility?: string; protected?: boolean } = {}): FakeSheet {
    const sheet = new FakeSheet(name);
    sheet.values = rows.map((r) => r.slice());
    sheet.visibility = options.visibility ?? "Visible";
    sheet.protected = options.protected ?? false;
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireApi(minor: number, what: string): void {
    if (this.apiMinor < minor) throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
  }
}

function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : Infinity;
}

function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? "null", "utf8");
}

interface Op {
  bytes: number;
  /** Runs the call; returns the response bytes it adds. */
  run: () => number;
}

class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  private queue: Op[] = [];

  constructor(readonly excel: FakeExcel) {
    const app = {
      suspendApiCalculationUntilNextSync: (): void => {
        excel.requireApi(6, "suspendApiCalculationUntilNextSync");
        this.enqueue(0, () => {
          excel.calcSuspensions++;
          return 0;
        });
      },
    };
    const functions = {
      date: (year: number, month: number, day: number): XlFunctionResult =>
        new (class extends Proxy implements XlFunctionResult {
          get value(): number {
            return this.need("value");
          }
          load(props: string): unknown {
            this.queueLoad(props, () => {
              const serial = Math.round(Date.UTC(year, month - 1, day) / 86400000) + 25569;
              return excel.date1904 ? serial - 1462 : serial;
            });
            return this;
          }
        })(this),
    };
    this.workbook = { worksheets: new FakeWorksheets(this), application: app, functions };
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(argBytes: number, run: () => number): void {
    this.queue.push({ bytes: OP_BYTES + argBytes, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.excel.stats;
    stats.syncs++;
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    stats.requestBytes += request;
    const record: { request: number; response: number; failed?: boolean } = { request, response: 0 };
    stats.perSync.push(record);
    if (request > this.excel.payloadLimit) {
      record.failed = true;
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let response = 0;
    const t0 = performance.now();
    try {
      for (const op of ops) response += op.run();
    } catch (e) {
      record.failed = true;
      throw e;
    } finally {
      stats.excelMs += performance.now() - t0;
    }
    record.response = response;
    stats.responseBytes += response;
    if (response > this.excel.payloadLimit) {
      record.failed = true;
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    await Promise.resolve();
  }
}

/** Base of every proxy: loaded properties, readable only after load + sync. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected need<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a load; `read` computes a property at sync time. */
  protected queueLoad(props: string, read: (prop: string) => unknown): void {
    const names = props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue(bytesOf(props), () => {
      let bytes = 0;
      for (const name of names) {
        const v = read(name);
        this.loaded.set(name, v);
        bytes += bytesOf(v) + name.length + 4;
      }
      return bytes;
    });
  }
}

class FakeWorksheets extends Proxy implements XlWorksheetCollection {
  get items(): XlWorksheet[] {
    return this.need<XlWorksheet[]>("items");
  }

  load(props: string): unknown {
    const fields = props
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter(Boolean);
    this.ctx.enqueue(bytesOf(props), () => {
      const items = this.ctx.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, "none");
        ws.preload(fields);
        return ws;
      });
      this.loaded.set("items", items);
      return bytesOf(items.map((w) => w.json(fields)));
    });
    return this;
  }

  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.findSheet(name) ?? null, "require", name);
  }

  getItemOrNullObject(name: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.findSheet(name) ?? null, "orNull", name);
  }

  add(name?: string): XlWorksheet {
    const excel = this.ctx.excel;
    const finalName = name ?? `Sheet${excel.sheets.length + 1}`;
    let created: FakeSheet | null = null;
    this.ctx.enqueue(bytesOf(finalName), () => {
      if (excel.findSheet(finalName)) throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${finalName} exists.`);
      created = excel.addSheet(finalName);
      return 0;
    });
    return new FakeWorksheet(this.ctx, () => created, "require", finalName);
  }
}

class FakeWorksheet extends Proxy implements XlWorksheet {
  private resolved: FakeSheet | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeSheet | null,
    track: "none" | "require" | "orNull",
    private readonly label = "",
  ) {
    super(ctx);
    // Like Excel, the item is looked up where it is named in the batch; getItem on a missing sheet fails the sync.
    if (track === "require") ctx.enqueue(bytesOf(label), () => (this.sheet(), 0));
    if (track === "orNull")
      ctx.enqueue(bytesOf(label), () => (this.loaded.set("isNullObject", !this.sheetOrNull()), 8));
  }

  /** The sheet at sync time; getItem on a missing sheet fails the batch like Excel. */
  sheet(): FakeSheet {
    if (this.resolved === undefined) this.resolved = this.find();
    if (!this.resolved) throw new FakeOfficeError("ItemNotFound", `The worksheet '${this.label}' does not exist.`);
    return this.resolved;
  }

  sheetOrNull(): FakeSheet | null {
    if (this.resolved === undefined) this.resolved = this.find();
    return this.resolved;
  }

  preload(fields: string[]): void {
    for (const f of fields) this.loaded.set(f, this.read(f));
  }

  json(fields: string[]): Record<string, unknown> {
    return Object.fromEntries(fields.map((f) => [f, this.loaded.get(f)]));
  }

  private read(prop: string): unknown {
    const s = this.sheetOrNull();
    // Loading from a null object is allowed; its properties read as null.
    if (!s) return null;
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    throw new FakeOfficeError("InvalidArgument", `Unknown property ${prop}`);
  }

  get name(): string {
    return this.need("name");
  }
  set name(v: string) {
    this.ctx.enqueue(bytesOf(v), () => {
      this.sheet().name = v;
      return 0;
    });
  }
  get visibility(): string {
    return this.need("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(bytesOf(v), () => {
      this.sheet().visibility = v;
      return 0;
    });
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }

  load(props: string): unknown {
    this.queueLoad(props, (p) => this.read(p));
    return this;
  }

  get protection(): XlProtection {
    const ws = this;
    const proxy = new (class extends Proxy implements XlProtection {
      get protected(): boolean {
        return this.need("protected");
      }
      load(props: string): unknown {
        this.queueLoad(props, () => ws.sheetOrNull()?.protected ?? null);
        return this;
      }
    })(this.ctx);
    return proxy;
  }

  get notes(): XlNoteCollection {
    this.ctx.excel.requireApi(18, "Worksheet.notes");
    return new FakeNotes(this.ctx, this);
  }

  get freezePanes(): XlFreezePanes {
    return {
      freezeRows: (count?: number): void => this.ctx.enqueue(8, () => (this.sheet(), 0 * (count ?? 0))),
    };
  }

  getRange(address?: string): XlRange {
    return new FakeRange(this.ctx, this, () => (address ? parseAddress(address) : wholeSheet()));
  }

  getRangeByIndexes(r: number, c: number, rows: number, cols: number): XlRange {
    return new FakeRange(this.ctx, this, () => ({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }));
  }

  getRanges(address?: string): XlRangeAreas {
    this.ctx.excel.requireApi(9, "Worksheet.getRanges");
    const rects = address ? address.split(/[,;]/).map((a) => parseAddress(a.trim())) : [wholeSheet()];
    return new FakeRangeAreas(this.ctx, this, () => rects, bytesOf(address ?? ""));
  }

  getUsedRange(valuesOnly?: boolean): XlRange {
    return new FakeRange(
      this.ctx,
      this,
      () => this.sheet().used(valuesOnly ?? false) ?? { r1: 0, c1: 0, r2: 0, c2: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, this, () => this.sheet().used(valuesOnly ?? false), true);
  }

  activate(): void {
    this.ctx.enqueue(0, () => (this.sheet(), 0));
  }

  delete(): void {
    this.ctx.enqueue(0, () => {
      const s = this.sheet();
      const list = this.ctx.excel.sheets;
      const at = list.indexOf(s);
      if (at < 0) throw new FakeOfficeError("ItemNotFound", `The worksheet '${s.name}' does not exist.`);
      list.splice(at, 1);
      return 0;
    });
  }
}

function wholeSheet(): CellRange {
  return { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 };
}

/** `A1`, `B2:D9`, `$A$1`, `Sheet!A1:B2`, `A:C`, `3:5` → 0-based rectangle. */
export function parseAddress(address: string): CellRange {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").split(":");
  const part = (s: string): { r?: number; c?: number } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s.trim());
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const p = part(a);
  const q = part(b);
  return {
    r1: p.r ?? 0,
    c1: p.c ?? 0,
    r2: q.r ?? MAX_ROWS - 1,
    c2: q.c ?? MAX_COLS - 1,
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(sheet: string, r: CellRange): string {
  const tl = columnLetters(r.c1) + (r.r1 + 1);
  const br = columnLetters(r.c2) + (r.r2 + 1);
  return `${quoteSheet(sheet)}!${tl === br ? tl : `${tl}:${br}`}`;
}

function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
  return r.r1 > r.r2 || r.c1 > r.c2 ? null : r;
}

/** Like typing into a cell: formula prefixes become formulas and numeric text a number, unless the cell is text. */
function coerce(v: unknown, format: string): { value: Raw; formula?: string } {
  if (typeof v !== "string") return { value: v === null || v === undefined ? "" : (v as Raw) };
  if (format === "@" || v === "") return { value: v };
  if (/^-?\d+(\.\d+)?$/.test(v.trim())) return { value: Number(v) };
  if (/^[=+\-@]./.test(v)) return { value: "#NAME?", formula: v.startsWith("=") ? v : `=${v}` };
  if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === "true" };
  return { value: v };
}

type CellFn = (s: FakeSheet, r: number, c: number, i: number, j: number) => void;

class FakeRange extends Proxy implements XlRange {
  private rect: CellRange | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly locate: () => CellRange | null,
    private readonly orNull = false,
  ) {
    super(ctx);
    // Excel resolves a range where it is created in the batch (a used range is the one of that moment).
    ctx.enqueue(16, () => {
      this.resolve();
      if (orNull) this.loaded.set("isNullObject", this.rect === null);
      return orNull ? 8 : 0;
    });
  }

  private resolve(): CellRange | null {
    if (this.rect === undefined) this.rect = this.locate();
    return this.rect;
  }

  /** The rectangle at sync time; fails like Excel on a null range. */
  box(): CellRange {
    const r = this.resolve();
    if (!r) throw new FakeOfficeError("InvalidObjectPath", "The object is a null object.");
    return r;
  }

  sheetName(): string {
    return this.ws.sheet().name;
  }

  private cells(fn: CellFn): void {
    const s = this.ws.sheet();
    const b = this.box();
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) fn(s, r, c, r - b.r1, c - b.c1);
  }

  private grid<T>(fn: (s: FakeSheet, r: number, c: number) => T): T[][] {
    const s = this.ws.sheet();
    const b = this.box();
    const out: T[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const row: T[] = [];
      for (let c = b.c1; c <= b.c2; c++) row.push(fn(s, r, c));
      out.push(row);
    }
    return out;
  }

  private read(prop: string): unknown {
    const b = this.box();
    switch (prop) {
      case "address":
        return rectAddress(this.sheetName(), b);
      case "rowIndex":
        return b.r1;
      case "columnIndex":
        return b.c1;
      case "rowCount":
        return b.r2 - b.r1 + 1;
      case "columnCount":
        return b.c2 - b.c1 + 1;
      case "values":
        return this.grid((s, r, c) => s.value(r, c));
      case "formulas":
        return this.grid((s, r, c) => s.formula(r, c) ?? s.value(r, c));
      case "numberFormat":
        return this.grid((s, r, c) => s.format(r, c));
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown property ${prop}`);
    }
  }

  load(props: string): unknown {
    // Loading from a null object is allowed; its properties stay null, as in Excel.
    this.queueLoad(props, (p) => {
      const isNull = this.resolve() === null;
      if (p === "isNullObject") return isNull;
      return isNull ? null : this.read(p);
    });
    return this;
  }

  get address(): string {
    return this.need("address");
  }
  get rowIndex(): number {
    return this.need("rowIndex");
  }
  get columnIndex(): number {
    return this.need("columnIndex");
  }
  get rowCount(): number {
    return this.need("rowCount");
  }
  get columnCount(): number {
    return this.need("columnCount");
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }
  get values(): unknown[][] {
    return this.need("values");
  }
  get formulas(): unknown[][] {
    return this.need("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.need("numberFormat");
  }

  /** A write: refused on a protected sheet, shape-checked like Excel, scalar broadcast to all cells. */
  write(arg: unknown, fn: CellFn | null, what = "write"): void {
    this.ctx.enqueue(bytesOf(arg), () => {
      const s = this.ws.sheet();
      if (s.protected) {
        throw new FakeOfficeError(
          "AccessDenied",
          `The cell or chart you're trying to change is on a protected sheet (${what}).`,
        );
      }
      if (Array.isArray(arg)) {
        const b = this.box();
        const rows = b.r2 - b.r1 + 1;
        const cols = b.c2 - b.c1 + 1;
        if (arg.length !== rows || arg.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
      }
      s.writeOps++;
      if (fn) this.cells(fn);
      return 0;
    });
  }

  set values(v: unknown[][]) {
    this.write(v, (s, r, c, i, j) => {
      const x = coerce(Array.isArray(v) ? v[i][j] : v, s.format(r, c));
      s.setValue(r, c, x.value);
      if (x.formula) s.formulas.set(key(r, c), x.formula);
      else s.formulas.delete(key(r, c));
    });
  }
  set formulas(v: unknown[][]) {
    this.write(v, (s, r, c, i, j) => {
      const raw = Array.isArray(v) ? v[i][j] : v;
      const x =
        typeof raw === "string" && raw.startsWith("=") && s.format(r, c) !== "@" ? null : coerce(raw, s.format(r, c));
      if (x) {
        s.setValue(r, c, x.value);
        if (x.formula) s.formulas.set(key(r, c), x.formula);
        else s.formulas.delete(key(r, c));
      } else {
        s.setValue(r, c, "#NAME?");
        s.formulas.set(key(r, c), raw as string);
      }
    });
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, (s, r, c, i, j) => {
      const f = String(Array.isArray(v) ? v[i][j] : v);
      if (f === "General") s.formats.delete(key(r, c));
      else s.formats.set(key(r, c), f);
    });
  }

  get format(): XlRangeFormat {
    return new FakeFormat(
      this.ctx,
      (fn) => this.write(null, fn, "format"),
      () => {
        const fills = new Set<string | null>();
        this.cells((sh, r, c) => fills.add(sh.fill(r, c)));
        return fills.size === 1 ? [...fills][0] : undefined;
      },
    );
  }

  get hyperlink(): XlHyperlink {
    throw new FakeOfficeError("PropertyNotLoaded", "hyperlink is write-only in this fake");
  }
  set hyperlink(link: XlHyperlink) {
    this.ctx.excel.requireApi(7, "Range.hyperlink");
    this.write(link, (s, r, c) => s.links.set(key(r, c), link.documentReference ?? ""));
  }

  getIntersectionOrNullObject(address: string): XlRange {
    return new FakeRange(this.ctx, this.ws, () => intersect(this.box(), parseAddress(address)), true);
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    this.ctx.excel.requireApi(13, "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      this.ws,
      () => {
        const b = this.box();
        return this.ws.sheet().merges.filter((m) => intersect(m, b));
      },
      0,
      true,
    );
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.box();
      return { r1: b.r1 + row, c1: b.c1 + column, r2: b.r1 + row, c2: b.c1 + column };
    });
  }

  merge(): void {
    this.write(null, null, "merge");
    this.ctx.enqueue(0, () => (this.ws.sheet().merges.push(this.box()), 0));
  }

  unmerge(): void {
    this.ctx.enqueue(0, () => {
      const s = this.ws.sheet();
      const b = this.box();
      s.merges = s.merges.filter((m) => !intersect(m, b));
      return 0;
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write(null, null, "clear");
    this.ctx.enqueue(0, () => {
      const s = this.ws.sheet();
      const b = this.box();
      const inside = (k: number): boolean =>
        !!intersect(
          { r1: Math.floor(k / MAX_COLS), c1: k % MAX_COLS, r2: Math.floor(k / MAX_COLS), c2: k % MAX_COLS },
          b,
        );
      if (applyTo !== "Formats") {
        for (let r = b.r1; r <= Math.min(b.r2, s.values.length - 1); r++) {
          const row = s.values[r];
          if (row) for (let c = b.c1; c <= Math.min(b.c2, row.length - 1); c++) row[c] = "";
        }
        for (const k of [...s.formulas.keys()]) if (inside(k)) s.formulas.delete(k);
        for (const k of [...s.links.keys()]) if (inside(k)) s.links.delete(k);
      }
      if (applyTo !== "Contents") {
        for (const m of [s.formats, s.fills]) for (const k of [...m.keys()]) if (inside(k)) m.delete(k);
        for (const k of [...s.bold]) if (inside(k)) s.bold.delete(k);
      }
      return 0;
    });
  }

  select(): void {
    this.ctx.enqueue(0, () => {
      const b = this.box();
      this.ctx.excel.selected = { sheet: this.sheetName(), address: rectAddress(this.sheetName(), b).split("!")[1] };
      return 0;
    });
  }

  copyFrom(sourceAddress: string, copyType?: "All" | "Formats" | "Values" | "Formulas"): void {
    this.ctx.excel.requireApi(9, "Range.copyFrom");
    this.write(sourceAddress, null, "copyFrom");
    this.ctx.enqueue(0, () => {
      const s = this.ws.sheet();
      const src = parseAddress(sourceAddress);
      const b = this.box();
      if (copyType !== "Formats") throw new FakeOfficeError("InvalidArgument", "only Formats copies are modelled");
      for (let r = b.r1; r <= b.r2; r++) {
        for (let c = b.c1; c <= b.c2; c++) {
          const sr = src.r1 + ((r - b.r1) % (src.r2 - src.r1 + 1));
          const sc = src.c1 + ((c - b.c1) % (src.c2 - src.c1 + 1));
          const f = s.formats.get(key(sr, sc));
          if (f) s.formats.set(key(r, c), f);
          const fill = s.fills.get(key(sr, sc));
          if (fill) s.fills.set(key(r, c), fill);
        }
      }
      return 0;
    });
  }
}

class FakeRangeAreas extends Proxy implements XlRangeAreas {
  private rects: CellRange[] | undefined;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    locate: () => CellRange[],
    argBytes: number,
    orNull = false,
  ) {
    super(ctx);
    ctx.enqueue(argBytes, () => {
      this.rects = locate();
      if (orNull) this.loaded.set("isNullObject", this.rects.length === 0);
      return orNull ? 8 : 0;
    });
  }

  get address(): string {
    return this.need("address");
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }

  load(props: string): unknown {
    this.queueLoad(props, (p) => {
      if (p !== "address") throw new FakeOfficeError("InvalidArgument", `Unknown property ${p}`);
      return (this.rects ?? []).map((r) => rectAddress(this.ws.sheet().name, r)).join(", ");
    });
    return this;
  }

  private each(fn: CellFn): void {
    const s = this.ws.sheet();
    for (const b of this.rects ?? []) {
      for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) fn(s, r, c, r - b.r1, c - b.c1);
    }
  }

  get format(): XlRangeFormat {
    const write = (fn: CellFn): void =>
      this.ctx.enqueue(0, () => {
        const s = this.ws.sheet();
        if (s.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
        s.writeOps++;
        this.each(fn);
        return 0;
      });
    return new FakeFormat(this.ctx, write, () => undefined);
  }
}

/** Range.format / RangeAreas.format: fill (color, pattern, clear), font, borders, column width. */
class FakeFormat implements XlRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly write: (fn: CellFn) => void,
    private readonly uniformFill: () => string | null | undefined,
  ) {}

  get fill(): XlFill {
    const fmt = this;
    const excel = this.ctx.excel;
    return new (class extends Proxy implements XlFill {
      get color(): string {
        return this.need("color");
      }
      set color(v: string) {
        fmt.write((s, r, c) => s.fills.set(key(r, c), v.toUpperCase()));
      }
      get pattern(): string {
        return this.need("pattern");
      }
      set pattern(_v: string) {
        excel.requireApi(9, "RangeFill.pattern");
      }
      clear(): void {
        fmt.write((s, r, c) => s.fills.delete(key(r, c)));
      }
      load(props: string): unknown {
        if (props.includes("pattern")) excel.requireApi(9, "RangeFill.pattern");
        this.queueLoad(props, (p) => {
          const fill = fmt.uniformFill();
          // Like Excel: no fill reads as white; mixed fills read as null.
          if (p === "color") return fill === undefined ? null : (fill ?? "#FFFFFF");
          if (p === "pattern") return fill === undefined ? null : fill === null ? "None" : "Solid";
          throw new FakeOfficeError("InvalidArgument", `Unknown property ${p}`);
        });
        return this;
      }
    })(this.ctx);
  }

  get font(): XlFont {
    const write = this.write;
    return {
      set bold(v: boolean) {
        write((s, r, c) => (v ? s.bold.add(key(r, c)) : s.bold.delete(key(r, c))));
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "font.bold is write-only in this fake");
      },
      set size(_v: number) {
        write(() => undefined);
      },
      get size(): number {
        throw new FakeOfficeError("PropertyNotLoaded", "font.size is write-only in this fake");
      },
    };
  }

  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "columnWidth is write-only in this fake");
  }
  set columnWidth(_v: number) {
    this.write(() => undefined);
  }

  get borders(): XlBorders {
    return {
      getItem: () => ({
        set style(_v: string) {},
        get style(): string {
          return "";
        },
      }),
    };
  }
}

class FakeNotes implements XlNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  add(cellAddress: string, content: string): XlNote {
    const at = parseAddress(cellAddress);
    this.ctx.enqueue(bytesOf(content) + cellAddress.length, () => {
      const s = this.ws.sheet();
      if (s.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      if (at.r1 !== at.r2 || at.c1 !== at.c2) throw new FakeOfficeError("InvalidCellAddress", "Not a single cell.");
      if (s.notes.has(key(at.r1, at.c1))) throw new FakeOfficeError("InvalidArgument", "The cell already has a note.");
      s.writeOps++;
      s.notes.set(key(at.r1, at.c1), content);
      s.noteAuthors.delete(key(at.r1, at.c1));
      return 0;
    });
    return this.item(cellAddress, false);
  }

  getItem(cellAddress: string): XlNote {
    return this.item(cellAddress, false);
  }

  getItemOrNullObject(cellAddress: string): XlNote {
    return this.item(cellAddress, true);
  }

  private item(cellAddress: string, orNull: boolean): XlNote {
    const at = parseAddress(cellAddress);
    const ctx = this.ctx;
    const ws = this.ws;
    const k = key(at.r1, at.c1);
    const note = new (class extends Proxy implements XlNote {
      get content(): string {
        return this.need("content");
      }
      set content(v: string) {
        ctx.enqueue(bytesOf(v), () => {
          const s = ws.sheet();
          if (s.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
          if (!s.notes.has(k)) throw new FakeOfficeError("ItemNotFound", "No note there.");
          s.writeOps++;
          s.notes.set(k, v);
          return 0;
        });
      }
      get isNullObject(): boolean {
        return this.need("isNullObject");
      }
      get authorName(): string {
        return this.need("authorName");
      }
      markNull(): void {
        ctx.enqueue(0, () => (this.loaded.set("isNullObject", !ws.sheet().notes.has(k)), 8));
      }
      load(props: string): unknown {
        this.queueLoad(props, (p) => {
          const s = ws.sheet();
          if (!s.notes.has(k)) return null;
          return p === "authorName" ? (s.noteAuthors.get(k) ?? "当前用户") : s.notes.get(k);
        });
        return this;
      }
      delete(): void {
        ctx.enqueue(0, () => {
          const s = ws.sheet();
          if (s.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
          if (!s.notes.delete(k)) throw new FakeOfficeError("ItemNotFound", "No note there.");
          s.noteAuthors.delete(k);
          s.writeOps++;
          return 0;
        });
      }
    })(ctx);
    if (orNull) note.markNull();
    return note;
  }
}

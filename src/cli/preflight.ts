/**
 * Will this workbook fit in Node's heap? Judged before anything is inflated, from the zip's central
 * directory (uncompressed sizes of the sheet parts) and the ledger sheet's `<dimension>` (its first
 * bytes). Running out of heap is a V8 fatal error that no code can catch: no Chinese message, just
 * a crash after minutes of work. So a workbook that cannot fit is refused up front, naming the
 * sheet and the remedies. The coefficients are measured (docs/robustness.md, "Memory pre-flight").
 */
import * as v8 from "node:v8";
import { MAX_LISTED } from "../core/check/marks";
import { UserError } from "../hosts/port";
import { inflateEntry, inflateHead, readDirectory, ZipFormatError, type ZipEntry } from "../hosts/file/zip";

/** Where the heap limit comes from; a test replaces `limit` to simulate a small machine. */
export const heap = {
  limit: (): number => v8.getHeapStatistics().heap_size_limit,
};

const MB = 1 << 20;
const utf8 = new TextDecoder("utf-8");

/**
 * What a command does with the workbook, which decides its peak heap: `read` (check without --out,
 * report, init-*: the grid and the engine's results), `mark` (check --out: also the marks, the
 * 校验结果 list and the copy), `write` (assign, report --merge: cell writes on every row, the copy).
 */
export type Work = "read" | "mark" | "write";

/**
 * Peak heap ≈ MARGIN × (BASE + PER_ROW × rows + PER_XML_BYTE × bytes of sheet XML and shared
 * strings [+ PER_LISTED × rows of the 校验结果 list, for `mark`]). Fitted on 2026-11-30 to the peaks
 * measured on generated ledgers — 25 columns at 10k/100k/300k rows and dense 3-column ones with 2
 * findings per row at 100k/300k/1M (docs/robustness.md, "Big ledgers"); every measured peak is below
 * its estimate. At Node's default 4 GB heap the 300k ledger and the dense million pass for `check`
 * with or without --out.
 */
export const ESTIMATE: Record<Work, { PER_ROW: number; PER_XML_BYTE: number; PER_LISTED: number }> = {
  read: { PER_ROW: 3_000, PER_XML_BYTE: 0, PER_LISTED: 0 },
  mark: { PER_ROW: 2_000, PER_XML_BYTE: 2.5, PER_LISTED: 4_500 },
  write: { PER_ROW: 2_000, PER_XML_BYTE: 4.5, PER_LISTED: 0 },
};
const BASE = 50 * MB;
const MARGIN = 1.15;

/** A row of a real ledger (three or more cells) takes at least this much XML; a claim of more rows is not believed. */
const MIN_ROW_BYTES = 60;
/** Bytes per row assumed when a sheet has no `<dimension>` (a typical 20–25-column ledger row). */
const TYPICAL_ROW_BYTES = 250;

export interface WorkEstimate {
  /** The sheet that dominates the work: the one named with --sheet, else the largest. */
  sheet: string;
  /** Rows of that sheet (its `<dimension>`, bounded by its size). */
  sheetRows: number;
  /** Rows of all sheets. */
  rows: number;
  /** Uncompressed bytes of all worksheet parts and the shared strings. */
  xmlBytes: number;
  /** Uncompressed bytes of that sheet's part. */
  sheetBytes: number;
  heapBytes: number;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : undefined;
}

function unescape(s: string): string {
  return s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
}

/**
 * The file host's directory reader, without its fallback to a full unzip: undefined for anything
 * unusual (the host then reports a damaged file in its own words).
 */
function directory(bytes: Uint8Array): ZipEntry[] | undefined {
  try {
    return readDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) return undefined;
    throw e;
  }
}

/** A small part's text (workbook.xml, its rels); undefined when it cannot be inflated. */
function entryText(e: ZipEntry): string | undefined {
  try {
    return utf8.decode(inflateEntry(e));
  } catch {
    return undefined;
  }
}

/** Worksheet part name → sheet name, from workbook.xml and its relationships. */
function sheetNames(entries: ZipEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  const wbEntry = entries.find((e) => /(^|\/)workbook\.xml$/.test(e.name));
  if (!wbEntry) return names;
  const dir = wbEntry.name.slice(0, wbEntry.name.lastIndexOf("/") + 1);
  const relsEntry = entries.find((e) => e.name === `${dir}_rels/workbook.xml.rels`);
  const wb = entryText(wbEntry);
  const rels = relsEntry && entryText(relsEntry);
  if (!wb || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : dir + target);
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id");
    const part = id && targets.get(id);
    if (name && part) names.set(part.replace(/[^/]+\/\.\.\//g, ""), name);
  }
  return names;
}

/** Characters of a sheet's start searched for its `<dimension>`. */
const HEAD_CHARS = 4096;

/** Rows the sheet claims in `<dimension ref="A1:Y300003"/>`, when it has one. */
function dimensionRows(e: ZipEntry): number | undefined {
  let head: string;
  try {
    head = utf8.decode(inflateHead(e, 4 * HEAD_CHARS)).slice(0, HEAD_CHARS);
  } catch {
    return undefined;
  }
  const m = /<dimension\s+ref="[A-Z]*(\d*)(?::[A-Z]+(\d+))?"/.exec(head);
  if (!m) return undefined;
  const last = Number(m[2] ?? m[1]);
  return Number.isFinite(last) && last > 0 ? last : undefined;
}

/** The estimate, or undefined when the bytes are not a zip this can read (the file host then says why). */
export function estimateWork(bytes: Uint8Array, work: Work, sheet?: string): WorkEstimate | undefined {
  const entries = directory(bytes);
  if (!entries) return undefined;
  const parts = entries.filter((e) => /(^|\/)worksheets\/[^/]+\.xml$/.test(e.name));
  if (!parts.length) return undefined;
  const names = sheetNames(entries);
  const strings = entries.filter((e) => /(^|\/)sharedStrings\.xml$/.test(e.name));
  const xmlBytes = [...parts, ...strings].reduce((n, e) => n + e.size, 0);
  const named = sheet === undefined ? undefined : parts.find((e) => names.get(e.name) === sheet);
  const main = named ?? parts.reduce((a, b) => (b.size > a.size ? b : a));
  let rows = 0;
  let sheetRows = 0;
  for (const e of parts) {
    // Small sheets (配置, 月报) are not worth inflating a prefix for.
    const claimed = e === main || e.size > 4 * MB ? dimensionRows(e) : undefined;
    const n = Math.round(
      claimed === undefined ? e.size / TYPICAL_ROW_BYTES : Math.min(claimed, e.size / MIN_ROW_BYTES),
    );
    rows += n;
    if (e === main) sheetRows = n;
  }
  // Findings are not known before loading: the list is assumed to hold 2 per row, up to MAX_LISTED.
  const listed = Math.min(MAX_LISTED, 2 * rows);
  const k = ESTIMATE[work];
  const heapBytes = MARGIN * (BASE + k.PER_ROW * rows + k.PER_XML_BYTE * xmlBytes + k.PER_LISTED * listed);
  return { sheet: names.get(main.name) ?? main.name, sheetRows, rows, xmlBytes, sheetBytes: main.size, heapBytes };
}

const gb = (n: number): string => (n / 2 ** 30).toFixed(1);

/**
 * V8's longest string. The file host decodes a sheet's XML whole; past this many bytes it is likely
 * past this many characters (shared strings keep a sheet's XML ASCII), and more memory cannot help.
 */
const MAX_STRING = 0x1fffffe8;

/** The Chinese refusal: what is too big, by how much, and the two remedies. */
export function tooBigText(
  file: string,
  w: Pick<WorkEstimate, "sheet" | "sheetRows" | "sheetBytes" | "heapBytes">,
  limit: number,
): string {
  const size = `约 ${w.sheetRows.toLocaleString("en-US")} 行`;
  const want = Math.max(8192, Math.ceil((w.heapBytes * 1.25) / MB / 1024) * 1024);
  const head =
    `文件“${file}”的工作表“${w.sheet}”太大（${size}），处理它约需 ${gb(w.heapBytes)} GB 内存，` +
    `超过了 Node.js 本次可用的 ${gb(limit)} GB，处理到一半会中断，所以没有开始。原文件未被修改。` +
    "请把台账按年度或乡镇拆分成几个文件分别处理";
  if (w.sheetBytes > MAX_STRING)
    return `${head}（这张表也超出了 Node.js 单个文本约 5.3 亿字符的上限，加大内存也无法处理）。`;
  return (
    `${head}；或给 Node.js 更多内存后重试：` +
    `node --max-old-space-size=${want} …（或先设置环境变量 NODE_OPTIONS=--max-old-space-size=${want}）。`
  );
}

/**
 * Throws a UserError (exit 2, nothing written) when the workbooks cannot fit in the heap together
 * (report --merge holds them all at once). The message names the largest.
 */
export function assertFits(inputs: readonly { file: string; bytes: Uint8Array }[], work: Work, sheet?: string): void {
  let total = 0;
  let largest: { file: string; w: WorkEstimate } | undefined;
  for (const { file, bytes } of inputs) {
    const w = estimateWork(bytes, work, sheet);
    if (!w) continue;
    total += w.heapBytes;
    if (!largest || w.heapBytes > largest.w.heapBytes) largest = { file, w };
  }
  const limit = heap.limit();
  if (largest && total > limit) {
    throw new UserError(tooBigText(largest.file, { ...largest.w, heapBytes: total }, limit), "unreadable");
  }
}

/**
 * Shared test builders for workbooks, ledgers and configs. Independent of src/core's readers so any
 * helper's tests can build realistic Chinese input without going through the code under test.
 *
 * Usage:
 *   const wb = ledgerGrid([{ 登记日期: "2023-03-01", 信访人: "殷  飞", 诉求内容: "拖欠工资" }]);
 *   const wb2 = workbook(ledgerSheet(rows, { headers: ["序号", "姓名", ...] }), configGrid({ villages: [...] }));
 */
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { dayFromIso, excelSerialFromDay, type Day } from "../../src/core/day";

/** The canonical headers of DOMAIN.md §1.2, in a typical clerk's column order. */
export const STANDARD_HEADERS: readonly string[] = [
  "序号",
  "案件编号",
  "登记日期",
  "信访人",
  "人数",
  "身份证号",
  "联系电话",
  "户籍地",
  "所属村",
  "信访形式",
  "信访层级",
  "非正常访",
  "重复信访",
  "诉求内容",
  "问题类别",
  "重点领域",
  "是否积案",
  "包案领导",
  "村级责任人",
  "责任单位",
  "工作措施",
  "化解时限",
  "是否延期",
  "办理状态",
  "办结日期",
  "化解日期",
  "满意度",
  "息诉罢访保证书",
  "回访记录",
  "备注",
];

/** The required columns only (the smallest ledger that validates). */
export const REQUIRED_HEADERS: readonly string[] = [
  "登记日期",
  "信访人",
  "信访形式",
  "信访层级",
  "诉求内容",
  "办理状态",
];

/** A data row keyed by header text (any header, including synonyms and unknown columns). */
export type RowSpec = Record<string, CellValue>;

export interface LedgerSheetOptions {
  /** Column headers in order; default: the union of STANDARD_HEADERS order and the rows' keys. */
  headers?: readonly string[];
  /** Sheet name; default 信访台账. */
  sheet?: string;
  /** Title rows above the header (e.g. `2023年孟河镇信访事项登记台账`). */
  titles?: string[];
  /** Insert `n` blank rows after the titles (before the header). */
  blankBefore?: number;
  hidden?: boolean;
  /** Rows appended raw after the data (e.g. a 合计 row). */
  trailer?: CellValue[][];
}

/** The headers to use for a set of rows: standard order first, then unknown keys as they appear. */
export function headersFor(rows: readonly RowSpec[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  const out = STANDARD_HEADERS.filter((h) => keys.has(h));
  for (const k of keys) if (!out.includes(k)) out.push(k);
  return out;
}

/** A ledger sheet: optional titles, one header row, then one row per spec (missing keys → null). */
export function ledgerSheet(rows: readonly RowSpec[], opts: LedgerSheetOptions = {}): SheetGrid {
  const headers = opts.headers ? [...opts.headers] : headersFor(rows);
  const grid: (CellValue[] | undefined)[] = [];
  for (const t of opts.titles ?? []) grid.push([t]);
  for (let i = 0; i < (opts.blankBefore ?? 0); i++) grid.push(undefined);
  grid.push([...headers]);
  for (const r of rows) grid.push(headers.map((h) => (h in r ? r[h] : null)));
  for (const t of opts.trailer ?? []) grid.push(t);
  return { name: opts.sheet ?? "信访台账", rows: grid, merges: [], hidden: opts.hidden };
}

/** A workbook with just a ledger sheet (plus optional extra sheets, e.g. configGrid()). */
export function ledgerGrid(
  rows: readonly RowSpec[],
  opts: LedgerSheetOptions = {},
  ...extra: SheetGrid[]
): WorkbookGrid {
  return { sheets: [ledgerSheet(rows, opts), ...extra] };
}

export function sheet(name: string, rows: (CellValue[] | undefined)[], merges: CellRange[] = []): SheetGrid {
  return { name, rows, merges };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** Row index (0-based) in a ledgerSheet of the i-th data row (0-based), given how many title rows. */
export function dataRow(i: number, titles = 0): number {
  return titles + 1 + i;
}

/** `2023-03-01` → Day; throws on a malformed date so typos in tests fail loudly. */
export function day(iso: string): Day {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

/** `2023-03-01` → the Excel serial a date-formatted cell holds (44986). */
export function serial(iso: string): number {
  return excelSerialFromDay(day(iso));
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Completes 17 digits with the GB 11643-1999 check character: `11010119900307651` → `110101199003076519`. */
export function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return first17 + ID_CHECK[sum % 11];
}

/** A valid 18-digit ID: region 320412 (常州市武进区), the given birth date, sequence `seq` (3 digits). */
export function makeId(birthIso: string, seq = 123, region = "320412"): string {
  return withCheck(region + birthIso.replace(/-/g, "") + String(seq).padStart(3, "0"));
}

/** Full-width digits (`２０２３`), as typed with a Chinese IME. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z\-/.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Deterministic PRNG (mulberry32) for generated fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

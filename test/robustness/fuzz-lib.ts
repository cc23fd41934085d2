/**
 * Whole-pipeline fuzzing (issue 7): random ledgers with headers drawn from the synonym tables,
 * values of every type (errors, full-width digits, long and formula-like text, control characters),
 * random merges in header and data, and formula cells. Properties:
 *
 * 1. checkWorkbook / assignWorkbook (with and without overwrite) / monthlyReport throw nothing but a
 *    UserError;
 * 2. every finding names a cell inside its sheet, and its row matches the cell;
 * 3. checking twice gives the same findings;
 * 4. every assign write lands in a new column the patch adds, or in the column of an assigned field
 *    below the header: on an empty cell (any non-empty one only with overwrite), never on a formula
 *    and never on a cell covered by a merge (Excel would hide it);
 * 5. the report writes only into its template, never over a formula or a text label;
 * 6. through the file host, marking then clearing gives back every cell's value and style index;
 * 7. through FileWorkbookHost, applying the marks and the assignment then undoing gives back the bytes.
 *
 * `runFuzz(runs)` is what `npm test` (few runs), FUZZ_RUNS and scripts/fuzz.ts (10,000) call.
 */
import fc from "fast-check";
import { assignWorkbook } from "../../src/core/assign";
import { ASSIGNED_FIELDS } from "../../src/core/assign/types";
import { checkWorkbook, clearMarksPatch, marksPatch, RESULT_SHEET } from "../../src/core/check";
import { dayFromYMD, excelSerialFromDay } from "../../src/core/day";
import { a1, type CellRange, type CellValue, parseA1, type SheetGrid, type WorkbookGrid } from "../../src/core/grid";
import { monthlyReport } from "../../src/core/report";
import { BLOCKS } from "../../src/core/config/blocks";
import { PARAMS } from "../../src/core/config/params";
import { ENUMS, FIELDS, type FieldSpec, YES_NO } from "../../src/core/schema/fields";
import { UserError } from "../../src/hosts/port";
import { FileWorkbookHost } from "../../src/hosts/file/file-host";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { STYLE, type StyleId, writeFastXlsx } from "../../scripts/lib/fast-xlsx";
import { idCheckChar } from "../fixtures/generate-ledger";
import { editParts } from "../fixtures/bad/books";
import { partText } from "../fixtures/xlsx/zip-parts";

export const TODAY = dayFromYMD(2026, 11, 23);

const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const isoOf = (d: number): string => new Date(d * 86400000).toISOString().slice(0, 10);

const day = fc.integer({ min: dayFromYMD(2018, 1, 1), max: dayFromYMD(2027, 6, 30) });
const errorValue = fc.constantFrom<CellValue>(
  { error: "#N/A" },
  { error: "#REF!" },
  { error: "#VALUE!" },
  { error: "#DIV/0!" },
  { error: "#NAME?" },
);
const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("", "　", "无", "不详", "=SUM(A1:A3)", "+86", "-", "@abc", "#N/A", "以下空白", "合计"),
  fc.constantFrom<CellValue>("\u0007控制\u0000字符", "换\n行", "１２３", -1, 0, 1e15, 2958466, true, false),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "grapheme", minLength: 300, maxLength: 600 }),
);
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  day.map((d) => excelSerialFromDay(d)),
  day.map((d) => isoOf(d)),
  day.map((d) => {
    const [y, m, dd] = isoOf(d).split("-").map(Number);
    return `${y}年${m}月${dd}日`;
  }),
  day.map((d) => fullWidth(isoOf(d).replace(/-/g, "."))),
  fc.constantFrom<CellValue>("2025.13.5", "2025-02-30", "去年腊月", "20250305", "1899-12-31", 0),
);
const name = fc
  .tuple(fc.constantFrom(..."王李张刘陈杨殷沙高周戴黄"), fc.constantFrom("飞", "栋", "建国", "彩萍", "凌云", "常荣"))
  .map(([s, g]) => (g.length === 1 ? `${s}  ${g}` : s + g));
const namesCell: fc.Arbitrary<CellValue> = fc.oneof(
  name,
  fc.array(name, { minLength: 2, maxLength: 4 }).map((n) => n.join("、")),
  fc.array(name, { minLength: 2, maxLength: 3 }).map((n) => n.join("    ")),
);
const idBody = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join(""));
const idCell: fc.Arbitrary<CellValue> = fc.oneof(
  idBody.map((b) => b + idCheckChar(b)),
  idBody.map((b) => fullWidth(b + idCheckChar(b))),
  idBody.map((b) => b + (idCheckChar(b) === "1" ? "2" : "1")),
  idBody.map((b) => Number(b.slice(0, 15))),
  fc.constantFrom<CellValue>("320411900307651", "3204111990030765xx"),
);
const phoneCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 99999999 }).map((n) => `139${String(n).padStart(8, "0")}`),
  fc.constantFrom<CellValue>("0519-86123456", "1381234", "138 1234 5678", "１３８１２３４５６７８"),
  fc.integer({ min: 13000000000, max: 19999999999 }),
);
const enumCell = (f: FieldSpec): fc.Arbitrary<CellValue> => {
  const spec = ENUMS[f.enumKey!];
  return fc.constantFrom<CellValue>(...spec.values, ...Object.keys(spec.aliases), "其他", "不清楚");
};
const yesNoCell = fc.constantFrom<CellValue>(...Object.keys(YES_NO), "未知", 1, 0, true, false);
const intCell = fc.oneof(fc.integer({ min: -2, max: 80 }), fc.constantFrom<CellValue>("３", "5人", "1.5", 2.5));
const textCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    "反映征地补偿款未足额发放",
    "要求落实退役军人待遇",
    "银河村委永宁圩80号",
    "银河村",
    "九龙村",
    "周洪春",
  ),
  junk,
);

function valueOf(f: FieldSpec): fc.Arbitrary<CellValue> {
  const typed: Record<FieldSpec["type"], fc.Arbitrary<CellValue>> = {
    integer: intCell,
    text: textCell,
    date: dateCell,
    names: namesCell,
    idList: idCell,
    phone: phoneCell,
    village: textCell,
    enum: f.enumKey ? enumCell(f) : textCell,
    yesNo: yesNoCell,
    haveNot: yesNoCell,
    person: fc.oneof(name, fc.constant<CellValue>("高  栋                      周洪春")),
  };
  // Mostly well-typed; often blank (so assignment has cells to fill); sometimes an error or junk.
  return fc.oneof(
    { weight: 7, arbitrary: typed[f.type] },
    { weight: 3, arbitrary: fc.constant<CellValue>(null) },
    { weight: 1, arbitrary: errorValue },
    { weight: 1, arbitrary: junk },
  );
}

/** Cells a 配置 block may hold: names, villages, categories, numbers, lists, junk. */
const configCell: fc.Arbitrary<CellValue> = fc.oneof(
  name,
  fc.constantFrom<CellValue>("银河村", "九龙村", "银河村委、银河", "九龙村、银河村", "高栋", "周洪春", "杨波"),
  fc.constantFrom<CellValue>(...PARAMS.map((p) => p.name), "是", "否", "留空", "100%", "5.6万", "三万"),
  fc.constantFrom<CellValue>(...ENUMS.category.values, ...ENUMS.domain.values, "宅基地", "当年"),
  fc.integer({ min: -5, max: 100000 }),
  junk,
  fc.constant<CellValue>(null),
);

/** A random 配置 sheet: blocks in random order (titles and headers from the specs), random rows. */
const configSheetArb: fc.Arbitrary<SheetGrid> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...BLOCKS),
      fc.nat(),
      fc.array(fc.array(configCell, { minLength: 1, maxLength: 7 }), { maxLength: 6 }),
    ),
    { maxLength: 5 },
  )
  .map((blocks) => {
    const rows: (CellValue[] | undefined)[] = [["信访台账助手配置"]];
    for (const [spec, pick, body] of blocks) {
      rows.push([], [spec.titles[pick % spec.titles.length]]);
      rows.push(spec.columns.map((c, i) => ((i + pick) % 5 === 4 ? (c.synonyms[0] ?? c.label) : c.label)));
      rows.push(...body);
    }
    return { name: "配置", rows, merges: [] };
  });

const ROW_LABELS = ["信访总量", "来信", "来访", "电话", "网上信访", "来镇", "到区", "进京", "集体访", "重复信访"];
const COL_LABELS = [
  "本月批次",
  "本月人次",
  "累计批次",
  "累计人次",
  "去年同期累计",
  "同比",
  "环比",
  "办结率",
  "积案总数",
];

/** A random 月报 template: column labels, row labels (duplicates and junk included), some filled cells. */
const reportSheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    cols: fc.array(fc.oneof(fc.constantFrom(...COL_LABELS), junk), { minLength: 1, maxLength: 6 }),
    rows: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...ROW_LABELS),
          fc.constantFrom(...ROW_LABELS).map((l) => `其中：${l}`),
          junk,
        ),
        fc.array(fc.oneof(fc.constant<CellValue>(null), fc.integer({ min: 0, max: 99 }), junk), { maxLength: 6 }),
      ),
      { maxLength: 10 },
    ),
    formulas: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  })
  .map((o) => {
    const rows: (CellValue[] | undefined)[] = [["XX镇信访工作月报"], ["项目", ...o.cols]];
    for (const [label, cells] of o.rows) rows.push([label, ...cells]);
    const f = new Set(o.formulas.map(([r, c]) => `${2 + (r % Math.max(1, o.rows.length))},${1 + (c % o.cols.length)}`));
    return {
      name: "月报",
      rows,
      merges: [{ r1: 0, c1: 0, r2: 0, c2: o.cols.length }],
      formulaAt: (r: number, c: number) => (f.has(`${r},${c}`) ? "SUM(B3:B4)" : undefined),
    };
  });

/** A random ledger plus what the file host needs to write it: style ids and formula cells. */
export interface FuzzCase {
  wb: WorkbookGrid;
  /** 0-based [row, col] of cells written as formulas (numbers, with `1+1` as formula text). */
  formulas: [number, number][];
  styles: StyleId[];
  month: string;
}

const STYLES: StyleId[] = [STYLE.general, STYLE.date, STYLE.text, STYLE.header];

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    fields: fc.shuffledSubarray([...FIELDS], { minLength: 1, maxLength: FIELDS.length }),
    synonymPick: fc.array(fc.nat(), { minLength: FIELDS.length, maxLength: FIELDS.length }),
    titleRows: fc.nat({ max: 2 }),
    twoRow: fc.boolean(),
    rows: fc.nat({ max: 20 }),
    extraColumn: fc.boolean(),
    extraSheet: fc.boolean(),
    config: fc.option(configSheetArb, { freq: 3 }),
    report: fc.option(reportSheetArb, { freq: 3 }),
    merges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })), {
      maxLength: 4,
    }),
    formulaPicks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    styles: fc.array(fc.constantFrom(...STYLES), { minLength: 7, maxLength: 7 }),
    month: fc
      .tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  })
  .chain((o) =>
    fc
      .array(fc.tuple(...o.fields.map((f) => valueOf(f))), { minLength: o.rows, maxLength: o.rows })
      .map((data): FuzzCase => {
        const header: CellValue[] = o.fields.map((f, i) => {
          const names = [f.label, ...f.synonyms];
          return names[o.synonymPick[i] % names.length];
        });
        // An unmapped user column at the right end (备注 is a field; 经办人签字 is not).
        if (o.extraColumn) header.push("经办人签字");
        const width = header.length;
        const rows: (CellValue[] | undefined)[] = [];
        const merges: CellRange[] = [];
        for (let t = 0; t < o.titleRows; t++) rows.push(t === 0 ? ["2026年孟河镇信访事项登记台账"] : undefined);
        if (o.titleRows > 0) merges.push({ r1: 0, c1: 0, r2: 0, c2: Math.max(0, width - 1) });
        if (o.twoRow) {
          const top = [...header];
          const bottom: CellValue[] = header.map(() => null);
          const li = o.fields.findIndex((f) => f.key === "leader");
          const vi = o.fields.findIndex((f) => f.key === "villageLead");
          if (li >= 0 && vi === li + 1) {
            top[li] = "包案领导";
            top[vi] = null;
            bottom[li] = "镇";
            bottom[vi] = "村";
            merges.push({ r1: rows.length, c1: li, r2: rows.length, c2: vi });
          }
          rows.push(top, bottom);
        } else rows.push(header);
        const first = rows.length;
        for (const r of data) rows.push(o.extraColumn ? [...r, "张敏"] : [...r]);
        // Data merges that do not overlap each other: a vertical or horizontal run from a data cell.
        const covered = new Set<string>();
        for (const [r0, c0, down, across] of o.merges) {
          if (data.length === 0) break;
          const r1 = first + (r0 % data.length);
          const c1 = c0 % width;
          const m = { r1, c1, r2: Math.min(r1 + down, rows.length - 1), c2: Math.min(c1 + across, width - 1) };
          if (m.r1 === m.r2 && m.c1 === m.c2) continue;
          const cells: string[] = [];
          for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) cells.push(`${r},${c}`);
          if (cells.some((k) => covered.has(k))) continue;
          cells.forEach((k) => covered.add(k));
          merges.push(m);
          // Excel keeps only the top-left value of a merge.
          for (let r = m.r1; r <= m.r2; r++)
            for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) rows[r]![c] = null;
        }
        // Formula cells: data cells holding a number (the cached value stays what it was).
        const formulas: [number, number][] = [];
        for (const [r0, c0] of o.formulaPicks) {
          if (data.length === 0) break;
          const r = first + (r0 % data.length);
          const c = c0 % width;
          const v = rows[r]?.[c];
          if (typeof v !== "number") rows[r]![c] = 1;
          if (!formulas.some(([fr, fc2]) => fr === r && fc2 === c)) formulas.push([r, c]);
        }
        const formulaSet = new Set(formulas.map(([r, c]) => `${r},${c}`));
        const sheet: SheetGrid = {
          name: "信访台账",
          rows,
          merges,
          formulaAt: (r, c) => (formulaSet.has(`${r},${c}`) ? "1+1" : undefined),
        };
        const sheets: SheetGrid[] = [sheet];
        if (o.extraSheet) sheets.push({ name: "说明", rows: [["填表说明"], ["序号", "姓名"]], merges: [] });
        if (o.config) sheets.push(o.config);
        if (o.report) sheets.push(o.report);
        return { wb: { sheets }, formulas, styles: o.styles, month: o.month };
      }),
  );

function widthOf(s: SheetGrid): number {
  let w = 0;
  for (const r of s.rows) if (r && r.length > w) w = r.length;
  return w;
}

function fail(what: string): never {
  throw new Error(what);
}

/** Calls `f`; a UserError (no ledger found) ends the case, anything else fails it. */
function orUserError<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/** Properties 1–5 on the grid alone. */
export function corePropertiesHold(c: FuzzCase): void {
  const { wb } = c;
  const result = orUserError(() => checkWorkbook(wb, { today: TODAY }));
  if (!result) return;
  for (const f of result.findings) {
    const sheet = wb.sheets.find((s) => s.name === f.sheet) ?? fail(`${f.code}: no sheet ${f.sheet}`);
    const at = parseA1(f.cell) ?? fail(`${f.code}: ${f.cell} is not a cell`);
    if (at.row !== f.row - 1) fail(`${f.code}: row ${f.row} but cell ${f.cell}`);
    if (at.row >= Math.max(sheet.rows.length, 1) || at.col >= Math.max(widthOf(sheet), 1))
      fail(`${f.code} at ${f.sheet}!${f.cell} lies outside the sheet`);
  }
  const again = checkWorkbook(wb, { today: TODAY });
  if (JSON.stringify(again.findings) !== JSON.stringify(result.findings)) fail("checking twice differs");

  const ledger = wb.sheets.find((s) => s.name === result.sheet)!;
  const layout = result.ledger.layout;
  const lastHeader = layout.headerRows[layout.headerRows.length - 1];
  const assignable = new Set(ASSIGNED_FIELDS.map((f) => layout.columns[f]).filter((x) => x !== undefined));
  const covered = new Set<string>();
  for (const m of ledger.merges)
    for (let r = m.r1; r <= m.r2; r++)
      for (let col = m.c1; col <= m.c2; col++) if (r !== m.r1 || col !== m.c1) covered.add(`${r},${col}`);
  for (const overwrite of [false, true]) {
    const assigned = orUserError(() => assignWorkbook(wb, { today: TODAY, overwrite }));
    if (!assigned) continue;
    const added = new Set(assigned.patch.newColumns.map((n) => n.col));
    for (const w of assigned.patch.writes) {
      const where = `${w.sheet}!R${w.row + 1}C${w.col + 1} (overwrite ${overwrite})`;
      if (w.sheet !== result.sheet) fail(`assign wrote outside the ledger: ${where}`);
      if (w.row <= lastHeader) fail(`assign wrote into the header: ${where}`);
      if (added.has(w.col)) continue;
      if (!assignable.has(w.col)) fail(`assign wrote into an unmapped or unassignable column: ${where}`);
      if (ledger.formulaAt?.(w.row, w.col) !== undefined) fail(`assign wrote over a formula: ${where}`);
      if (covered.has(`${w.row},${w.col}`)) fail(`assign wrote into a merged (hidden) cell: ${where}`);
      const v = ledger.rows[w.row]?.[w.col] ?? null;
      const empty = v === null || (typeof v === "string" && v.trim() === "");
      if (!overwrite && !empty) fail(`assign wrote over ${JSON.stringify(v)}: ${where}`);
    }
  }
  const report = orUserError(() => monthlyReport(wb, { month: c.month, today: TODAY }));
  const template = wb.sheets.find((s) => s.name === "月报");
  for (const w of report?.patch.writes ?? []) {
    const where = `${w.sheet}!R${w.row + 1}C${w.col + 1}`;
    if (!template || w.sheet !== template.name) fail(`the report wrote outside its template: ${where}`);
    if (template.formulaAt?.(w.row, w.col) !== undefined) fail(`the report wrote over a formula: ${where}`);
    const v = template.rows[w.row]?.[w.col] ?? null;
    if (typeof v === "string" && v.trim() !== "") fail(`the report wrote over the text ${JSON.stringify(v)}: ${where}`);
  }
}

/** The random ledger as an .xlsx: random style ids per column, and the formula cells as `<f>`. */
export function toXlsx(c: FuzzCase): Uint8Array {
  const bytes = writeFastXlsx(
    c.wb.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r ?? []),
      merges: s.merges.map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`),
      style: (_r: number, col: number) => c.styles[col % c.styles.length],
    })),
  );
  if (c.formulas.length === 0) return bytes;
  return editParts(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      c.formulas.reduce(
        (x, [r, col]) => x.replace(new RegExp(`(<c r="${a1(r, col)}"[^>]*>)<v>`), "$1<f>1+1</f><v>"),
        xml,
      ),
  });
}

/** Every cell of the user's sheets: value and style index, from the sheet XML as the file holds it. */
export function cellsOf(wb: XlsxWorkbook, skip: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const s of wb.grid().sheets) {
    if (skip.has(s.name) || s.name.startsWith("_xinfang")) continue;
    s.rows.forEach((row, r) =>
      row?.forEach((v, col) => {
        if (v !== null && v !== undefined) out.push(`${s.name}!${a1(r, col)}=${JSON.stringify(v)}`);
      }),
    );
    for (const m of s.merges) out.push(`${s.name}!merge ${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`);
  }
  return out.join("\n");
}

/** Style index (`s`) of every `<c>` of every worksheet part of the user's sheets. */
function styleIndexes(bytes: Uint8Array, parts: readonly string[]): string {
  const out: string[] = [];
  const files = parts.map((p) => [p, partText(bytes, p) ?? ""] as const);
  for (const [p, xml] of files) {
    for (const m of xml.matchAll(/<c\b([^>]*?)\/?>/g)) {
      const r = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
      const s = /\bs="(\d+)"/.exec(m[1])?.[1] ?? "0";
      if (r) out.push(`${p}!${r}:${s}`);
    }
  }
  return out.sort().join("\n");
}

/** Property 6: mark, clear; every value, merge and style index as before. */
export function markClearHolds(c: FuzzCase): void {
  const bytes = toXlsx(c);
  const wb = XlsxWorkbook.open(bytes, "fuzz.xlsx");
  const result = orUserError(() => checkWorkbook(wb.grid(), { today: TODAY }));
  if (!result) return;
  const skip = new Set([RESULT_SHEET]);
  const userParts = c.wb.sheets.map((_s, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const before = cellsOf(wb, skip);
  const stylesBefore = styleIndexes(bytes, userParts);
  wb.apply(marksPatch(result));
  const marked = XlsxWorkbook.open(wb.toBytes(), "marked.xlsx");
  marked.apply(
    clearMarksPatch(
      result.sheet,
      result.markedSheets.filter((s) => s !== result.sheet),
    ),
  );
  const clearedBytes = marked.toBytes();
  const cleared = XlsxWorkbook.open(clearedBytes, "cleared.xlsx");
  if (cellsOf(cleared, skip) !== before) fail("marking then clearing changed cell values or merges");
  if (styleIndexes(clearedBytes, userParts) !== stylesBefore) fail("marking then clearing changed style indexes");
}

/** Property 7: apply the assignment (and the marks) through the host, undo both: the exact bytes. */
export async function applyUndoHolds(c: FuzzCase): Promise<void> {
  const bytes = toXlsx(c);
  const host = new FileWorkbookHost(bytes, "fuzz.xlsx");
  const grid = await host.read();
  const result = orUserError(() => checkWorkbook(grid, { today: TODAY }));
  if (!result) return;
  const marks = await host.apply(marksPatch(result), "检查台账");
  const assigned = assignWorkbook(await host.read(), { today: TODAY, overwrite: false });
  const assign = await orUserErrorAsync(() => host.apply(assigned.patch, "分配"));
  if (assign) {
    const after = await host.read();
    for (const w of assigned.patch.writes) {
      const v = after.sheets.find((s) => s.name === w.sheet)?.rows[w.row]?.[w.col];
      if (v === null || v === undefined) fail(`the assignment at R${w.row + 1}C${w.col + 1} was not written`);
    }
    await host.undo(assign);
  }
  await host.undo(marks);
  const back = host.toBytes();
  if (back.length !== bytes.length || !back.every((b, i) => b === bytes[i])) fail("undo did not restore the bytes");
  const reread = XlsxWorkbook.open(back, "back.xlsx");
  if (cellsOf(reread, new Set()) !== cellsOf(XlsxWorkbook.open(bytes), new Set())) fail("undo changed cells");
}

async function orUserErrorAsync<T>(f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

export interface FuzzReport {
  runs: number;
  ms: number;
  /** The first counterexample with its error, or null when every property held. */
  failure: string | null;
}

/**
 * Runs `runs` cases of the core properties, and a tenth of that (at least 10) through the file host.
 * Seeded: the same `seed` gives the same cases.
 */
export async function runFuzz(runs: number, seed = 20261123): Promise<FuzzReport> {
  const t = Date.now();
  const report = (r: fc.RunDetails<[FuzzCase]>): string | null =>
    r.failed
      ? `${String(r.errorInstance ?? "")}\n种子 ${r.seed}，路径 ${r.counterexamplePath}\n反例：${JSON.stringify(r.counterexample)}`.slice(
          0,
          4000,
        )
      : null;
  const core = fc.check(
    fc.property(fuzzCase, (c) => corePropertiesHold(c)),
    { numRuns: runs, seed },
  );
  let failure = report(core);
  const fileRuns = Math.max(10, Math.round(runs / 10));
  if (!failure) {
    const file = fc.check(
      fc.property(fuzzCase, (c) => markClearHolds(c)),
      { numRuns: fileRuns, seed },
    );
    failure = report(file);
  }
  if (!failure) {
    const undo = await fc.check(
      fc.asyncProperty(fuzzCase, (c) => applyUndoHolds(c)),
      { numRuns: fileRuns, seed },
    );
    failure = report(undo);
  }
  return { runs: runs + 2 * fileRuns, ms: Date.now() - t, failure };
}

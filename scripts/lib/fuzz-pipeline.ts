/**
 * Properties of the whole engine on random ledgers (issue 7): random headers from the synonym
 * tables (one or two rows, title rows, merged parents), random values of every type, messy and
 * broken ones included. Shared by `npm test` (a few hundred cases) and `npm run bench` (10,000+).
 *
 * - check, assign and report never throw anything but a UserError (no ledger found);
 * - every finding's cell lies inside the sheet it names;
 * - checking twice gives the same findings;
 * - without --overwrite, every write of the assignment lands on an empty cell inside the table, or
 *   in a column the patch itself adds;
 * - through the file host: marking, then clearing the marks, gives back every cell as it was.
 */
import fc from "fast-check";
import { assignWorkbook } from "../../src/core/assign";
import { checkWorkbook, clearMarksPatch, marksPatch, RESULT_SHEET } from "../../src/core/check";
import { dayFromYMD, excelSerialFromDay } from "../../src/core/day";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/grid";
import { monthlyReport } from "../../src/core/report";
import { ENUMS, FIELDS, type FieldSpec, YES_NO } from "../../src/core/schema/fields";
import { UserError } from "../../src/hosts/port";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { idCheckChar } from "../../test/fixtures/generate-ledger";
import { writeFastXlsx } from "./fast-xlsx";

const TODAY = dayFromYMD(2026, 11, 23);
const FW = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const day = fc.integer({ min: dayFromYMD(2019, 1, 1), max: dayFromYMD(2027, 6, 30) });
const junk = fc.oneof(
  fc.constantFrom("", " ", "无", "不详", "=SUM(A1:A3)", "+86", "-", "@abc", "#N/A", "合计", "\u0007控制\u0000字符"),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 200, maxLength: 400 }),
);
const error = fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" });

const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  day.map((d) => excelSerialFromDay(d)),
  day.map((d) => {
    const x = new Date(d * 86400000);
    return `${x.getUTCFullYear()}年${x.getUTCMonth() + 1}月${x.getUTCDate()}日`;
  }),
  day.map((d) => FW(new Date(d * 86400000).toISOString().slice(0, 10))),
  fc.constantFrom("2025.13.5", "2025-02-30", "去年腊月", "20250305", "2025/3/5"),
);
const name = fc
  .tuple(fc.constantFrom(..."王李张刘陈杨殷沙高周"), fc.constantFrom("飞", "栋", "建国", "彩萍", "凌云"))
  .map(([s, g]) => (g.length === 1 ? `${s}  ${g}` : s + g));
const namesCell: fc.Arbitrary<CellValue> = fc.oneof(
  name,
  fc.array(name, { minLength: 2, maxLength: 4 }).map((n) => n.join("、")),
  fc.array(name, { minLength: 2, maxLength: 3 }).map((n) => n.join("    ")),
);
const idBody = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join(""));
const idCell: fc.Arbitrary<CellValue> = fc.oneof(
  idBody.map((b) => b + idCheckChar(b)),
  idBody.map((b) => b + (idCheckChar(b) === "1" ? "2" : "1")),
  idBody.map((b) => Number(b + "0")),
  fc.constantFrom("320411900307651", "32041119900307651", "3204111990030765xx"),
);
const phoneCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 99999999 }).map((n) => `139${String(n).padStart(8, "0")}`),
  fc.constantFrom("0519-86123456", "1381234", "138 1234 5678", "１３８１２３４５６７８"),
  fc.integer({ min: 13000000000, max: 19999999999 }),
);
const enumCell = (f: FieldSpec): fc.Arbitrary<CellValue> => {
  const spec = ENUMS[f.enumKey!];
  return fc.constantFrom<CellValue>(...spec.values, ...Object.keys(spec.aliases), "其他", "不清楚");
};
const yesNoCell = fc.constantFrom<CellValue>(...Object.keys(YES_NO), "未知", 1, 0, true, false);
const intCell = fc.oneof(fc.integer({ min: -2, max: 80 }), fc.constantFrom<CellValue>("３", "5人", "1.5", 2.5));
const textCell = fc.oneof(
  fc.constantFrom(
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
    person: fc.oneof(name, fc.constant("高  栋                      周洪春")),
  };
  // Mostly well-typed, sometimes blank, an error value or junk: the engine must take all of it.
  return fc.oneof(
    { weight: 8, arbitrary: typed[f.type] },
    { weight: 2, arbitrary: fc.constant<CellValue>(null) },
    { weight: 1, arbitrary: error },
    { weight: 1, arbitrary: junk },
  );
}

/** A random ledger sheet (and sometimes a second, distracting one). */
export const randomWorkbook: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    fields: fc.shuffledSubarray([...FIELDS], { minLength: 1, maxLength: FIELDS.length }),
    synonymPick: fc.array(fc.nat(), { minLength: FIELDS.length, maxLength: FIELDS.length }),
    titleRows: fc.nat({ max: 2 }),
    twoRow: fc.boolean(),
    rows: fc.nat({ max: 25 }),
    seed: fc.integer(),
    extraSheet: fc.boolean(),
  })
  .chain((o) =>
    fc
      .array(fc.tuple(...o.fields.map((f) => valueOf(f))), { minLength: o.rows, maxLength: o.rows })
      .map((data): WorkbookGrid => {
        const header = o.fields.map((f, i) => {
          const names = [f.label, ...f.synonyms];
          return names[o.synonymPick[i] % names.length];
        });
        const rows: (CellValue[] | undefined)[] = [];
        const merges: SheetGrid["merges"] = [];
        for (let t = 0; t < o.titleRows; t++) rows.push(t === 0 ? ["2026年孟河镇信访事项登记台账"] : undefined);
        if (o.twoRow) {
          // 包案领导 over 镇 | 村 when both people fields are there; other headers span both rows.
          const top: CellValue[] = header.map((h) => h);
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
        for (const r of data) rows.push([...r]);
        const sheets: SheetGrid[] = [{ name: "信访台账", rows, merges }];
        if (o.extraSheet) sheets.push({ name: "说明", rows: [["填表说明"], ["序号", "姓名"]], merges: [] });
        return { sheets };
      }),
  );

function width(s: SheetGrid): number {
  return s.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
}

/** Throws (with the reason) when a property does not hold for this workbook. */
export function pipelineHolds(wb: WorkbookGrid, month: string): void {
  let result: ReturnType<typeof checkWorkbook>;
  try {
    result = checkWorkbook(wb, { today: TODAY });
  } catch (e) {
    if (e instanceof UserError) return; // no ledger found: the CLI exits 2 with this message
    throw e;
  }
  for (const f of result.findings) {
    const sheet = wb.sheets.find((s) => s.name === f.sheet);
    const at = parseA1(f.cell);
    if (!sheet || !at) throw new Error(`finding ${f.code} names ${f.sheet}!${f.cell}, not a cell of the workbook`);
    if (at.row !== f.row - 1) throw new Error(`finding ${f.code}: row ${f.row} but cell ${f.cell}`);
    if (at.row >= Math.max(sheet.rows.length, 1) || at.col >= Math.max(width(sheet), 1)) {
      throw new Error(`finding ${f.code} at ${f.cell} lies outside the sheet`);
    }
  }
  const again = checkWorkbook(wb, { today: TODAY });
  if (JSON.stringify(again.findings) !== JSON.stringify(result.findings)) throw new Error("checking twice differs");
  const assigned = assignWorkbook(wb, { today: TODAY, overwrite: false });
  const added = new Set(assigned.patch.newColumns.map((c) => `${c.sheet}|${c.col}`));
  const ledger = wb.sheets.find((s) => s.name === result.sheet)!;
  for (const w of assigned.patch.writes) {
    if (added.has(`${w.sheet}|${w.col}`)) continue;
    const current = ledger.rows[w.row]?.[w.col];
    const empty = current === null || current === undefined || (typeof current === "string" && current.trim() === "");
    if (!empty) throw new Error(`assign wrote ${w.sheet}!R${w.row + 1}C${w.col + 1} over ${JSON.stringify(current)}`);
    if (w.row <= result.ledger.layout.headerRows[result.ledger.layout.headerRows.length - 1]) {
      throw new Error(`assign wrote into the header at row ${w.row + 1}`);
    }
  }
  monthlyReport(wb, { month, today: TODAY });
}

/** Cell values of the user's sheets (the add-in's own 校验结果 and hidden `_xinfang…` bookkeeping left out). */
function values(wb: WorkbookGrid, skip: string): string {
  return JSON.stringify(
    wb.sheets
      .filter((s) => s.name !== skip && !s.name.startsWith("_xinfang"))
      .map((s) => [s.name, s.rows.map((r) => (r ?? []).map((v) => v ?? null))]),
  ).replace(/(,null)+\]/g, "]");
}

/** Writes the random workbook to .xlsx, marks it, clears the marks; every cell must be as before. */
export function markClearHolds(wb: WorkbookGrid): void {
  const bytes = writeFastXlsx(wb.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r ?? []) })));
  const original = XlsxWorkbook.open(bytes, "fuzz.xlsx");
  let result: ReturnType<typeof checkWorkbook>;
  try {
    result = checkWorkbook(original.grid(), { today: TODAY });
  } catch (e) {
    if (e instanceof UserError) return;
    throw e;
  }
  const before = values(original.grid(), RESULT_SHEET);
  original.apply(marksPatch(result));
  const marked = XlsxWorkbook.open(original.toBytes(), "marked.xlsx");
  marked.apply(
    clearMarksPatch(
      result.sheet,
      result.markedSheets.filter((s) => s !== result.sheet),
    ),
  );
  const cleared = XlsxWorkbook.open(marked.toBytes(), "cleared.xlsx");
  const after = values(cleared.grid(), RESULT_SHEET);
  if (after !== before) throw new Error("marking then clearing changed cell values");
}

const months = fc
  .tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);

export const pipelineProperty = fc.property(randomWorkbook, months, (wb, month) => pipelineHolds(wb, month));
export const markClearProperty = fc.property(randomWorkbook, (wb) => markClearHolds(wb));

/** For the benchmark: runs n cases, returns the time and the first counterexample, if any. */
export function fuzzPipeline(
  numRuns: number,
  seed = 20261123,
  property: typeof pipelineProperty | typeof markClearProperty = pipelineProperty,
): { runs: number; ms: number; failure: string | null } {
  const t = Date.now();
  const r = fc.check(property as fc.IRawProperty<unknown[], false>, { numRuns, seed });
  const failure = r.failed
    ? `${String(r.errorInstance ?? "")}\n反例：${JSON.stringify(r.counterexample)}`.slice(0, 2000)
    : null;
  return { runs: r.numRuns, ms: Date.now() - t, failure };
}

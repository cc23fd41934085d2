import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/check";
import { marksPatch } from "../../../src/core/check/marks";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { parseA1 } from "../../../src/core/grid";
import { UserError } from "../../../src/hosts/port";
import { FIELDS } from "../../../src/core/schema/fields";
import { MESSAGES, message } from "../../../src/core/messages";
import type { FindingCode } from "../../../src/core/findings";
import { fillMessage } from "../../../src/core/ledger/finding";
import { SAMPLE_LEADERS, SAMPLE_VILLAGES, configGrid, day, makeId } from "../../helpers";

const HEADERS = FIELDS.flatMap((f) => [f.label, ...f.synonyms]);
const VALUES: CellValue[] = [
  "2023-03-01",
  "２０２３年３月５日",
  "2023/13/45",
  45000,
  -3,
  0,
  1e17,
  110101199003076000,
  makeId("1970-01-01", 5),
  "殷  飞",
  "高  栋                      周洪春",
  "沙凌云    黄常荣",
  "来访",
  "进京",
  "已化解",
  "办理中",
  "已办结",
  "是",
  "否",
  "有",
  "合计",
  "银河村委永宁圩80号",
  "拖欠工资",
  "",
  "   ",
  true,
  { error: "#N/A" },
  { error: "#REF!" },
  null,
];

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 60000 }) },
);

const rowArb = fc.option(fc.array(cell, { maxLength: 12 }), { nil: undefined, freq: 8 });
const merge = fc
  .record({ r1: fc.nat(6), c1: fc.nat(8), h: fc.nat(2), w: fc.nat(3) })
  .map(({ r1, c1, h, w }) => ({ r1, c1, r2: r1 + h, c2: c1 + w }));

const sheetArb = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .record({ rows: fc.array(rowArb, { maxLength: 30 }), merges: fc.array(merge, { maxLength: 3 }) })
    .map((s) => ({ name, ...s }));

/** Sheets with a real header row on top, so most runs get past locating and into the rules. */
const ledgerLike: fc.Arbitrary<SheetGrid> = fc
  .record({
    header: fc.shuffledSubarray(
      [
        "登记日期",
        "信访人",
        "信访形式",
        "信访层级",
        "诉求内容",
        "办理状态",
        "身份证号",
        "人数",
        "办结日期",
        "化解日期",
        "重复信访",
        "序号",
        "包案领导",
        "所属村",
        "是否积案",
      ],
      { minLength: 3 },
    ),
    body: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 25 }),
  })
  .map(({ header, body }) => ({ name: "信访台账", rows: [header, ...body], merges: [] }));

function inside(wb: WorkbookGrid, sheetName: string, ref: string, row: number): boolean {
  const s = wb.sheets.find((x) => x.name === sheetName);
  const at = parseA1(ref);
  if (!s || !at || at.row + 1 !== row) return false;
  const width = Math.max(1, ...s.rows.map((r) => r?.length ?? 0));
  return at.row >= 0 && at.row < s.rows.length && at.col >= 0 && at.col < width;
}

function run(wb: WorkbookGrid): void {
  let result;
  try {
    result = checkWorkbook(wb, { today: day("2023-06-30") });
  } catch (e) {
    if (e instanceof UserError) return; // no ledger: the Chinese failure, never a crash
    throw e;
  }
  for (const f of result.findings) {
    if (!inside(wb, f.sheet, f.cell, f.row)) throw new Error(`finding outside its sheet: ${JSON.stringify(f)}`);
    expect(f.message).not.toMatch(/\{\w+\}/);
  }
  expect(result.summary.total).toBe(result.findings.length);
  marksPatch(result);
}

describe("checkWorkbook on random grids", () => {
  it("never throws anything but UserError, and every finding cell is inside its sheet", () => {
    fc.assert(
      fc.property(fc.oneof(ledgerLike, sheetArb("信访台账")), sheetArb("Sheet2"), (a, b) => {
        run({ sheets: [a, b, configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES })] });
      }),
      { numRuns: 200, seed: 20231123 },
    );
  });
});

describe("compiled message templates", () => {
  it("fill exactly as message() does, with and without parameters", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(MESSAGES) as FindingCode[])),
        fc.dictionary(
          fc.constantFrom("label", "value", "other", "today", "missing", "due", "days", "x"),
          fc.oneof(fc.string(), fc.integer()),
        ),
        (code, params) => {
          expect(fillMessage(code, params)).toBe(message(code, params));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});

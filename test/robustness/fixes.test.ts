/**
 * The bugs the bad-input catalogue and the fuzzer found, each pinned at the level where it was fixed
 * (docs/robustness.md, "What was fixed").
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { assignWorkbook } from "../../src/core/assign";
import { writeJson } from "../../src/cli/io";
import { jsonPieces } from "../../src/cli/json-stream";
import { checkWorkbook, resultSheet } from "../../src/core/check";
import { MAX_LISTED } from "../../src/core/check/marks";
import { dayFromIso } from "../../src/core/day";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { maskPersonal } from "../../src/core/mask";
import { ownedSheetXml } from "../../src/hosts/file/owned-sheet";
import { Styles } from "../../src/hosts/file/styles";
import { cleanRows, HEADER } from "../cli/helpers";

const TODAY = dayFromIso("2026-11-23")!;
const col = (label: string): number => HEADER.indexOf(label);

function ledger(rows: CellValue[][], extra: Partial<SheetGrid> = {}): WorkbookGrid {
  return {
    sheets: [
      { name: "信访台账", rows: [["2026年孟河镇信访事项登记台账"], [...HEADER], ...rows], merges: [], ...extra },
    ],
  };
}

/** The clean rows with 化解时限 set to `due` (null: empty, so assignment fills it from 登记日期 + 60 days). */
function withDue(due: CellValue): CellValue[][] {
  return cleanRows().map((r) => r.map((v, c) => (c === col("化解时限") ? due : v)));
}

describe("assignment never writes a formula cell nor a cell hidden under a merge", () => {
  const N = col("化解时限");

  it("with --overwrite, a 化解时限 computed by a formula is left alone; the other rows are rewritten", () => {
    const formula = (r: number, c: number): string | undefined => (r === 2 && c === N ? "B3+60" : undefined);
    const wb = ledger(withDue("2030-01-01"), { formulaAt: formula });
    const writes = assignWorkbook(wb, { today: TODAY, overwrite: true }).patch.writes.filter((w) => w.col === N);
    expect(writes.map((w) => w.row).sort()).toEqual([3, 4]);
    // Without the formula, row 3 is rewritten too: the formula is what stops it.
    const plain = assignWorkbook(ledger(withDue("2030-01-01")), { today: TODAY, overwrite: true }).patch.writes;
    expect(
      plain
        .filter((w) => w.col === N)
        .map((w) => w.row)
        .sort(),
    ).toEqual([2, 3, 4]);
  });

  it("a blank 化解时限 merged over rows 3–5 gets one write, in its top-left cell", () => {
    const merged = ledger(withDue(null), { merges: [{ r1: 2, c1: N, r2: 4, c2: N }] });
    const rows = (wb: WorkbookGrid): number[] =>
      assignWorkbook(wb, { today: TODAY, overwrite: false })
        .patch.writes.filter((w) => w.col === N)
        .map((w) => w.row);
    expect(rows(merged)).toEqual([2]);
    expect(rows(ledger(withDue(null)))).toEqual([2, 3, 4]);
  });

  it("a blank 所属村 merged over rows 3–5: the village found in 户籍地 goes to the top-left cell only", () => {
    const H = col("所属村");
    const villages = {
      name: "配置",
      rows: [
        ["村(社区)"],
        ["村名", "别名", "村级责任人", "包村领导"],
        ["银河村", "银河村委"],
        ["九龙村", "九龙村委"],
        ["东陆村", "东陆村委"],
      ],
      merges: [],
    };
    const book = (merges: SheetGrid["merges"]): WorkbookGrid => {
      const wb = ledger(
        cleanRows().map((r) => r.map((v, c) => (c === H ? null : v))),
        { merges },
      );
      wb.sheets.push(villages);
      return wb;
    };
    const rows = (wb: WorkbookGrid): number[] =>
      assignWorkbook(wb, { today: TODAY, overwrite: false })
        .patch.writes.filter((w) => w.col === H)
        .map((w) => w.row);
    expect(rows(book([]))).toEqual([2, 3, 4]);
    expect(rows(book([{ r1: 2, c1: H, r2: 4, c2: H }]))).toEqual([2]);
  });
});

describe("merged data cells read as their top-left value", () => {
  it("登记日期 and 诉求内容 merged over a group visit's three rows: no cell.required, same date on each case", () => {
    const rows = cleanRows();
    const [B, K] = [col("登记日期"), col("诉求内容")];
    for (const r of [1, 2]) rows[r][B] = rows[r][K] = null;
    const merges = [B, K].map((c) => ({ r1: 2, c1: c, r2: 4, c2: c }));
    const r = checkWorkbook(ledger(rows, { merges }), { today: TODAY });
    expect(r.findings.filter((f) => f.code === "cell.required")).toEqual([]);
    expect(new Set(r.ledger.cases.map((c) => c.registeredOn))).toEqual(new Set([dayFromIso("2026-09-08")]));
    // The same rows without the merges: six cells 未填写.
    const bare = checkWorkbook(ledger(rows), { today: TODAY });
    expect(bare.findings.filter((f) => f.code === "cell.required")).toHaveLength(4);
  });
});

describe("row.blank: one finding per run of blank rows", () => {
  it("a single blank row and a run of 40 000 give two findings, the run with its extent", () => {
    const [a, b, c] = cleanRows();
    const rows: CellValue[][] = [a, [], b, ...Array.from({ length: 40_000 }, () => []), c];
    const blanks = checkWorkbook(ledger(rows), { today: TODAY }).findings.filter((f) => f.code === "row.blank");
    expect(blanks.map((f) => [f.cell, f.message])).toEqual([
      ["A4", "数据中间有空行，已跳过。可删除该行。"],
      ["A6", "数据中间有空行（第 6–40005 行，共 40000 行），已跳过。可删除这些行。"],
    ]);
  });

  it("以下空白 under the table ends the data like a 填表人 footer", () => {
    const rows: CellValue[][] = [...cleanRows(), [], ["以下空白"]];
    const r = checkWorkbook(ledger(rows), { today: TODAY });
    expect(r.ledger.layout.lastRow).toBe(4);
    expect(r.findings).toEqual([]);
  });
});

describe("masking leaves row numbers alone", () => {
  it("cell B1048576 and 第 6–1048575 行 stay readable; a 7-digit phone fragment is still masked", () => {
    expect(maskPersonal("B1048576 必填项为空")).toBe("B1048576 必填项为空");
    expect(maskPersonal("空行（第 6–1048575 行，共 1048570 行）")).toBe("空行（第 6–1048575 行，共 1048570 行）");
    expect(maskPersonal("电话 1381234 有误")).toBe("电话 ***1234 有误");
    expect(maskPersonal("B1381234")).toBe("B***1234");
  });
});

describe("owned sheets of any length", () => {
  it("a 校验结果 sheet of 300 000 rows is written without overflowing the stack", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [i + 1, "A3", "数据中间有空行"]);
    const xml = ownedSheetXml({ name: "校验结果", rows }, new Styles(undefined));
    expect(xml).toContain('<row r="300000"');
  });
});

describe("校验结果 within Excel's row limit and the host's memory", () => {
  it("more findings than MAX_LISTED: the list stops there and says how many are left out", () => {
    const base = checkWorkbook(ledger([...cleanRows(), [], cleanRows()[0]]), { today: TODAY });
    const one = base.findings[0];
    const findings = new Array<typeof one>(MAX_LISTED + 10).fill(one);
    const sheet = resultSheet({ ...base, findings });
    expect(MAX_LISTED).toBeLessThan(1_048_576 - 5);
    expect(sheet.rows).toHaveLength(2 + MAX_LISTED + 1 + (base.note ? 1 : 0));
    expect(sheet.rows[2 + MAX_LISTED - 1][0]).toBe(MAX_LISTED);
    expect(sheet.rows[2 + MAX_LISTED][6]).toBe(
      `另有 10 条问题未列出（本表最多列出 ${MAX_LISTED} 条）。请先改正上面的问题后重新检查，或用命令行的 --json 查看全部。`,
    );
  });
});

describe("the CLI's JSON in pieces", () => {
  it("is exactly JSON.stringify(value, null, 2) for any value (fast-check)", () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withNullPrototype: false, withBoxedValues: false, withMap: false, withSet: false }),
    );
    fc.assert(
      fc.property(value, (v) => {
        const expected = JSON.stringify(v, null, 2);
        if (expected === undefined) return;
        expect([...jsonPieces(v)].join("")).toBe(expected);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect([...jsonPieces({ a: [1, { b: "殷  飞", c: undefined }], d: [], e: {} })].join("")).toBe(
      JSON.stringify({ a: [1, { b: "殷  飞", c: undefined }], d: [], e: {} }, null, 2),
    );
  });

  it("writes a file equal to JSON.stringify, through a temporary file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xinfang-json-"));
    try {
      const finding = { row: 1048576, cell: "B1048576", message: "“登记日期”未填写。请补填。", suggestion: null };
      const value = { sheet: "信访台账", findings: new Array(20_000).fill(finding) };
      const file = path.join(dir, "结果.json");
      writeJson(file, value);
      expect(fs.readFileSync(file, "utf8")).toBe(JSON.stringify(value, null, 2) + "\n");
      expect(fs.readdirSync(dir)).toEqual(["结果.json"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Writes ~650 MB: opt-in (ROBUST_HEAVY=1), like the dense million-row ledger.
  (process.env.ROBUST_HEAVY === "1" ? it : it.skip)(
    "writes more findings than fit in one JavaScript string",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xinfang-json-"));
      try {
        const finding = { row: 1048576, cell: "B1048576", message: "x".repeat(1000) };
        const findings = new Array(600_000).fill(finding);
        expect(() => JSON.stringify({ findings }, null, 2)).toThrow(RangeError);
        const file = path.join(dir, "结果.json");
        writeJson(file, { sheet: "信访台账", findings });
        expect(fs.statSync(file).size).toBeGreaterThan(600_000 * 1000);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe("config findings stay inside the 配置 sheet", () => {
  it("a block title on the last row (no header under it): config.header on the title cell", () => {
    const wb = ledger(cleanRows());
    wb.sheets.push({
      name: "配置",
      rows: [["参数"], ["参数", "值"], ["办理时限天数", 60], [], ["分类规则"]],
      merges: [],
    });
    const f = checkWorkbook(wb, { today: TODAY }).findings.filter((x) => x.code === "config.header");
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["配置!A5"]);
    expect(f[0].message).toContain("配置块“分类规则”的表头不对");
  });
});

/**
 * Issue 7's bad-input catalogue through the real CLI (in process): for every broken or unusual
 * workbook, the Chinese message or finding, the exit code (2 only when nothing could be read), the
 * input byte-for-byte unchanged, and no partial or temporary file left in the folder.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { MAX_LISTED, MAX_MARKED } from "../../src/core/check/marks";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { cellAt, type SheetGrid } from "../../src/core/grid";
import { partText } from "../fixtures/xlsx/zip-parts";
import { bad, ledgerBook, cleanRows, MAX_CELL_CHARS, MAX_COLS, MAX_ROWS } from "../fixtures/bad/books";
import { cli, tempDir, TODAY } from "../cli/helpers";
import { longSheetLedger } from "./long-sheet";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: { findings?: { code: string; cell: string; sheet: string; message: string }[] } & Record<string, unknown>;
  out: XlsxWorkbook | null;
  outBytes: Uint8Array | null;
}

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let n = 0;
/** Runs one command on `bytes` saved as `fileName` in a fresh folder and checks what must always hold. */
function runOn(bytes: Uint8Array, fileName: string, command: string[] = ["check"]): Run {
  const dir = path.join(root, String(n++));
  fs.mkdirSync(dir);
  const input = path.join(dir, fileName);
  fs.writeFileSync(input, bytes);
  const out = path.join(dir, "结果.xlsx");
  const json = path.join(dir, "结果.json");
  const [cmd, ...flags] = command;
  const r = cli([cmd, input, "--out", out, "--json", json, "--today", TODAY, ...flags]);
  // Never a stack trace, always Chinese.
  expect(r.stderr).not.toMatch(/\n\s+at /);
  if (r.stderr) expect(r.stderr).toMatch(/^错误：/);
  // The input is untouched.
  expect(Buffer.from(fs.readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
  // Exit 2: nothing written at all; otherwise both outputs, and never a temporary file.
  const left = fs.readdirSync(dir).sort();
  expect(left).toEqual(r.code === 2 ? [fileName] : [fileName, "结果.json", "结果.xlsx"].sort());
  const outBytes = r.code === 2 ? null : new Uint8Array(fs.readFileSync(out));
  return {
    ...r,
    json: r.code === 2 ? {} : JSON.parse(fs.readFileSync(json, "utf8")),
    out: outBytes ? XlsxWorkbook.open(outBytes, "结果.xlsx") : null,
    outBytes,
  };
}

const codes = (r: Run): string[] => (r.json.findings ?? []).map((f) => `${f.code}@${f.cell}`).sort();
const sheetOf = (wb: XlsxWorkbook, name: string): SheetGrid => wb.grid().sheets.find((s) => s.name === name)!;

describe("files that cannot be read: exit 2, one Chinese line naming the file and the remedy", () => {
  it.each([
    ["not a zip (a CSV renamed .xlsx)", bad.notZip, "台账.xlsx", /“.*台账\.xlsx”不是有效的 \.xlsx 文件.*另存为 \.xlsx/],
    ["a zip that is not a workbook (a .docx renamed)", bad.zipNotWorkbook, "台账.xlsx", /不是 Excel 工作簿/],
    ["a password-protected workbook", bad.encrypted, "加密台账.xlsx", /设置了打开密码.*取消密码后另存为 \.xlsx/],
    ["an Excel 97-2003 .xls", bad.xls, "老台账.xls", /旧版 Excel 97-2003（\.xls）格式.*另存为 \.xlsx/],
    ["a workbook without any cell", bad.empty, "空白.xlsx", /找不到信访台账.*“Sheet1”.*登记日期、信访人、诉求内容/],
    ["no recognisable header", bad.noHeader, "签到表.xlsx", /找不到信访台账.*“签到表”.*表头须在前20行内/],
  ])("%s (check, assign and report alike)", (_what, build, fileName, message) => {
    for (const command of [["check"], ["assign"], ["report", "--month", "2026-11"]]) {
      const r = runOn(build(), fileName, command);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it("the real command (child process) says the same for an encrypted workbook, exit 2", () => {
    const dir = path.join(root, "child");
    fs.mkdirSync(dir);
    const file = path.join(dir, "加密台账.xlsx");
    fs.writeFileSync(file, bad.encrypted());
    const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");
    const r = spawnSync(tsx, [main, "check", file, "--out", path.join(dir, "o.xlsx")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^错误：文件“.*加密台账\.xlsx”设置了打开密码/);
    expect(fs.readdirSync(dir)).toEqual(["加密台账.xlsx"]);
  });
});

describe("readable but unusual workbooks: a clear finding or note, outputs written whole", () => {
  it("two sheets that both look like ledgers: takes the one with more columns and says which", () => {
    const r = runOn(bad.twoLedgers(), "台账.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("有 2 张工作表像信访台账（“2026年台账”17列、“2025年台账”4列），已采用“2026年台账”");
    expect(r.json.sheet).toBe("2026年台账");
    // --sheet picks the other one.
    const other = runOn(bad.twoLedgers(), "台账.xlsx", ["check", "--sheet", "2025年台账"]);
    expect(other.json.sheet).toBe("2025年台账");
  });

  it("formula errors in data (typed and cached): cell.error on each, the formula kept in the marked copy", () => {
    const r = runOn(bad.formulaErrors(), "台账.xlsx");
    expect(r.code).toBe(1);
    expect(codes(r)).toEqual(["cell.error@B4", "cell.error@C3", "cell.error@H5"]);
    expect(r.stdout).toContain("H5 公式错误值：单元格是公式错误值 #REF!，无法读取“所属村”");
    expect(sheetOf(r.out!, "信访台账").formulaAt!(4, 7)).toBe("VLOOKUP(G5,村名!A:B,2,0)");
  });

  it("dates before 1900 (text and serials 0, -1) are date.invalid, never a wrong date", () => {
    const r = runOn(bad.pre1900(), "台账.xlsx");
    expect(r.code).toBe(1);
    expect(codes(r)).toEqual(["date.invalid@B3", "date.invalid@B4", "date.invalid@B5", "date.invalid@P3"]);
    expect(r.stdout).toContain("“1899-12-31”不是有效日期");
  });

  it("a 1904-date-system workbook gives the same report as the 1900 one", () => {
    const month = ["report", "--month", "2026-10"];
    const mac = runOn(bad.date1904(), "苹果台账.xlsx", month);
    const pc = runOn(ledgerBook(cleanRows()), "台账.xlsx", month);
    expect(mac.code).toBe(0);
    expect(mac.json.metrics).toEqual(pc.json.metrics);
    expect((mac.json.metrics as Record<string, number>)["all.batches.month"]).toBe(1);
    expect(codes(runOn(bad.date1904(), "苹果台账.xlsx"))).toEqual([]);
  });

  it("a sheet claiming 1,048,576 rows with 以下空白 in the last row: three cases, quickly", () => {
    const t = Date.now();
    const r = runOn(bad.maxRowsSparse(), "台账.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("数据第 3–5 行，共 3 件");
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it("a stray name in row 1,048,576: one row.blank for the million-row gap, the stray row checked", () => {
    const r = runOn(bad.maxRowsSparse("张三"), "台账.xlsx", ["assign"]);
    expect(r.code).toBe(0);
    const checked = runOn(bad.maxRowsSparse("张三"), "台账.xlsx");
    expect(checked.code).toBe(1);
    const blank = checked.json.findings!.filter((f) => f.code === "row.blank");
    expect(blank).toHaveLength(1);
    expect(blank[0].message).toBe(
      `数据中间有空行（第 6–${MAX_ROWS - 1} 行，共 ${MAX_ROWS - 6} 行），已跳过。可删除这些行。`,
    );
    expect(checked.stdout).toContain(`B${MAX_ROWS} 必填项为空：“登记日期”未填写`);
    expect(cellAt(sheetOf(checked.out!, "信访台账"), MAX_ROWS - 1, 0)).toBe("张三");
  });

  it("16,384 columns (values in XFD): the ledger is read and the last column survives the marked copy", () => {
    const r = runOn(bad.maxCols(), "台账.xlsx", ["assign"]);
    expect(r.code).toBe(0);
    const s = sheetOf(r.out!, "信访台账");
    expect(cellAt(s, 1, MAX_COLS - 1)).toBe("备注（勿删）");
    expect(cellAt(s, 3, MAX_COLS - 1)).toBe("末列");
    // Assignment adds no column beyond XFD: every written cell is inside the sheet's limits.
    expect(s.rows.every((row) => (row?.length ?? 0) <= MAX_COLS)).toBe(true);
  });

  it("merged data cells (one group visit over three rows): every row reads the merged value", () => {
    const r = runOn(bad.mergedData(), "台账.xlsx");
    expect(r.code).toBe(0);
    expect(codes(r)).toEqual([]);
    const a = runOn(bad.mergedData(), "台账.xlsx", ["assign"]);
    const s = sheetOf(a.out!, "信访台账");
    // Nothing was written into the covered cells B4:B5, I4:I5, K4:K5.
    for (const r of [3, 4]) for (const c of [1, 8, 10]) expect(cellAt(s, r, c)).toBeNull();
  });

  it("hidden and filtered rows are still checked, and stay hidden in the marked copy", () => {
    const r = runOn(bad.hiddenRows(), "台账.xlsx");
    expect(r.code).toBe(1);
    expect(codes(r)).toEqual(["phone.invalid@F4"]);
    const xml = partText(r.outBytes!, "xl/worksheets/sheet1.xml")!;
    expect(xml).toMatch(/<row r="4"[^>]*hidden="1"/);
    expect(xml).toMatch(/<row r="5"[^>]*hidden="1"/);
    expect(xml).toContain('<autoFilter ref="A2:Q5">');
  });

  it("a cell of 32,767 characters is read, classified and kept whole", () => {
    const r = runOn(bad.longCell(), "台账.xlsx", ["assign"]);
    expect(r.code).toBe(0);
    const text = cellAt(sheetOf(r.out!, "信访台账"), 2, 10);
    expect(typeof text === "string" && text.length).toBe(MAX_CELL_CHARS);
    expect(r.stdout).not.toContain(
      "反映征地补偿款未足额发放，反映征地补偿款未足额发放，反映征地补偿款未足额发放，反映",
    );
  });

  it("control characters survive the round trip and produce valid XML", () => {
    const r = runOn(bad.controlChars(), "台账.xlsx");
    expect(r.code).toBe(0);
    const s = sheetOf(r.out!, "信访台账");
    expect(cellAt(s, 2, 2)).toBe("殷\u0007飞");
    expect(cellAt(s, 3, 10)).toBe("要求认定\u0000工龄\u000b（原村办企业）");
    expect(cellAt(s, 4, 2)).toBe("沙凌云\t黄常荣");
  });

  it("a 配置 sheet with circular aliases and contradicting entries: config findings, the first entry wins", () => {
    const r = runOn(bad.badConfig(), "台账.xlsx");
    expect(r.code).toBe(1);
    const config = codes(r).filter((c) => c.startsWith("config."));
    expect(config).toEqual([
      "config.duplicate@A17",
      "config.duplicate@A4",
      "config.duplicate@B15",
      "config.duplicate@B16",
      "config.param@B5",
      "config.reference@E10",
    ]);
    expect(r.stdout).toContain("“办理时限天数”重复出现（另见第 3 行），只采用第一次出现的设置");
    expect(r.stdout).toContain("但“村(社区)”中该村的包村领导是“周洪春”，已以“村(社区)”为准");
    expect(r.json.findings!.filter((f) => f.code.startsWith("config.")).every((f) => f.sheet === "配置")).toBe(true);
  });

  it("a 月报 template with duplicate labels: every copy filled, each duplicate named in a note", () => {
    const r = runOn(bad.duplicateLabels(), "台账.xlsx", ["report", "--month", "2026-11"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("注：来信/本月批次在 B4 和 B6 重复出现，两处都已填写。");
    expect(r.stdout).toContain("注：信访总量/本月批次在 B3 和 D3 重复出现，两处都已填写。");
    const s = sheetOf(r.out!, "月报");
    expect(cellAt(s, 3, 1)).toBe(cellAt(s, 5, 1));
    expect(cellAt(s, 2, 1)).toBe(1);
    expect(cellAt(s, 2, 3)).toBe(1);
  });
});

// 1,000,000 dense rows: ~10 s to build, 1–2 min and ~3 GB to check (docs/robustness.md, "Limits"). Opt-in.
const heavy = process.env.ROBUST_HEAVY === "1" ? it : it.skip;
describe("1,000,000 dense rows (ROBUST_HEAVY=1)", () => {
  let dir: string;
  let input: string;
  let bytes: Uint8Array;
  beforeAll(() => {
    if (process.env.ROBUST_HEAVY !== "1") return;
    dir = path.join(root, "dense");
    fs.mkdirSync(dir);
    input = path.join(dir, "百万行.xlsx");
    bytes = bad.denseRows(1_000_000);
    fs.writeFileSync(input, bytes);
  });
  afterEach(() => {
    if (!dir) return;
    expect(Buffer.from(fs.readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    for (const f of fs.readdirSync(dir)) if (f !== "百万行.xlsx") fs.rmSync(path.join(dir, f));
  });

  heavy(
    "--json: read, summarised, and two million findings written as JSON",
    () => {
      const json = path.join(dir, "结果.json");
      const r = cli(["check", input, "--json", json, "--today", TODAY]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("数据第 2–1000001 行，共 1000000 件");
      expect(fs.statSync(json).size).toBeGreaterThan(500_000_000);
      expect(fs.readdirSync(dir).sort()).toEqual(["百万行.xlsx", "结果.json"].sort());
    },
    300_000,
  );

  heavy(
    "--out --json: a usable marked copy (MAX_MARKED cells, MAX_LISTED rows, both counted), then the JSON",
    () => {
      const out = path.join(dir, "结果.xlsx");
      const json = path.join(dir, "结果.json");
      const r = cli(["check", input, "--out", out, "--json", json, "--today", TODAY]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      // 4 header.missing on A1, then 2 per row (A, B): the first MAX_MARKED cells hold MAX_MARKED + 3 findings.
      const total = 4 + 2 * 1_000_000;
      const unmarked = total - (MAX_MARKED + 3);
      const note = `仅在台账中标记了前 ${MAX_MARKED} 个单元格，另有 ${unmarked} 处问题未标记（没有底色和批注），完整清单请用命令行的 --json 导出。`;
      expect(r.stdout).toContain(`注：${note}`);
      expect(r.stdout.indexOf("已写出带校验标记的副本")).toBeLessThan(r.stdout.indexOf("已写出 JSON"));
      expect(fs.readdirSync(dir).sort()).toEqual(["百万行.xlsx", "结果.json", "结果.xlsx"].sort());
      const parts = unzipSync(new Uint8Array(fs.readFileSync(out)), {
        filter: (f) => /comments\d*\.xml$|worksheets\/sheet\d+\.xml$/.test(f.name) && f.originalSize < 200_000_000,
      });
      const texts = Object.entries(parts).map(([name, p]) => [name, new TextDecoder().decode(p)] as const);
      const comments = texts
        .filter(([name]) => /comments/.test(name))
        .map(([, t]) => t.split("<comment ref=").length - 1);
      expect(comments).toEqual([MAX_MARKED]);
      const list = texts.find(([, t]) => t.includes(note))?.[1] ?? "";
      expect(list).toContain(`另有 ${total - MAX_LISTED} 条问题未列出（本表最多列出 ${MAX_LISTED} 条）`);
      expect(list).toContain(`<row r="${3 + MAX_LISTED}"`);
    },
    600_000,
  );
});

describe("a sheet longer than V8's longest string (ROBUST_HEAVY=1)", () => {
  heavy(
    "check --out: one Chinese line saying to split the ledger, exit 2, nothing written; assign is refused up front",
    () => {
      const dir = path.join(root, "long");
      fs.mkdirSync(dir);
      const input = path.join(dir, "台账.xlsx");
      const bytes = longSheetLedger(700_000);
      fs.writeFileSync(input, bytes);
      const check = cli(["check", input, "--out", path.join(dir, "结果.xlsx"), "--json", path.join(dir, "结果.json")]);
      expect(check.code).toBe(2);
      expect(check.stderr).toBe(
        `错误：“${input}”太大，处理时超出了 Node.js 的单个文本约 5.3 亿字符的上限（Cannot create a string longer than 0x1fffffe8 characters），` +
          "没有留下不完整的结果文件，原文件未被修改。请把台账按年度或乡镇拆分成几个文件分别处理。",
      );
      const assign = cli(["assign", input, "--out", path.join(dir, "结果.xlsx")]);
      expect(assign.code).toBe(2);
      expect(assign.stderr).toMatch(
        /^错误：文件“.*台账\.xlsx”的工作表“信访台账”太大（约 700,001 行），处理它约需 [\d.]+ GB 内存/,
      );
      expect(assign.stderr).toContain("加大内存也无法处理");
      expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
      expect(Buffer.from(fs.readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    },
    300_000,
  );
});

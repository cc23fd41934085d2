/**
 * Big ledgers (issue 7): marks capped with the rest counted, a workbook that cannot fit in the heap
 * refused before loading, V8's own limits turned into a Chinese message, and the marked copy
 * written before the JSON.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { marksPatch, MAX_MARKED } from "../../src/core/check/marks";
import { dayFromIso } from "../../src/core/day";
import { engine } from "../../src/cli/engine";
import { writeFileAtomic } from "../../src/cli/io";
import { bufferOutput } from "../../src/cli/output";
import { estimateWork, heap, tooBigText } from "../../src/cli/preflight";
import { run } from "../../src/cli/run";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { bad } from "../fixtures/bad/books";
import { zip64 } from "../fixtures/xlsx/zip64";
import { cli, tempDir, TODAY } from "./helpers";

interface JsonFinding {
  cell: string;
  code: string;
  sheet: string;
}

let root: string;
let n = 0;
beforeAll(() => (root = tempDir()));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A fresh folder with the workbook saved as 台账.xlsx. */
function folderWith(bytes: Uint8Array): { dir: string; input: string } {
  const dir = path.join(root, String(n++));
  fs.mkdirSync(dir);
  const input = path.join(dir, "台账.xlsx");
  fs.writeFileSync(input, bytes);
  return { dir, input };
}

/** Refs of the notes in the output's comments part(s) of the ledger sheet. */
function noteRefs(xlsx: Uint8Array): string[] {
  const parts = unzipSync(xlsx, { filter: (f) => /comments\d*\.xml$/.test(f.name) });
  const refs: string[] = [];
  for (const p of Object.values(parts)) {
    for (const m of new TextDecoder().decode(p).matchAll(/<comment ref="([A-Z]+\d+)"/g)) refs.push(m[1]);
  }
  return refs;
}

describe("marks capped at MAX_MARKED cells (a small cap injected through the engine seam)", () => {
  // 40 dense rows: four header.missing on A1, then backlog.plan on A<r> and deadline.overdue on B<r>.
  const ROWS = 40;
  const CAP = 7;
  const bytes = bad.denseRows(ROWS);

  it("marks the first CAP cells in the findings' order, counts the rest, says so in 校验结果 and on the console", () => {
    const { dir, input } = folderWith(bytes);
    const out = path.join(dir, "结果.xlsx");
    const json = path.join(dir, "结果.json");
    jest.spyOn(engine, "marksPatch").mockImplementation((r) => marksPatch(r, CAP));
    const r = cli(["check", input, "--out", out, "--json", json, "--today", TODAY]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);

    // The JSON is complete: every finding, cap or not.
    const findings = (JSON.parse(fs.readFileSync(json, "utf8")) as { findings: JsonFinding[] }).findings;
    expect(findings).toHaveLength(4 + 2 * ROWS);
    // A1 (4 findings) + A2 B2 A3 B3 A4 B4 are the first 7 cells: 10 findings marked, 74 not.
    const firstCells = [...new Set(findings.map((f) => f.cell))].slice(0, CAP);
    expect(firstCells).toEqual(["A1", "A2", "B2", "A3", "B3", "A4", "B4"]);
    const unmarked = findings.filter((f) => !firstCells.includes(f.cell)).length;
    expect(unmarked).toBe(74);

    const note = `仅在台账中标记了前 ${CAP} 个单元格，另有 ${unmarked} 处问题未标记（没有底色和批注），完整清单见“校验结果”表（命令行另可用 --json）。请先改正已标记的问题后重新检查。`;
    expect(r.stdout).toContain(`注：${note}`);
    // The note comes right before the copy is reported written.
    const lines = r.stdout.split("\n");
    expect(lines[lines.indexOf(`注：${note}`) + 1]).toBe(`已写出带校验标记的副本：${out}`);

    const outBytes = new Uint8Array(fs.readFileSync(out));
    expect(noteRefs(outBytes).sort()).toEqual([...firstCells].sort());
    const result = XlsxWorkbook.open(outBytes)
      .grid()
      .sheets.find((s) => s.name === "校验结果")!;
    const cellText = (row: number, col: number): unknown => result.rows[row]?.[col];
    expect(cellText(1, 0)).toBe(note);
    expect(cellText(2, 0)).toBe("序号");
    // Every finding is still listed, numbered from row 4.
    expect(cellText(3, 0)).toBe(1);
    expect(cellText(2 + findings.length, 0)).toBe(findings.length);
  });

  it("below the cap: no note, and the 校验结果 layout is the usual one", () => {
    const { dir, input } = folderWith(bytes);
    const out = path.join(dir, "结果.xlsx");
    const r = cli(["check", input, "--out", out, "--today", TODAY]);
    expect(r.stdout).not.toContain("仅在台账中标记了");
    expect(MAX_MARKED).toBeGreaterThan(4 + 2 * ROWS);
    const outBytes = new Uint8Array(fs.readFileSync(out));
    expect(new Set(noteRefs(outBytes)).size).toBe(1 + 2 * ROWS);
    const result = XlsxWorkbook.open(outBytes)
      .grid()
      .sheets.find((s) => s.name === "校验结果")!;
    expect(result.rows[1]?.[0]).toBe("序号");
  });

  it("in the core: exact counts, notes of a capped cell keep all its findings, 校验结果 frozen over title, note and header", () => {
    const wb = XlsxWorkbook.open(bytes);
    const result = engine.checkWorkbook(wb.grid(), { today: dayFromIso(TODAY)! });
    const patch = marksPatch(result, 1);
    expect(patch.cap).toMatchObject({ markedCells: 1, unmarkedFindings: result.findings.length - 4 });
    const marks = patch.marks.find((m) => m.sheet === "信访台账")!.marks;
    expect(marks).toHaveLength(1);
    expect(marks[0].note.split("\n")).toHaveLength(4);
    const sheet = patch.ownedSheets[0];
    expect(sheet).toMatchObject({ headerRows: 3, bordered: 2, titleRows: [0] });
    expect(sheet.merges).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 7 },
      { r1: 1, c1: 0, r2: 1, c2: 7 },
    ]);
    expect(marksPatch(result).cap).toBeUndefined();
  });
});

describe("pre-flight: a workbook that cannot fit in the heap is refused before loading", () => {
  const bytes = bad.denseRows(20_000);

  it("estimates from the zip directory and the sheet's <dimension>", () => {
    const w = estimateWork(bytes, "mark")!;
    expect(w.sheet).toBe("信访台账");
    expect(w.rows).toBe(20_001);
    expect(w.sheetRows).toBe(20_001);
    const xml = unzipSync(bytes, { filter: (f) => /worksheets\/|sharedStrings/.test(f.name) });
    expect(w.xmlBytes).toBe(Object.values(xml).reduce((s, p) => s + p.length, 0));
    // Reading alone needs less than marking a copy.
    expect(estimateWork(bytes, "read")!.heapBytes).toBeLessThan(w.heapBytes);
    expect(estimateWork(new TextEncoder().encode("序号,登记日期\n1,2026-01-01"), "read")).toBeUndefined();
  });

  it("reads a zip64 archive's directory too: the same estimate as for the ordinary one", () => {
    const big = zip64(unzipSync(bytes));
    const w = estimateWork(big, "mark")!;
    expect(w).toEqual(estimateWork(bytes, "mark"));
    expect(w).toMatchObject({ sheet: "信访台账", rows: 20_001, sheetRows: 20_001 });
    // Damaged (no zip64 locator): no estimate, and the host reports the file in its own words.
    const damaged = new Uint8Array(big);
    damaged.fill(0, damaged.length - 42, damaged.length - 38);
    expect(estimateWork(damaged, "mark")).toBeUndefined();
  });

  it("refuses with exit 2, a Chinese line naming the sheet and both remedies, the input unchanged, nothing written", () => {
    const { dir, input } = folderWith(bytes);
    const need = estimateWork(bytes, "mark")!.heapBytes;
    jest.spyOn(heap, "limit").mockReturnValue(need - 1);
    const open = jest.spyOn(engine, "openWorkbook");
    const o = bufferOutput();
    const code = run(["check", input, "--out", path.join(dir, "结果.xlsx"), "--json", path.join(dir, "结果.json")], o);
    expect(code).toBe(2);
    expect(o.stdout).toEqual([]);
    expect(o.stderr).toHaveLength(1);
    expect(o.stderr[0]).toMatch(
      /^错误：文件“.*台账\.xlsx”的工作表“信访台账”太大（约 20,001 行），处理它约需 [\d.]+ GB 内存，超过了 Node\.js 本次可用的 [\d.]+ GB/,
    );
    expect(o.stderr[0]).toContain("请把台账按年度或乡镇拆分成几个文件分别处理");
    expect(o.stderr[0]).toMatch(
      /node --max-old-space-size=\d+ …（或先设置环境变量 NODE_OPTIONS=--max-old-space-size=\d+）/,
    );
    expect(open).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
    expect(Buffer.from(fs.readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("a limit between the two estimates: check --json goes through, check --out is refused", () => {
    const { dir, input } = folderWith(bytes);
    jest.spyOn(heap, "limit").mockReturnValue(estimateWork(bytes, "read")!.heapBytes + 1);
    expect(cli(["check", input, "--json", path.join(dir, "r.json"), "--today", TODAY]).code).toBe(1);
    expect(cli(["check", input, "--out", path.join(dir, "r.xlsx"), "--today", TODAY]).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(["r.json", "台账.xlsx"].sort());
  });

  it("past V8's longest string, the refusal only says to split (more memory cannot help)", () => {
    const w = { sheet: "信访台账", sheetRows: 700_001, heapBytes: 5 * 2 ** 30 };
    const big = tooBigText("台账.xlsx", { ...w, sheetBytes: 0x1fffffe8 + 1 }, 4 * 2 ** 30);
    expect(big).toMatch(
      /请把台账按年度或乡镇拆分成几个文件分别处理（这张表也超出了 Node\.js 单个文本约 5\.3 亿字符的上限，加大内存也无法处理）。$/,
    );
    expect(big).not.toContain("max-old-space-size");
    const small = tooBigText("台账.xlsx", { ...w, sheetBytes: 0x1fffffe8 }, 4 * 2 ** 30);
    expect(small).toContain("node --max-old-space-size=8192 …");
  });

  it("report --merge counts the workbooks together", () => {
    const { dir, input: a } = folderWith(bytes);
    const b = folderWith(bytes).input;
    const out = path.join(dir, "月报.xlsx");
    jest.spyOn(heap, "limit").mockReturnValue(estimateWork(bytes, "write")!.heapBytes * 1.5);
    expect(cli(["report", a, "--month", "2026-10", "--out", out, "--today", TODAY]).code).toBe(0);
    fs.rmSync(out);
    const r = cli(["report", "--merge", a, b, "--month", "2026-10", "--out", out, "--today", TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：文件“.*台账\.xlsx”的工作表“信访台账”太大/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("the real command under a small --max-old-space-size says so in Chinese, exit 2", () => {
    const { dir, input } = folderWith(bad.denseRows(200_000));
    const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");
    const r = spawnSync(tsx, [main, "check", input, "--out", path.join(dir, "结果.xlsx")], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=200" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^错误：文件“.*台账\.xlsx”的工作表“信访台账”太大（约 200,001 行）.*超过了 Node\.js 本次可用的 0\.\d GB/,
    );
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
  }, 60_000);
});

describe("V8's limits end as a Chinese message with the right remedy, exit 2, nothing left", () => {
  const SPLIT = "请把台账按年度或乡镇拆分成几个文件分别处理";
  const MORE =
    "；或给 Node.js 更多内存后重试：node --max-old-space-size=8192 …（或先设置环境变量 NODE_OPTIONS=--max-old-space-size=8192）。";
  const stringTooLong = Object.assign(new Error("Cannot create a string longer than 0x1fffffe8 characters"), {
    code: "ERR_STRING_TOO_LONG",
  });
  it.each([
    [new RangeError("Invalid string length"), "单个文本约 5.3 亿字符的上限", "。"],
    [stringTooLong, "单个文本约 5.3 亿字符的上限", "。"],
    [new RangeError("Array buffer allocation failed"), "内存上限", MORE],
  ])("%s", (error, limit, remedy) => {
    const { dir, input } = folderWith(bad.denseRows(30));
    jest.spyOn(engine, "marksPatch").mockImplementation(() => {
      throw error;
    });
    const o = bufferOutput();
    const code = run(["check", input, "--out", path.join(dir, "结果.xlsx"), "--json", path.join(dir, "结果.json")], o);
    expect(code).toBe(2);
    expect(o.stderr).toEqual([
      `错误：“${input}”太大，处理时超出了 Node.js 的${limit}（${error.message}），没有留下不完整的结果文件，原文件未被修改。` +
        SPLIT +
        remedy,
    ]);
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
  });

  it("another RangeError is still an unexpected problem", () => {
    const { input } = folderWith(bad.denseRows(3));
    jest.spyOn(engine, "marksPatch").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const r = cli(["check", input, "--out", path.join(path.dirname(input), "r.xlsx")]);
    expect(r.stderr).toMatch(/^错误：处理“.*”时出现意外问题（Maximum call stack size exceeded）/);
  });

  it("a limit hit while writing: the temporary file is removed and the error goes up to the top as it is", () => {
    const { dir } = folderWith(bad.denseRows(3));
    const pieces = (function* () {
      yield "x".repeat(3 << 20); // past the first block: the temporary file has bytes in it
      throw new RangeError("Invalid string length");
    })();
    expect(() => writeFileAtomic(path.join(dir, "结果.json"), pieces)).toThrow(RangeError);
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
  });
});

describe("--json --out: the workbook first, then the JSON (check, assign, report)", () => {
  it.each([
    ["assign", [], "已写出分配结果"],
    ["report", ["--month", "2026-10"], "已写出月报"],
  ])("%s writes its workbook before the JSON, and no JSON when the workbook fails", (command, extra, said) => {
    const { dir, input } = folderWith(bad.denseRows(5));
    const ok = cli([command, input, ...extra, "--json", path.join(dir, "r.json"), "--out", path.join(dir, "r.xlsx")]);
    expect(ok.code).toBe(0);
    const copy = ok.stdout.indexOf(said);
    expect(copy).toBeGreaterThan(-1);
    expect(ok.stdout.indexOf("已写出 JSON")).toBeGreaterThan(copy);
    fs.rmSync(path.join(dir, "r.json"));
    fs.rmSync(path.join(dir, "r.xlsx"));
    const r = cli([
      command,
      input,
      ...extra,
      "--json",
      path.join(dir, "r.json"),
      "--out",
      path.join(dir, "没有", "r.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
  });

  it("prints the copy before the JSON", () => {
    const { dir, input } = folderWith(bad.denseRows(5));
    const r = cli(["check", input, "--json", path.join(dir, "r.json"), "--out", path.join(dir, "r.xlsx")]);
    const copy = r.stdout.indexOf("已写出带校验标记的副本");
    expect(copy).toBeGreaterThan(-1);
    expect(r.stdout.indexOf("已写出 JSON")).toBeGreaterThan(copy);
  });

  it("when the copy cannot be written, no JSON is left claiming a result", () => {
    const { dir, input } = folderWith(bad.denseRows(5));
    const r = cli(["check", input, "--json", path.join(dir, "r.json"), "--out", path.join(dir, "没有", "r.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法写入“.*r\.xlsx”：文件夹“.*没有”不存在。/);
    expect(fs.readdirSync(dir)).toEqual(["台账.xlsx"]);
  });
});

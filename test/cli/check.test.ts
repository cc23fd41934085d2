import * as fs from "node:fs";
import * as path from "node:path";
import { writeFastXlsx } from "../../scripts/lib/fast-xlsx";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { idCheckChar } from "../fixtures/generate-ledger";
import { cleanRows, cli, ledgerBook, tempDir, TODAY } from "./helpers";

// The same ID as the clean row with a wrong check character.
const BODY = "32041119900307651";
const WRONG = BODY + (idCheckChar(BODY) === "0" ? "1" : "0");

describe("xinfang check", () => {
  let dir: string;
  let clean: string;
  let bad: string;
  beforeAll(() => {
    dir = tempDir();
    clean = path.join(dir, "台账.xlsx");
    fs.writeFileSync(clean, ledgerBook(cleanRows()));
    const rows = cleanRows();
    rows[0][4] = WRONG;
    bad = path.join(dir, "有错.xlsx");
    fs.writeFileSync(bad, ledgerBook(rows));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 when no finding is an error, and prints the Chinese summary", () => {
    const r = cli(["check", clean, "--today", TODAY]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("工作表“信访台账”，表头第 2 行，数据第 3–5 行，共 3 件");
    expect(r.stdout).toMatch(/错误 0 处/);
  });

  it("exits 1 on an error finding and names it by code title, cell and masked value", () => {
    const r = cli(["check", bad, "--today", TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/身份证号校验位错误\s+id\.checksum\s+1/);
    expect(r.stdout).toContain("E3 身份证号校验位错误：");
    expect(r.stdout).toContain(`3204**********${WRONG.slice(-4)}`);
    expect(r.stdout).not.toContain(WRONG);
  });

  it("writes the JSON of issue 3: sheet, header rows and columns, data range, findings, summary", () => {
    const json = path.join(dir, "结果.json");
    expect(cli(["check", bad, "--today", TODAY, "--json", json]).code).toBe(1);
    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(Object.keys(j)).toEqual(["sheet", "header", "data", "findings", "summary"]);
    expect(j.sheet).toBe("信访台账");
    expect(j.header.rows).toEqual([2]);
    expect(j.header.columns).toMatchObject({
      A: "seq",
      B: "registeredOn",
      C: "petitioners",
      E: "idNumbers",
      O: "status",
    });
    expect(j.data).toEqual({ firstRow: 3, lastRow: 5 });
    const f = j.findings.find((x: { code: string }) => x.code === "id.checksum");
    expect(f).toMatchObject({ row: 3, cell: "E3", field: "idNumbers", severity: "error" });
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining(["row", "cell", "field", "code", "severity", "message", "suggestion"]),
    );
    expect(f.message).toContain(`3204**********${WRONG.slice(-4)}`);
    expect(j.summary.error).toBe(j.findings.filter((x: { severity: string }) => x.severity === "error").length);
  });

  it("shows the full ID only with --include-personal", () => {
    const json = path.join(dir, "完整.json");
    cli(["check", bad, "--today", TODAY, "--json", json, "--include-personal"]);
    expect(fs.readFileSync(json, "utf8")).toContain(WRONG);
  });

  it("writes a marked copy and never touches the input", () => {
    const before = fs.readFileSync(bad);
    const out = path.join(dir, "标记.xlsx");
    expect(cli(["check", bad, "--today", TODAY, "--out", out]).code).toBe(1);
    expect(fs.readFileSync(bad).equals(before)).toBe(true);
    const marked = fs.readFileSync(out);
    expect(marked.equals(before)).toBe(false);
    expect(marked.subarray(0, 2).toString()).toBe("PK");
    // The marked copy is itself a readable ledger with the same finding.
    expect(cli(["check", out, "--today", TODAY]).stdout).toContain("E3 身份证号校验位错误");
  });

  it("refuses --out equal to the input, under any spelling, and leaves the input alone", () => {
    const before = fs.readFileSync(clean);
    const rel = path.relative(process.cwd(), clean);
    for (const out of [clean, rel, path.join(dir, ".", "台账.xlsx")]) {
      const r = cli(["check", clean, "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("就是输入文件");
    }
    expect(fs.readFileSync(clean).equals(before)).toBe(true);
  });

  it("names the sheets when --sheet does not exist, and exits 2 when no sheet looks like a ledger", () => {
    const r = cli(["check", clean, "--sheet", "台账2025"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：.*台账2025.*信访台账/);
    const other = path.join(dir, "不是台账.xlsx");
    fs.writeFileSync(
      other,
      writeFastXlsx([
        {
          name: "工资表",
          rows: [
            ["姓名", "基本工资"],
            ["殷飞", 3200],
          ],
        },
      ]),
    );
    const r2 = cli(["check", other]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^错误：/);
    expect(r2.stderr).not.toMatch(/\n\s+at /);
  });

  it("checking its own marked output again replaces the marks instead of piling them up", () => {
    const once = path.join(dir, "一次.xlsx");
    const twice = path.join(dir, "两次.xlsx");
    cli(["check", bad, "--today", TODAY, "--out", once]);
    cli(["check", once, "--today", TODAY, "--out", twice]);
    const names = (f: string) =>
      XlsxWorkbook.open(new Uint8Array(fs.readFileSync(f)))
        .grid()
        .sheets.map((s) => s.name);
    expect(names(twice)).toEqual(names(once));
    expect(names(once).filter((n) => n === "校验结果")).toHaveLength(1);
  });

  it("rejects a bad --today in Chinese", () => {
    const r = cli(["check", clean, "--today", "2026-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--today 的值“2026-02-30”不是有效日期");
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { reportTemplate } from "../../src/core/report";
import { dayFromYMD } from "../../src/core/day";
import { XlsxWorkbook } from "../../src/hosts/file/xlsx-workbook";
import { columnLetters } from "../../src/core/grid";
import { type FastSheet, ownedToFast, STYLE, writeFastXlsx } from "../../scripts/lib/fast-xlsx";
import { sampleConfigSheet } from "../../scripts/lib/sample-sheets";
import { generateLedgerRows, type GeneratedLedger } from "../fixtures/generate-ledger";
import { cli, tempDir, TODAY } from "./helpers";

function book(g: GeneratedLedger, opts: { config?: boolean; report?: boolean }): Uint8Array {
  const ledger: FastSheet = {
    name: "信访台账",
    rows: [g.columns.map((c) => c.header), ...g.rows],
    style: (r, c, v) =>
      r === 0 ? STYLE.header : g.columns[c].kind === "date" && typeof v === "number" ? STYLE.date : STYLE.general,
  };
  const sheets = [ledger];
  if (opts.config) sheets.push(ownedToFast(sampleConfigSheet(g.villages)));
  if (opts.report) sheets.push(ownedToFast(reportTemplate()));
  return writeFastXlsx(sheets);
}

const sheetNames = (file: string): string[] =>
  XlsxWorkbook.open(new Uint8Array(fs.readFileSync(file)))
    .grid()
    .sheets.map((s) => s.name);

describe("assign, report, init-config, init-report", () => {
  let dir: string;
  let full: string;
  let bare: string;
  let g: GeneratedLedger;
  const snapshot = new Map<string, Buffer>();

  beforeAll(() => {
    dir = tempDir();
    g = generateLedgerRows({ rows: 300, seed: 11, startYear: 2025, years: 2 });
    full = path.join(dir, "台账.xlsx");
    fs.writeFileSync(full, book(g, { config: true, report: true }));
    bare = path.join(dir, "只有台账.xlsx");
    fs.writeFileSync(bare, book(g, {}));
    for (const f of [full, bare]) snapshot.set(f, fs.readFileSync(f));
  });
  afterAll(() => {
    // Whatever ran, the inputs are byte-for-byte what they were.
    for (const [f, bytes] of snapshot) expect(fs.readFileSync(f).equals(bytes)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("assign fills empty category cells only, and writes the issue 4 JSON", () => {
    const out = path.join(dir, "已分配.xlsx");
    const json = path.join(dir, "已分配.json");
    const r = cli(["assign", full, "--today", TODAY, "--out", out, "--json", json]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("填写单元格");
    expect(r.stdout).toContain("问题类别");
    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(Object.keys(j)).toEqual(["assignments", "findings", "load"]);
    const catCol = columnLetters(g.columns.findIndex((c) => c.field === "category"));
    const emptyRows = new Set(g.cases.flatMap((c, i) => (c.categoryCell === null ? [i + 2] : [])));
    const cat = j.assignments.filter((a: { field: string }) => a.field === "category");
    expect(cat.length).toBeGreaterThan(emptyRows.size * 0.8);
    for (const a of cat) {
      expect(Object.keys(a)).toEqual(["row", "cell", "field", "value", "previous", "reason"]);
      expect(a.cell).toBe(`${catCol}${a.row}`);
      expect(emptyRows.has(a.row)).toBe(true); // never a cell the clerk filled
      expect(a.previous).toBeNull();
      expect(a.reason).not.toBe("");
    }
    const leaders = new Set(["周洪春", "高栋", "石青华", "杨波", "许波", "梅卫峰", "汤浩明", "徐冰", "丁国强"]);
    for (const name of Object.keys(j.load)) expect(leaders.has(name)).toBe(true);
  });

  it("assign --overwrite also rewrites filled cells", () => {
    const a = path.join(dir, "a.json");
    const b = path.join(dir, "b.json");
    cli(["assign", full, "--today", TODAY, "--out", path.join(dir, "a.xlsx"), "--json", a]);
    cli(["assign", full, "--today", TODAY, "--out", path.join(dir, "b.xlsx"), "--json", b, "--overwrite"]);
    const count = (f: string): number => JSON.parse(fs.readFileSync(f, "utf8")).assignments.length;
    expect(count(b)).toBeGreaterThan(count(a));
  });

  it("report counts the month as the generator made it and writes the issue 5 JSON", () => {
    const out = path.join(dir, "月报.xlsx");
    const json = path.join(dir, "月报.json");
    const r = cli(["report", full, "--month", "2026-10", "--today", TODAY, "--out", out, "--json", json]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("统计期：2026-10-01 至 2026-10-31");
    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(Object.keys(j)).toEqual(["period", "metrics", "targets", "cells", "unrecognized"]);
    expect(j.period).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    const from = dayFromYMD(2026, 10, 1);
    const to = dayFromYMD(2026, 10, 31);
    const october = g.cases.filter((c) => c.registeredOn >= from && c.registeredOn <= to);
    expect(october.length).toBeGreaterThan(5);
    expect(j.metrics["all.batches.month"]).toBe(october.length);
    expect(j.metrics["all.persons.month"]).toBe(october.reduce((s, c) => s + c.headcount, 0));
    expect(j.metrics["channel.letter.batches.month"]).toBe(october.filter((c) => c.channel === "来信").length);
    expect(j.cells.length).toBeGreaterThan(10);
    expect(sheetNames(out)).toEqual(expect.arrayContaining(["信访台账", "配置", "月报", "月报明细"]));
  });

  it("report rejects a malformed month before reading anything", () => {
    const r = cli(["report", full, "--month", "2026/10", "--out", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month 的值“2026/10”无效");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("init-config and init-report add their sheet when missing and leave an existing one alone", () => {
    const c1 = path.join(dir, "c1.xlsx");
    expect(cli(["init-config", bare, "--out", c1]).stdout).toContain("已加入默认配置“配置”表");
    expect(sheetNames(c1)).toEqual(["信访台账", "配置"]);
    const r1 = path.join(dir, "r1.xlsx");
    expect(cli(["init-report", c1, "--out", r1]).stdout).toContain("已加入默认月报模板“月报”表");
    expect(sheetNames(r1)).toEqual(["信访台账", "配置", "月报"]);

    const c2 = path.join(dir, "c2.xlsx");
    const r = cli(["init-config", full, "--out", c2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已有“配置”表，保持原样");
    const before = XlsxWorkbook.open(new Uint8Array(fs.readFileSync(full)))
      .grid()
      .sheets.find((s) => s.name === "配置");
    const after = XlsxWorkbook.open(new Uint8Array(fs.readFileSync(c2)))
      .grid()
      .sheets.find((s) => s.name === "配置");
    expect(after?.rows).toEqual(before?.rows);
  });
});

/**
 * `npx tsx scripts/engine-fingerprint.ts [--no-large] [--rows 100000]`
 *
 * Prints a sha256 of every engine output, so a performance change can prove it changed nothing:
 * check (findings with their messages, summary, facts incl. persons, backlog, ledger records),
 * backlog on other days, assign with and without overwrite, and the 月报 of four months. Run it
 * before the change, keep the lines, run it after: every line must be the same.
 *
 * Ledgers: the benchmark's `.bench/ledger-<rows>.xlsx` through the file host, and seeded messy
 * grids (`#N/A`, blanks, full-width digits, `殷  飞`, text dates, stray enum values, copied rows,
 * extra names and IDs), with and without a 配置 sheet, plus a few hundred fuzz ledgers.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import fc from "fast-check";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core/grid";
import type { OwnedSheet } from "../src/core/patch";
import { dayFromIso, type Day } from "../src/core/day";
import { checkWorkbook } from "../src/core/check/check";
import { backlogAsOf } from "../src/core/derive/backlog";
import { assignWorkbook } from "../src/core/assign/run";
import { monthlyReport } from "../src/core/report/run";
import { reportTemplate } from "../src/core/report";
import { XlsxWorkbook } from "../src/hosts/file/xlsx-workbook";
import { UserError } from "../src/hosts/port";
import {
  SAMPLE_LEADERS,
  SAMPLE_VILLAGES,
  STANDARD_HEADERS,
  configGrid,
  fullWidth,
  generateRows,
  makeId,
  rng,
} from "../test/helpers";
import { generateLedgerRows, someDefects } from "../test/fixtures/generate-ledger";
import { VILLAGES } from "../test/fixtures/township";
import { fuzzCase } from "../test/robustness/fuzz-lib";
import { sampleConfigSheet } from "./lib/sample-sheets";

const TODAY = dayFromIso("2026-11-23")!;

/** JSON with sorted keys; typed arrays as arrays, Maps and Sets as entries; functions left out. */
function stable(x: unknown): string {
  if (x === undefined) return "null";
  if (x === null || typeof x !== "object") return typeof x === "function" ? "null" : JSON.stringify(x);
  if (ArrayBuffer.isView(x)) return stable(Array.from(x as unknown as ArrayLike<number>));
  if (x instanceof Map) return `M${stable([...x.entries()])}`;
  if (x instanceof Set) return `S${stable([...x.values()])}`;
  if (Array.isArray(x)) return `[${x.map(stable).join(",")}]`;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => typeof o[k] !== "function")
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(",")}}`;
}

const sha = (x: unknown): string => createHash("sha256").update(stable(x)).digest("hex").slice(0, 16);

function owned(s: OwnedSheet): SheetGrid {
  const rows = s.rows.map((r) =>
    r.map((c): CellValue => (c === null || typeof c !== "object" ? c : "text" in c ? c.text : c.value)),
  );
  return { name: s.name, rows, merges: s.merges ?? [] };
}

/** Messes up generated rows the way clerks do; seeded, so the same grid every run. */
function messUp(rows: CellValue[][], seed: number): CellValue[][] {
  const r = rng(seed);
  const col = (h: string): number => STANDARD_HEADERS.indexOf(h);
  const stray: Record<string, string[]> = {
    信访形式: ["来电", "微信", "信访件", "来 访"],
    信访层级: ["到县", "来镇 ", "赴京"],
    办理状态: ["已结", "办结", "在办"],
    满意度: ["很满意", "一般"],
    非正常访: ["Y", "不是", "√"],
    是否积案: ["1", "0", "是的"],
    问题类别: ["劳资纠纷", "民生类"],
    重点领域: ["征地", "拆迁补偿"],
  };
  const textDates = [
    "2022年3月5日",
    "2022.3.5",
    "2022/03/05",
    "去年腊月",
    "2022-02-30",
    "２０２２年１０月１日",
    "20220305",
  ];
  const out: CellValue[][] = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i].slice();
    if (i > 0 && r() < 0.02) {
      row = out[i - 1].slice(); // a copied row (duplicate), its own 序号
      row[col("序号")] = i + 1;
    }
    if (r() < 0.01) row[Math.floor(r() * row.length)] = { error: r() < 0.5 ? "#N/A" : "#VALUE!" };
    if (r() < 0.03) row[Math.floor(r() * row.length)] = r() < 0.5 ? null : " ";
    if (r() < 0.02) {
      const h = Object.keys(stray)[Math.floor(r() * Object.keys(stray).length)];
      const xs = stray[h];
      row[col(h)] = xs[Math.floor(r() * xs.length)];
    }
    if (r() < 0.02) row[col("登记日期")] = textDates[Math.floor(r() * textDates.length)];
    if (r() < 0.01) row[col("办结日期")] = textDates[Math.floor(r() * textDates.length)];
    if (r() < 0.03) row[col("信访人")] = `${String(row[col("信访人")] ?? "")}、王伟${r() < 0.5 ? "、李  芳" : ""}`;
    if (r() < 0.02) {
      const id = makeId(`19${60 + Math.floor(r() * 30)}-0${1 + Math.floor(r() * 9)}-2${Math.floor(r() * 8)}`, 7);
      const had = row[col("身份证号")];
      row[col("身份证号")] = typeof had === "string" ? `${had}、${r() < 0.5 ? id : fullWidth(id)}` : id;
    }
    if (r() < 0.005) row[col("身份证号")] = Number("32041219800101123");
    if (r() < 0.01) row[col("身份证号")] = "32041219800101123X";
    if (r() < 0.01) row[col("联系电话")] = fullWidth(String(row[col("联系电话")] ?? "1381234567"));
    if (r() < 0.01) row[col("人数")] = r() < 0.5 ? "３" : "两人";
    if (r() < 0.01) row[col("包案领导")] = r() < 0.5 ? "高栋、杨波" : "张三";
    if (r() < 0.01) row[col("所属村")] = r() < 0.5 ? "银河" : "新村";
    if (r() < 0.01) row[col("诉求内容")] = "反映2010年遗留的征地补偿问题至今未解决";
    if (r() < 0.01) row[col("化解时限")] = r() < 0.5 ? 45000 : "2023年1月1日";
    out.push(row);
  }
  return out;
}

function standardLedger(rows: CellValue[][]): SheetGrid {
  return { name: "信访台账", rows: [["2023年孟河镇信访事项登记台账"], [...STANDARD_HEADERS], ...rows], merges: [] };
}

function messyA(): WorkbookGrid {
  const config = configGrid({
    params: { 辖区人口: 52000, 集体访人数: 5 },
    leaders: SAMPLE_LEADERS,
    villages: SAMPLE_VILLAGES,
  });
  return { sheets: [standardLedger(messUp(generateRows(30000, 7), 8)), config, owned(reportTemplate())] };
}

/** No 配置 sheet: built-in defaults, no villages or leaders to check against. */
function messyB(): WorkbookGrid {
  return { sheets: [standardLedger(messUp(generateRows(5000, 3), 4))] };
}

function generated(): WorkbookGrid {
  const g = generateLedgerRows({ rows: 8000, seed: 11, villages: 10, defects: someDefects(40) });
  const ledger: SheetGrid = { name: "台账", rows: [g.columns.map((c) => c.header), ...g.rows], merges: [] };
  return { sheets: [ledger, owned(sampleConfigSheet(VILLAGES)), owned(reportTemplate())] };
}

function large(rows: number): WorkbookGrid | null {
  const file = `${process.cwd()}/.bench/ledger-${rows}.xlsx`;
  if (!fs.existsSync(file)) return null;
  const g = XlsxWorkbook.open(new Uint8Array(fs.readFileSync(file)), "bench.xlsx").grid();
  for (const s of g.sheets) void s.rows.length;
  return g;
}

/** A UserError (no ledger) is an output too: its message. */
function attempt<T>(f: () => T): T | { userError: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserError) return { userError: e.message };
    throw e;
  }
}

function fingerprint(name: string, wb: WorkbookGrid, months: string[], days: Day[]): void {
  const lines: [string, string][] = [];
  const check = attempt(() => checkWorkbook(wb, { today: TODAY }));
  if ("userError" in check) lines.push(["check", sha(check)]);
  else {
    lines.push(["findings", sha(check.findings)]);
    lines.push(["summary", sha(check.summary)]);
    lines.push(["ledger", sha(check.ledger)]);
    // persons is made on first read: read it here so it is hashed like the rest
    const { dueOn, persons, repeatOf, group } = check.facts;
    lines.push(["facts", sha({ dueOn, persons, repeatOf, group })]);
    lines.push(["backlog", sha(check.backlog)]);
    lines.push(["backlog@days", sha(days.map((d) => backlogAsOf(check.ledger.cases, check.facts, d)))]);
    lines.push(["check.rest", sha({ ...check, findings: 0, ledger: 0, facts: 0, backlog: 0, summary: 0 })]);
  }
  lines.push(["assign", sha(attempt(() => assignWorkbook(wb, { today: TODAY, overwrite: false })))]);
  lines.push(["assign+overwrite", sha(attempt(() => assignWorkbook(wb, { today: TODAY, overwrite: true })))]);
  lines.push(["report×4", sha(months.map((month) => attempt(() => monthlyReport(wb, { month, today: TODAY }))))]);
  if (!("userError" in check))
    console.log(
      `${name.padEnd(14)} ${check.summary.cases} cases, findings by code ${JSON.stringify(check.summary.byCode)}`,
    );
  for (const [what, h] of lines) console.log(`${name.padEnd(14)} ${what.padEnd(17)} ${h}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf("--rows");
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 100000;
  const days = ["2022-06-30", "2024-12-31", "2026-11-23"].map((d) => dayFromIso(d)!);
  fingerprint("messy-30k", messyA(), ["2021-03", "2022-06", "2022-12", "2023-06"], days);
  fingerprint("messy-5k", messyB(), ["2021-01", "2022-02", "2023-07", "2026-10"], days);
  fingerprint("generated-8k", generated(), ["2024-03", "2025-06", "2026-01", "2026-10"], days);
  const fuzz = fc.sample(fuzzCase, { seed: 20261130, numRuns: 300 });
  const all: string[] = [];
  for (const c of fuzz) {
    const out: string[] = [];
    const check = attempt(() => checkWorkbook(c.wb, { today: TODAY }));
    out.push(sha("userError" in check ? check : { ...check, persons: check.facts.persons }));
    out.push(sha(attempt(() => assignWorkbook(c.wb, { today: TODAY, overwrite: false }))));
    out.push(sha(attempt(() => assignWorkbook(c.wb, { today: TODAY, overwrite: true }))));
    out.push(sha(attempt(() => monthlyReport(c.wb, { month: c.month, today: TODAY }))));
    all.push(out.join(""));
  }
  console.log(`${"fuzz×300".padEnd(14)} ${"everything".padEnd(17)} ${sha(all)}`);
  if (!args.includes("--no-large")) {
    const wb = large(rows);
    if (wb) fingerprint(`ledger-${rows}`, wb, ["2024-02", "2025-06", "2026-01", "2026-10"], days);
    else console.log(`.bench/ledger-${rows}.xlsx missing: large ledger skipped`);
  }
  // the memos persist between calls: a second check of the first ledger must not differ
  const again = checkWorkbook(messyA(), { today: TODAY });
  console.log(`${"messy-30k".padEnd(14)} ${"findings (again)".padEnd(17)} ${sha(again.findings)}`);
}

main();

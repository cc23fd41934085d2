/**
 * `npx tsx scripts/profile-engine.ts [rows=100000] [runs=5] [only=check,assign,report] [wall|cpu]`
 *
 * Loads `.bench/ledger-<rows>.xlsx` once with the file host (every sheet's rows forced), then
 * prints the median time of each engine phase: the pieces of checkWorkbook, and the three whole
 * entry points. `only` picks sections: phases (the pieces of checkWorkbook), check, assign, report.
 * `cpu` times with the process's CPU time (user + system) instead of the wall clock: on a machine
 * shared with other work the wall clock counts the time spent waiting for a core.
 *
 * Hot spots: tsx's source maps give wrong line numbers in a CPU profile, so bundle first:
 *   npx esbuild scripts/profile-engine.ts --bundle --platform=node --outfile=/tmp/pe.js
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/pe.js 100000 5 phases
 * and read the .cpuprofile's positionTicks against /tmp/pe.js (or open it in Chrome DevTools).
 */
import * as fs from "node:fs";
import { dayFromIso } from "../src/core/day";
import type { WorkbookGrid } from "../src/core/grid";
import { readConfig } from "../src/core/config/read";
import { readLedgerDetail } from "../src/core/ledger/read";
import { deriveFacts } from "../src/core/derive/derive";
import { backlogAsOf } from "../src/core/derive/backlog";
import { checkWorkbook, sortFindings } from "../src/core/check/check";
import { ROW_RULES, type RowContext } from "../src/core/check/row-rules";
import { crossRowFindings } from "../src/core/check/cross-rules";
import { categoryFindings } from "../src/core/classify/findings";
import type { Finding } from "../src/core/findings";
import { assignWorkbook } from "../src/core/assign/run";
import { monthlyReport } from "../src/core/report/run";
import { XlsxWorkbook } from "../src/hosts/file/xlsx-workbook";
import { median, medianOf as wallMedianOf, timeIt as wallTimeIt } from "./lib/bench-table";

const TODAY = dayFromIso("2026-11-23")!;
const MONTH = "2026-10";

const CPU = process.argv[5] === "cpu";

function cpuTimeIt(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const timeIt = CPU ? cpuTimeIt : wallTimeIt;
const medianOf = (runs: number, fn: () => void): number =>
  CPU ? median(Array.from({ length: runs }, () => cpuTimeIt(fn))) : wallMedianOf(runs, fn);

function load(bytes: Uint8Array): WorkbookGrid {
  const g = XlsxWorkbook.open(bytes, "bench.xlsx").grid();
  for (const s of g.sheets) void s.rows.length;
  return g;
}

function main(): void {
  const rows = Number(process.argv[2] ?? 100000);
  const runs = Number(process.argv[3] ?? 5);
  const only = (process.argv[4] ?? "phases,check,assign,report").split(",");
  const file = `${process.cwd()}/.bench/ledger-${rows}.xlsx`;
  // required lazily: make-large runs its generator as a script when bundled for profiling
  if (!fs.existsSync(file)) (require("./make-large") as typeof import("./make-large")).ensureLarge(rows);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const loadMs = timeIt(() => load(bytes));
  const wb = load(bytes);
  const out: [string, number][] = [["xlsx load (once)", loadMs]];
  if (only.includes("phases")) {
    const { config } = readConfig(wb);
    out.push(["readConfig", medianOf(runs, () => readConfig(wb))]);
    out.push(["readLedger", medianOf(runs, () => readLedgerDetail(wb, config, {}))]);
    const cases = readLedgerDetail(wb, config, {}).ledger.cases;
    out.push(["deriveFacts", medianOf(runs, () => deriveFacts(cases, config))]);
    const facts = deriveFacts(cases, config);
    out.push(["backlogAsOf", medianOf(runs, () => backlogAsOf(cases, facts, TODAY))]);
    const read = readLedgerDetail(wb, config, {});
    const backlog = backlogAsOf(cases, facts, TODAY);
    const layout = read.ledger.layout;
    const cols = Object.values(layout.columns) as number[];
    const ctx: RowContext = {
      sheet: layout.sheet,
      layout,
      config,
      facts,
      backlog,
      today: TODAY,
      firstCol: Math.min(...cols),
    };
    let rule: Finding[] = [];
    out.push([
      "row rules",
      medianOf(runs, () => {
        rule = [];
        for (let i = 0; i < cases.length; i++) {
          const x = { i, c: cases[i], bad: read.bad[i] };
          for (const r of ROW_RULES) r(x, ctx, rule);
        }
      }),
    ]);
    out.push(["cross-row", medianOf(runs, () => crossRowFindings(cases, read.bad, ctx))]);
    out.push(["categoryFindings", medianOf(runs, () => categoryFindings(read.ledger, config, facts))]);
    const all = [...read.findings, ...rule, ...crossRowFindings(cases, read.bad, ctx)];
    out.push(["sortFindings", medianOf(runs, () => sortFindings(all))]);
  }
  let findings = 0;
  if (only.includes("check")) {
    findings = checkWorkbook(wb, { today: TODAY }).findings.length;
    out.push(["checkWorkbook", medianOf(runs, () => checkWorkbook(wb, { today: TODAY }))]);
  }
  if (only.includes("assign"))
    out.push(["assignWorkbook", medianOf(runs, () => assignWorkbook(wb, { today: TODAY, overwrite: false }))]);
  if (only.includes("report"))
    out.push(["monthlyReport", medianOf(runs, () => monthlyReport(wb, { month: MONTH, today: TODAY }))]);
  console.log(`${rows} rows, median of ${runs}${CPU ? " (CPU time)" : ""}${findings ? `, ${findings} findings` : ""}`);
  for (const [name, t] of out) console.log(`${name.padEnd(20)} ${t.toFixed(0).padStart(6)} ms`);
}

main();

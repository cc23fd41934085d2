/**
 * `npm run bench [-- --sizes 10000,100000,300000] [--runs N] [--quick] [--no-exceljs] [--fuzz N | --no-fuzz]`
 *
 * Generates big ledgers in .bench/ (once), then prints medians of: xlsx load (open + grid + scan),
 * engine check / assign / report, the whole `xinfang check` in-process, the write of a marked copy,
 * peak memory of the whole flow (a child process, maxRSS), ExcelJS 4.4.0's load of the same file
 * (once, in a child process), the classifier's accuracy on the labelled set, and the pipeline fuzz
 * (`--fuzz N`, default 10,000 random ledgers; a tenth as many through mark-and-clear in the file host).
 * Targets (issues 3–5, 7) are printed next to the numbers.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { dayFromIso } from "../src/core/day";
import type { WorkbookGrid } from "../src/core/grid";
import { engine } from "../src/cli/engine";
import { bufferOutput } from "../src/cli/output";
import { run } from "../src/cli/run";
import { mb, medianOf, ms, table, timeIt } from "./lib/bench-table";
import { runFuzz } from "../test/robustness/fuzz-lib";
import { ensureLarge } from "./make-large";

const TODAY = "2026-11-23";
const TODAY_DAY = dayFromIso(TODAY)!;
const MONTH = "2026-10";

interface Options {
  sizes: number[];
  runs: number;
  exceljs: boolean;
  quick: boolean;
  /** Random ledgers through the whole pipeline, and through mark-and-clear in the file host. */
  fuzz: number;
}

function options(argv: readonly string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick");
  const sizes = (get("sizes") ?? (quick ? "10000" : "100000")).split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes 无效：${get("sizes")}`);
  const runs = Number(get("runs") ?? (quick ? 3 : 5));
  const fuzz = argv.includes("--no-fuzz") ? 0 : Number(get("fuzz") ?? (quick ? 500 : 10000));
  return {
    sizes,
    runs,
    exceljs: !quick && !argv.includes("--no-exceljs"),
    quick,
    fuzz,
  };
}

/** Forces the lazy sheet scan, so "load" is the whole read and the engine times are the engine's. */
function touch(g: WorkbookGrid): number {
  let n = 0;
  for (const s of g.sheets) n += s.rows.length;
  return n;
}

function load(bytes: Uint8Array): WorkbookGrid {
  const g = engine.openWorkbook(bytes, "bench.xlsx").grid();
  touch(g);
  return g;
}

interface SizeResult {
  rows: number;
  fileMB: number;
  load: number;
  check: number | null;
  whole: number | null;
  assign: number | null;
  report: number | null;
  write: number | null;
  peakKB: number | null;
  peakCheckKB: number | null;
  findings: number | null;
  errors: string[];
}

/** Runs a step once; on an exception records it (the table shows — and the error is listed) instead of dying. */
function attempt<T>(out: SizeResult, step: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    out.errors.push(`${step}：${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Runs the whole flow once in a child process and returns its peak resident memory (kB). */
function childPeak(file: string, mode: "check" | "all"): number | null {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--child-peak", file, mode], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const m = /PEAK (\d+)/.exec(r.stdout ?? "");
  return m ? Number(m[1]) : null;
}

function childExcelJs(file: string): { ms: number; peakKB: number } | null {
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", ...process.execArgv, __filename, "--child-exceljs", file],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const m = /EXCELJS (\d+(?:\.\d+)?) (\d+)/.exec(r.stdout ?? "");
  return m ? { ms: Number(m[1]), peakKB: Number(m[2]) } : null;
}

function measure(rows: number, n: number): SizeResult {
  const file = ensureLarge(rows);
  const bytes = new Uint8Array(fs.readFileSync(file));
  // The whole command first, while nothing else is held: later steps keep a big grid alive, and the
  // garbage collector would bill the command for it.
  const whole = medianOf(n, () => run(["check", file, "--today", TODAY], bufferOutput()));
  const loadMs = medianOf(n, () => load(bytes));
  const grid = load(bytes);
  const out: SizeResult = {
    rows,
    fileMB: bytes.length / 1048576,
    load: loadMs,
    check: null,
    whole,
    assign: null,
    report: null,
    write: null,
    peakKB: null,
    peakCheckKB: null,
    findings: null,
    errors: [],
  };
  const result = attempt(out, "check", () => engine.checkWorkbook(grid, { today: TODAY_DAY }));
  if (result) {
    out.findings = result.findings.length;
    out.check = medianOf(n, () => engine.checkWorkbook(grid, { today: TODAY_DAY }));
    const patch = engine.marksPatch(result);
    let wb = engine.openWorkbook(bytes);
    out.write = medianOf(
      n,
      () => {
        wb.apply(patch);
        wb.toBytes();
      },
      () => {
        wb = engine.openWorkbook(bytes);
        touch(wb.grid());
      },
    );
  }
  if (attempt(out, "assign", () => engine.assignWorkbook(grid, { today: TODAY_DAY, overwrite: false }))) {
    out.assign = medianOf(n, () => engine.assignWorkbook(grid, { today: TODAY_DAY, overwrite: false }));
  }
  if (attempt(out, "report", () => engine.monthlyReport(grid, { month: MONTH, today: TODAY_DAY }))) {
    out.report = medianOf(n, () => engine.monthlyReport(grid, { month: MONTH, today: TODAY_DAY }));
  }
  out.peakCheckKB = childPeak(file, "check");
  out.peakKB = childPeak(file, "all");
  return out;
}

function classification(): string[] {
  try {
    const evalMod = require("./lib/classify-eval") as typeof import("./lib/classify-eval");
    const set = require("../test/fixtures/complaints") as typeof import("../test/fixtures/complaints");
    const cues = require("../src/core/classify/cues") as typeof import("../src/core/classify/cues");

    return [
      evalMod.formatEvaluation(
        evalMod.evaluate(set.HELD_OUT, cues.DEFAULT_CATEGORY_RULES),
        "类别（留出集，未参与调参）",
      ),
      evalMod.formatEvaluation(evalMod.evaluate(set.ALL_COMPLAINTS, cues.DEFAULT_CATEGORY_RULES), "类别（全部）"),
      evalMod.formatEvaluation(
        evalMod.evaluate(set.ALL_COMPLAINTS, cues.DEFAULT_DOMAIN_RULES, "domain"),
        "重点领域（全部）",
      ),
    ];
  } catch (e) {
    return [`分类准确率：尚不可用（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）`];
  }
}

function report(results: SizeResult[], excel: { ms: number; peakKB: number } | null, opts: Options): void {
  const pct = (a: number | null, b: number): string => (a === null ? "—" : `${((a / b) * 100).toFixed(1)}%`);
  const header = ["", ...results.map((r) => `${r.rows.toLocaleString("en")} 行`), "目标"];
  const row = (label: string, f: (r: SizeResult) => string, target: string): string[] => [
    label,
    ...results.map(f),
    target,
  ];
  const rows: string[][] = [
    header,
    row("文件大小", (r) => `${r.fileMB.toFixed(1)} MB`, "25 列"),
    row("xlsx 读取（open+grid+扫描）", (r) => ms(r.load), ""),
    row("引擎 check", (r) => ms(r.check), "≤ 1 s @100k"),
    row("引擎/读取 比例", (r) => pct(r.check, r.load), "≤ 25%"),
    row(
      "整个 xinfang check（含读取）",
      (r) => ms(r.whole),
      excel ? `≤ ${ms(excel.ms / 2)}（ExcelJS 一半）` : "≤ ExcelJS 读取的一半",
    ),
    row("引擎 assign", (r) => ms(r.assign), "≤ 1 s @100k"),
    row("引擎 report", (r) => ms(r.report), "≤ 0.5 s @100k"),
    row("写出（apply 标记 + toBytes）", (r) => ms(r.write), ""),
    row("峰值内存 xinfang check（子进程）", (r) => mb(r.peakCheckKB), "< 1 GB @100k"),
    row("峰值内存 全流程（子进程）", (r) => mb(r.peakKB), "≤ 1.5 GB @300k"),
    row("发现问题数", (r) => (r.findings === null ? "—" : String(r.findings)), ""),
  ];
  console.log(
    `\n中位数，每项 ${opts.runs} 次，每次之前完整回收一次内存（不计时）；${os.cpus()[0]?.model ?? "CPU"} × ${os.cpus().length}，Node ${process.version}，系统 1 分钟平均负载 ${os.loadavg()[0].toFixed(1)}\n`,
  );
  console.log(table(rows));
  for (const r of results) for (const e of r.errors) console.log(`\n${r.rows} 行出错（该项未测）：${e}`);
  const r100 = results.find((r) => r.rows === 100000);
  const r300 = results.find((r) => r.rows === 300000);
  if (r100 && r300) {
    const growth = (a: number | null, b: number | null): string => (a && b ? `${(b / a).toFixed(2)}×` : "—");
    console.log(
      `\n线性增长（300k / 100k，目标 ≤ 3.5×）：读取 ${growth(r100.load, r300.load)}，check ${growth(r100.check, r300.check)}，` +
        `assign ${growth(r100.assign, r300.assign)}，report ${growth(r100.report, r300.report)}，整个 check ${growth(r100.whole, r300.whole)}`,
    );
  }
  if (excel) {
    const base = r100 ?? results[results.length - 1];
    console.log(
      `\nExcelJS 4.4.0 读取同一文件（${base.rows.toLocaleString("en")} 行，一次）：${ms(excel.ms)}，峰值内存 ${mb(excel.peakKB)}；` +
        `xinfang check 全程 ${ms(base.whole)}（${base.whole ? ((base.whole / excel.ms) * 100).toFixed(0) : "—"}%，目标 ≤ 50%）`,
    );
  }
  console.log("\n" + classification().join("\n\n"));
}

async function main(argv: string[]): Promise<void> {
  const childPeakFile = argv[argv.indexOf("--child-peak") + 1];
  if (argv.includes("--child-peak")) {
    if (argv[argv.indexOf("--child-peak") + 2] === "check") {
      run(["check", childPeakFile, "--today", TODAY], bufferOutput());
      console.log(`PEAK ${process.resourceUsage().maxRSS}`);
      return;
    }
    const bytes = new Uint8Array(fs.readFileSync(childPeakFile));
    const wb = engine.openWorkbook(bytes);
    const g = wb.grid();
    touch(g);
    const r = engine.checkWorkbook(g, { today: TODAY_DAY });
    engine.assignWorkbook(g, { today: TODAY_DAY, overwrite: false });
    engine.monthlyReport(g, { month: MONTH, today: TODAY_DAY });
    wb.apply(engine.marksPatch(r));
    wb.toBytes();
    console.log(`PEAK ${process.resourceUsage().maxRSS}`);
    return;
  }
  if (argv.includes("--child-exceljs")) {
    const file = argv[argv.indexOf("--child-exceljs") + 1];

    const ExcelJS = require("exceljs") as typeof import("exceljs");
    const buf = fs.readFileSync(file);
    const t = process.hrtime.bigint();
    new ExcelJS.Workbook().xlsx.load(buf as unknown as import("exceljs").Buffer).then(() => {
      const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
      console.log(`EXCELJS ${elapsed.toFixed(0)} ${process.resourceUsage().maxRSS}`);
    });
    return;
  }
  const opts = options(argv);
  console.log(`生成/复用测试台账：${opts.sizes.join("、")} 行（.bench/）`);
  const gen = timeIt(() => opts.sizes.forEach((n) => ensureLarge(n)));
  if (gen > 1000) console.log(`（生成用时 ${ms(gen)}）`);
  const results = opts.sizes.map((n) => {
    console.log(`测量 ${n} 行……`);
    return measure(n, opts.runs);
  });
  let excel: { ms: number; peakKB: number } | null = null;
  if (opts.exceljs) {
    const base = opts.sizes.includes(100000) ? 100000 : opts.sizes[opts.sizes.length - 1];
    console.log(`ExcelJS 读取 ${base} 行（较慢）……`);
    excel = childExcelJs(ensureLarge(base));
  }
  report(results, excel, opts);
  if (opts.fuzz > 0) {
    console.log(`\n随机台账模糊测试（fast-check）……`);
    const r = await runFuzz(opts.fuzz);
    console.log(
      `  check/assign/report、标记后清除、应用后撤销：${r.runs} 例，${ms(r.ms)}，${r.failure ? `失败：${r.failure}` : "全部通过"}`,
    );
  }
}

void main(process.argv.slice(2));

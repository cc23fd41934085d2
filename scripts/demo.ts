/**
 * `npm run demo`: the whole flow on the sample workbook, as a clerk would run it — check, then
 * assign, then the October report — through the CLI code, into out/. Needs no build step (tsx).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { consoleOutput } from "../src/cli/output";
import { run } from "../src/cli/run";
import { buildSample } from "./generate-sample";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "sample-ledger.xlsx");
const OUT = path.join(ROOT, "out");
/** Fixed, so the demo's output is the same on every day it runs. */
const TODAY = "2026-11-23";
const MONTH = "2026-10";

const rel = (p: string): string => path.relative(process.cwd(), p) || ".";

interface Step {
  title: string;
  argv: () => string[];
}

function outFile(name: string): string {
  return rel(path.join(OUT, name));
}

async function main(): Promise<number> {
  if (!fs.existsSync(SAMPLE)) {
    fs.mkdirSync(path.dirname(SAMPLE), { recursive: true });
    fs.writeFileSync(SAMPLE, await buildSample());
    console.log(`已生成示例台账 ${rel(SAMPLE)}`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const assigned = path.join(OUT, "assigned.xlsx");
  const steps: Step[] = [
    {
      title: "第一步 校验台账（xinfang check）",
      argv: () => [
        "check",
        rel(SAMPLE),
        "--today",
        TODAY,
        "--json",
        outFile("check-result.json"),
        "--out",
        outFile("check-result.xlsx"),
      ],
    },
    {
      title: "第二步 分类与包案分配（xinfang assign）",
      argv: () => ["assign", rel(SAMPLE), "--today", TODAY, "--json", outFile("assigned.json"), "--out", rel(assigned)],
    },
    {
      title: `第三步 ${MONTH} 月报（xinfang report）`,
      // The report counts categories, so it reads the assigned copy when assignment ran.
      argv: () => [
        "report",
        fs.existsSync(assigned) ? rel(assigned) : rel(SAMPLE),
        "--month",
        MONTH,
        "--today",
        TODAY,
        "--json",
        outFile("report.json"),
        "--out",
        outFile("report.xlsx"),
      ],
    },
  ];
  let failed = 0;
  for (const step of steps) {
    console.log(`\n=== ${step.title} ===`);
    const argv = step.argv();
    console.log(`$ xinfang ${argv.join(" ")}`);
    const code = run(argv, consoleOutput);
    // check exits 1 when the ledger has errors, which the sample has on purpose.
    if (code === 2) failed++;
  }
  console.log(`\n结果文件在 ${rel(OUT)}/ 中。`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`演示失败：${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);

/**
 * `npx tsx scripts/bench-standalone.ts [--rows 100000] [--runs 5] dist-a [dist-b …]`
 *
 * The standalone page in Chromium (/usr/bin/chromium) over a generated ledger: for each built
 * dist/ given, interleaved run by run, times 打开 (file chosen → pane shown) and 校验 (click →
 * summary shown), and the main thread's longest hold during the check (timer gap and longest task,
 * test/e2e/probe.ts). Prints each run and the medians. Build the dists first (npm run build:web).
 */
import * as os from "node:os";
import { chromium, type Page } from "playwright-core";
import { serveStatic } from "../test/e2e/static-server";
import { startProbe, stopProbe } from "../test/e2e/probe";
import { ensureLarge } from "./make-large";

interface Run {
  open: number;
  check: number;
  maxGap: number;
  longestTask: number;
  findings: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function once(page: Page, origin: string, file: string): Promise<Run> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("button", { name: "选择台账文件", exact: true }).waitFor({ timeout: 30_000 });
  const t0 = Date.now();
  await page.getByTestId("file-input").setInputFiles(file);
  const run = page.getByRole("button", { name: "运行校验", exact: true });
  await run.waitFor({ timeout: 120_000 });
  const open = Date.now() - t0;
  await startProbe(page);
  const t1 = Date.now();
  await run.click();
  await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
  await page.getByTestId("run-bar").waitFor({ state: "detached", timeout: 300_000 });
  const check = Date.now() - t1;
  const probe = await stopProbe(page);
  const findings = (/共 (\d+) 条问题/.exec(await page.getByTestId("check-summary").innerText()) ?? [])[1] ?? "?";
  return { open, check, maxGap: Math.round(probe.maxGap), longestTask: Math.round(probe.longestTask), findings };
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rows = Number(arg("rows") ?? 100000);
  const runs = Number(arg("runs") ?? 5);
  const dists = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
  const file = ensureLarge(rows);
  const servers = await Promise.all(dists.map((d) => serveStatic(d)));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const results: Run[][] = dists.map(() => []);
  try {
    for (let r = 0; r < runs; r++) {
      for (let d = 0; d < dists.length; d++) {
        const context = await browser.newContext({ viewport: { width: 400, height: 760 } });
        const page = await context.newPage();
        const res = await once(page, servers[d].origin, file);
        results[d].push(res);
        console.log(`run ${r + 1} ${dists[d]}: ${JSON.stringify(res)}  load ${os.loadavg()[0].toFixed(2)}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  for (let d = 0; d < dists.length; d++) {
    const m = (k: "open" | "check" | "maxGap" | "longestTask") => median(results[d].map((x) => x[k]));
    console.log(
      `${dists[d]} (${rows} rows, ${runs} runs) median: open ${m("open")} ms, check ${m("check")} ms, ` +
        `main thread max gap ${m("maxGap")} ms, longest task ${m("longestTask")} ms`,
    );
  }
}

void main();

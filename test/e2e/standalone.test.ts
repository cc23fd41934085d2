/**
 * End to end in a real browser: Debian's Chromium (never a downloaded one) driven by playwright-core
 * against the built page (dist/) served on 127.0.0.1, in standalone mode (no Office host). Opens the
 * sample ledger, runs 校验, clicks a finding, previews and applies assignment then undoes it, runs
 * 月报, downloads the result and checks the file with the file host; then, on a generated 20,000-row
 * ledger, checks that the page keeps ticking while the engine worker computes, and that 取消 stops a
 * run. Every request to another origin is blocked and must not happen. Screenshots of each pane go
 * to docs/screenshots/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { monthlyReport } from "../../src/core/report";
import { checkWorkbook } from "../../src/core/check";
import { cellAt, parseA1, type WorkbookGrid } from "../../src/core/grid";
import { dayFromIso } from "../../src/core/day";
import { XlsxWorkbook } from "../../src/hosts/file";
import { buildLarge } from "../../scripts/make-large";
import { startProbe, stopProbe } from "./probe";
import { serveStatic, type StaticServer } from "./static-server";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(ROOT, "docs", "screenshots");
const SAMPLE = join(ROOT, "assets", "sample-ledger.xlsx");
const MONTH = "2026-10";
/** The sample's "today" (test/fixtures/generate-ledger.ts DEFAULT_TODAY); set in 设置 so runs are repeatable. */
const TODAY = "2026-11-23";
/** Big enough that a check on the page's own thread holds it for most of a second (docs/addin.md). */
const LARGE_ROWS = 20_000;
/**
 * The longest the page may stop ticking during that check. With the engine in the worker only
 * React's render of the result is left (about 0.1 s here); on the page's thread it was ~0.8 s.
 */
const MAX_GAP_MS = 300;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`end-to-end tests skipped: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
}
const describeE2e = haveChromium ? describe : describe.skip;

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when it is missing or older than the sources (a fresh clone, or after edits). */
function ensureBuilt(): void {
  const page = join(DIST, "taskpane.html");
  const stale = !existsSync(page) || statSync(page).mtimeMs < newestMtime(join(ROOT, "src"));
  if (!stale && !process.env.XINFANG_E2E_REBUILD) return;
  try {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build:web failed:\n${String(out.stdout ?? "")}${String(out.stderr ?? "")}`);
  }
}

function grid(bytes: Uint8Array): WorkbookGrid {
  return XlsxWorkbook.open(bytes, "result.xlsx").grid();
}

function sheetOf(wb: WorkbookGrid, name: string) {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${wb.sheets.map((x) => x.name).join(",")}`);
  return s;
}

describeE2e("standalone page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Chromium on Linux takes its UI language (date pickers) from the environment, not from --lang.
      env: { ...process.env, LANGUAGE: "zh_CN", LANG: process.env.LANG || "C.UTF-8" },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN", // date and month pickers in Chinese, as on a township PC
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 400, height: 760 },
      deviceScaleFactor: 1,
      locale: "zh-CN",
      acceptDownloads: true,
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin + "/") || url.startsWith("blob:") || url.startsWith("data:")) {
        return route.continue();
      }
      foreign.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = async (name: string, fullPage = false): Promise<void> => {
    await page.waitForTimeout(400); // let tab and accordion animations settle
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  };
  const tab = (name: string): Promise<void> => page.getByRole("tab", { name }).click();
  const button = (name: string) => page.getByRole("button", { name, exact: true });
  const idle = (): Promise<void> => page.getByTestId("run-bar").waitFor({ state: "detached", timeout: 60_000 });

  it("opens as the standalone page with office.js from its own origin", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await button("选择台账文件").waitFor({ timeout: 20_000 });
    expect(server.requests).toContain("/office-js/office.js");
    await shot("standalone-open");
  });

  it("opens the sample ledger and runs 校验", async () => {
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await tab("设置");
    await page.getByTestId("today").fill(TODAY);
    await button("使用此日期").click();
    await tab("校验");
    await button("运行校验").click();
    await page.getByTestId("check-summary").waitFor({ timeout: 60_000 });
    await idle();

    const expected = checkWorkbook(grid(new Uint8Array(readFileSync(SAMPLE))), { today: dayFromIso(TODAY) ?? 0 });
    const summary = await page.getByTestId("check-summary").innerText();
    expect(summary).toContain(`共 ${expected.findings.length} 条问题`);
    expect(await page.getByTestId("message").innerText()).toMatch(/校验完成/);
    // No ID number is shown in full: 17 digits in a row never appear in the pane.
    expect(await page.locator("body").innerText()).not.toMatch(/\d{17}[\dXx]/);
    await shot("check");
  });

  it("clicking a finding selects its cell", async () => {
    const first = page.getByTestId("finding").first();
    const cell = (await first.locator("span").first().innerText()).trim();
    expect(parseA1(cell)).toBeDefined();
    await first.click();
    await expect(page.getByTestId("selection").innerText()).resolves.toContain(`已定位：信访台账!${cell}`);
  });

  it("filters by code", async () => {
    const filter = page.getByTestId("code-filter");
    const options = await filter.locator("option").allInnerTexts();
    expect(options.length).toBeGreaterThan(1);
    const value = await filter.locator("option").nth(1).getAttribute("value");
    await filter.selectOption(value ?? "");
    const n = Number(/（(\d+)）/.exec(options[1])?.[1]);
    const headers = await page.locator("section .fui-AccordionHeader").allInnerTexts();
    expect(headers).toHaveLength(1);
    expect(headers[0]).toContain(`（${n}）`);
    await filter.selectOption("");
  });

  it("previews and applies 分类与包案, then 撤销上次操作 restores it", async () => {
    await tab("分类与包案");
    await button("预览").click();
    await idle();
    const rows = page.getByTestId("assign-preview").locator("tbody tr");
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBeGreaterThan(0);
    await shot("assign");
    await button("应用").click();
    await idle();
    expect(await page.getByTestId("message").innerText()).toMatch(/已写入 \d+ 个单元格/);
    await button("撤销上次操作").click();
    await idle();
    expect(await page.getByTestId("message").innerText()).toContain("已撤销“分类与包案”");
  });

  it("runs 月报 with a headline and a 12-month chart", async () => {
    await tab("月报");
    await page.getByTestId("report-year").selectOption(MONTH.slice(0, 4));
    await page.getByTestId("report-month").selectOption(String(Number(MONTH.slice(5))));
    await button("生成月报").click();
    await page.getByTestId("report-headline").waitFor({ timeout: 60_000 });
    await idle();
    expect((await page.getByTestId("report-headline").innerText()).length).toBeGreaterThan(10);
    expect(await page.getByTestId("month-chart").locator("rect").count()).toBe(24);
    await shot("report", true);
    await tab("设置");
    await shot("settings");
  });

  it("downloads a file holding the marks and the filled report, without the undone assignment", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), button("下载处理结果").click()]);
    expect(download.suggestedFilename()).toBe("sample-ledger-已处理.xlsx");
    const path = await download.path();
    const downloaded = XlsxWorkbook.open(new Uint8Array(readFileSync(path)), "result.xlsx");
    const result = downloaded.grid();
    const original = grid(new Uint8Array(readFileSync(SAMPLE)));

    // Marks: the bookkeeping sheet lists the marked cells, among them the finding clicked above.
    const marked = downloaded
      .markRecords()
      .filter((r) => r.sheet === "信访台账")
      .map((r) => r.ref);
    expect(marked.length).toBeGreaterThan(0);
    const clicked = (await page.getByTestId("selection").innerText()).match(/!([A-Z]+\d+)/)?.[1];
    expect(marked).toContain(clicked);
    expect(result.sheets.map((s) => s.name)).toContain("校验结果");

    // The report: every cell the core fills for this month holds the core's number.
    const expected = monthlyReport(original, { month: MONTH, today: dayFromIso(TODAY) ?? 0 });
    expect(expected.cells.length).toBeGreaterThan(0);
    const report = sheetOf(result, expected.reportSheet ?? "月报");
    for (const c of expected.cells) {
      const at = parseA1(c.cell);
      if (!at || c.value === null) continue;
      expect([c.cell, cellAt(report, at.row, at.col)]).toEqual([c.cell, c.value]);
    }

    // The assignment was undone: the ledger's cells are as in the original.
    const ledger = sheetOf(result, "信访台账");
    const before = sheetOf(original, "信访台账");
    const trimmed = (row: readonly unknown[] | undefined): unknown[] => {
      const out = [...(row ?? [])];
      while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
      return out;
    };
    for (let r = 0; r < before.rows.length; r++) {
      expect([r, trimmed(ledger.rows[r])]).toEqual([r, trimmed(before.rows[r])]);
    }
  });

  it("computes in the engine worker, loaded from the page's own origin", () => {
    expect(server.requests.filter((p) => /^\/engine\.[0-9a-f]+\.js$/.test(p))).toHaveLength(1);
  });

  it(`keeps the page responsive while a ${LARGE_ROWS}-row ledger is checked`, async () => {
    const buffer = Buffer.from(buildLarge(LARGE_ROWS));
    await page.getByTestId("file-input").setInputFiles({ name: "large.xlsx", mimeType: XLSX_TYPE, buffer });
    await button("运行校验").waitFor({ timeout: 60_000 });
    await startProbe(page);
    await button("运行校验").click();
    await page.getByTestId("check-summary").waitFor({ timeout: 120_000 });
    await idle();
    const probe = await stopProbe(page);
    expect(await page.getByTestId("message").innerText()).toMatch(/校验完成/);
    expect(probe.ticks).toBeGreaterThan(10);
    expect(probe.maxGap).toBeLessThan(MAX_GAP_MS);
  });

  it("取消 during a run stops it in the worker before anything is written", async () => {
    // Click 取消 from inside the page the moment the bar appears, so the cancel always lands mid-run.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="run-bar"]');
        const cancel = bar
          ? Array.from(bar.querySelectorAll("button")).find((b) => b.textContent?.includes("取消"))
          : undefined;
        if (!cancel) return;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await button("运行校验").click();
    await idle();
    expect(await page.getByTestId("message").innerText()).toBe("已取消，工作簿未作改动。");
    // Only the first check wrote: one undo empties the stack.
    await button("撤销上次操作").click();
    await idle();
    expect(await page.getByTestId("message").innerText()).toContain("已撤销“校验标记”");
    expect(await button("撤销上次操作").isDisabled()).toBe(true);
  });

  it("says in Chinese when the engine worker cannot be loaded", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    await context.route("**/*", (route) =>
      /\/engine\.[0-9a-f]+\.js$/.test(route.request().url()) ? route.abort() : route.continue(),
    );
    const broken = await context.newPage();
    try {
      await broken.goto(`${server.origin}/taskpane.html`);
      await broken.getByRole("button", { name: "选择台账文件", exact: true }).waitFor({ timeout: 20_000 });
      await broken.getByTestId("file-input").setInputFiles(SAMPLE);
      const error = broken.getByTestId("open-error");
      await error.waitFor({ timeout: 20_000 });
      expect(await error.innerText()).toContain("后台计算出错");
    } finally {
      await context.close();
    }
  });

  it("made no request to any other origin and raised no page error", () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

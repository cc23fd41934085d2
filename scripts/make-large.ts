/**
 * `npx tsx scripts/make-large.ts [--rows 100000,10000,300000] [--out .bench]`: big generated ledgers
 * (25 columns, a title row and a two-row header, a 配置 sheet, the 月报 template) for the benchmark, written fast.
 * Files go to `.bench/ledger-<rows>.xlsx` (gitignored) and are reused when present.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CellValue } from "../src/core/grid";
import { columnLetters } from "../src/core/grid";
import { reportTemplate } from "../src/core/report";
import { generateLedgerRows, LEDGER_COLUMNS, someDefects } from "../test/fixtures/generate-ledger";
import { TOWN, VILLAGES } from "../test/fixtures/township";
import { type FastSheet, ownedToFast, STYLE, writeFastXlsx } from "./lib/fast-xlsx";
import { sampleConfigSheet } from "./lib/sample-sheets";

export const BENCH_DIR = path.join(__dirname, "..", ".bench");

export function largeFileName(rows: number, dir = BENCH_DIR): string {
  return path.join(dir, `ledger-${rows}.xlsx`);
}

/** Builds the workbook bytes: the ledger (title, two-row header, data) and the township's 配置. */
export function buildLarge(rows: number, seed = rows): Uint8Array {
  const g = generateLedgerRows({ rows, seed, startYear: 2024, years: 3, villages: 10, defects: someDefects(5) });
  const cols = g.columns;
  const title: CellValue[] = [`2026年${TOWN}信访事项登记台账`];
  const parents: CellValue[] = cols.map((c) => c.parent ?? c.header);
  const children: CellValue[] = cols.map((c) => c.child ?? null);
  const merges = [`A1:${columnLetters(cols.length - 1)}1`];
  cols.forEach((c, i) => {
    const L = columnLetters(i);
    if (!c.parent) merges.push(`${L}2:${L}3`);
    else if (cols[i - 1]?.parent !== c.parent) {
      let last = i;
      while (cols[last + 1]?.parent === c.parent) last++;
      merges.push(`${L}2:${columnLetters(last)}2`);
      for (let k = i + 1; k <= last; k++) parents[k] = null;
    }
  });
  const ledger: FastSheet = {
    name: "信访台账",
    rows: [title, parents, children, ...g.rows],
    merges,
    frozenRows: 3,
    widths: cols.map((c) => c.width),
    style: (r, c, v) => {
      if (r < 3) return STYLE.header;
      const kind = cols[c].kind;
      if (kind === "date" && typeof v === "number") return STYLE.date;
      if (kind === "id" && typeof v === "string") return STYLE.text;
      return STYLE.general;
    },
  };
  return writeFastXlsx([ledger, ownedToFast(sampleConfigSheet(VILLAGES)), ownedToFast(reportTemplate())]);
}

/** Writes the file when missing (or when forced); returns its path. */
export function ensureLarge(rows: number, opts: { force?: boolean; dir?: string } = {}): string {
  const file = largeFileName(rows, opts.dir);
  if (!opts.force && fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = buildLarge(rows);
  const tmp = file + ".tmp";
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return file;
}

function main(): void {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = (arg("rows") ?? "100000").split(",").map(Number);
  for (const rows of sizes) {
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows 的值无效：${arg("rows")}`);
    const t = Date.now();
    const file = ensureLarge(rows, { force: true, dir: arg("out") });
    const mb = fs.statSync(file).size / 1048576;
    console.log(
      `${path.relative(process.cwd(), file)}：${rows} 行 × ${LEDGER_COLUMNS.length} 列，${mb.toFixed(1)} MB，${Date.now() - t} ms`,
    );
  }
}

if (require.main === module) main();

/**
 * `npm run sample`: writes assets/sample-ledger.xlsx — a made-up township's ledger over three years
 * (2024-01 … 2026-11), with a handful of seeded problems, its 配置 sheet and a 月报 template. Written with
 * ExcelJS (a second producer besides the file host) and re-zipped with fixed timestamps so re-running
 * gives the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { reportTemplate } from "../src/core/report";
import { generateLedgerRows, SAMPLE_COLUMNS, someDefects } from "../test/fixtures/generate-ledger";
import { TOWN } from "../test/fixtures/township";
import { writeLedgerSheet } from "./lib/ledger-exceljs";
import { writeOwnedSheet } from "./lib/owned-sheet-exceljs";
import { sampleConfigSheet } from "./lib/sample-sheets";

export const SAMPLE_SEED = 20261123;
export const SAMPLE_ROWS = 1500;
const FIXED = new Date(Date.UTC(2026, 10, 23, 0, 0, 0));

/** Re-zips with one fixed modification time, so the bytes do not depend on when the script ran. */
export function normalizeZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b),
  );
  const out: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const n of names) out[n] = [files[n], { mtime: FIXED, level: 6 }];
  return zipSync(out);
}

export async function buildSample(rows = SAMPLE_ROWS, seed = SAMPLE_SEED): Promise<Uint8Array> {
  const g = generateLedgerRows({
    rows,
    seed,
    startYear: 2024,
    years: 3,
    villages: 8,
    columns: SAMPLE_COLUMNS,
    defects: someDefects(3),
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = "信访台账助手";
  wb.lastModifiedBy = "信访台账助手";
  wb.created = FIXED;
  wb.modified = FIXED;
  writeLedgerSheet(wb, g, `2026年${TOWN}信访事项登记台账`);
  writeOwnedSheet(wb, sampleConfigSheet(g.villages));
  writeOwnedSheet(wb, reportTemplate());
  const buf = await wb.xlsx.writeBuffer();
  return normalizeZip(new Uint8Array(buf as ArrayBuffer));
}

async function main(): Promise<void> {
  const file = path.join(__dirname, "..", "assets", "sample-ledger.xlsx");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const t = Date.now();
  const bytes = await buildSample();
  fs.writeFileSync(file, bytes);
  console.log(
    `已生成示例台账 ${path.relative(process.cwd(), file)}（${SAMPLE_ROWS} 件，${(bytes.length / 1024).toFixed(0)} KB，${Date.now() - t} ms）`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`生成示例台账失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

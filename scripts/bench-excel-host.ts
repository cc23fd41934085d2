/**
 * Benchmark of the Office.js host against the Excel test double: sync count, payload bytes
 * (request + response) and wall time per command, for a ledger of `rows` rows x 25 columns.
 * `npm run bench` calls benchExcelHost; run alone: `npx tsx scripts/bench-excel-host.ts [rows…]`.
 */
import { ExcelHost } from "../src/hosts/excel/host";
import { ledgerWorkbook } from "../test/hosts/excel/fixtures";
import { marksPatch, writesPatch } from "../test/hosts/excel/patches";
import type { FakeExcel } from "../test/hosts/excel/fake-excel";

export interface ExcelHostBenchRow {
  command: string;
  syncs: number;
  payloadBytes: number;
  /** Wall time of the command against the double. */
  ms: number;
  /** Of which the add-in's own work (wall time minus the double's stand-in for Excel). */
  hostMs: number;
}

async function measure(excel: FakeExcel, command: string, fn: () => Promise<unknown>): Promise<ExcelHostBenchRow> {
  excel.resetStats();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  return {
    command,
    syncs: excel.stats.syncs,
    payloadBytes: excel.stats.requestBytes + excel.stats.responseBytes,
    ms: Math.round(ms),
    hostMs: Math.round(ms - excel.stats.excelMs),
  };
}

export async function benchExcelHost(rows: number): Promise<ExcelHostBenchRow[]> {
  const { excel, ledger } = ledgerWorkbook(rows, 2026);
  const host = new ExcelHost({ run: excel.run, supports: excel.supports });
  const findings = Math.min(5000, rows);
  const out: ExcelHostBenchRow[] = [];
  out.push(await measure(excel, "read", () => host.read()));
  out.push(
    await measure(excel, `apply marks (${findings} findings)`, () => host.apply(marksPatch(findings, rows), "校验")),
  );
  await host.read();
  const writes = writesPatch(ledger, rows);
  let record: Awaited<ReturnType<ExcelHost["apply"]>> | undefined;
  out.push(
    await measure(excel, `apply writes (${writes.writes.length} cells)`, async () => {
      record = await host.apply(writes, "分类与包案");
    }),
  );
  if (record) {
    const r = record;
    out.push(await measure(excel, "undo writes", () => host.undo(r)));
  }
  return out;
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  for (const rows of sizes.length ? sizes : [1000, 10000, 50000]) {
    for (const r of await benchExcelHost(rows)) {
      console.log(
        [
          String(rows).padStart(6),
          r.command.padEnd(34),
          String(r.syncs).padStart(3),
          `${(r.payloadBytes / 1e6).toFixed(2)} MB`.padStart(10),
          `${r.ms} ms`.padStart(9),
          `(add-in ${r.hostMs} ms)`,
        ].join("  "),
      );
    }
  }
}

if (require.main === module) void main();

/** Heap and RSS after each step of the whole flow (run with node --expose-gc via tsx). */
import * as fs from "node:fs";
import { dayFromIso } from "../src/core/day";
import { engine } from "../src/cli/engine";

const file = process.argv[2];
const TODAY_DAY = dayFromIso("2026-11-23")!;
const gc = (globalThis as { gc?: () => void }).gc;
function at(label: string): void {
  gc?.();
  const m = process.memoryUsage();
  console.log(
    `${label.padEnd(14)} heap ${(m.heapUsed / 2 ** 20).toFixed(0).padStart(5)} MB  ext ${((m.external + m.arrayBuffers) / 2 ** 20).toFixed(0).padStart(5)} MB  rss ${(m.rss / 2 ** 20).toFixed(0).padStart(5)} MB  maxrss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
at("start");
const bytes = new Uint8Array(fs.readFileSync(file));
at("read");
const wb = engine.openWorkbook(bytes);
at("open");
const g = wb.grid();
for (const s of g.sheets) void s.rows.length;
at("grid");
const r = engine.checkWorkbook(g, { today: TODAY_DAY });
at("check");
const a = engine.assignWorkbook(g, { today: TODAY_DAY, overwrite: false });
at("assign");
const m = engine.monthlyReport(g, { month: "2026-10", today: TODAY_DAY });
at("report");
void a;
void m;
wb.apply(engine.marksPatch(r));
at("apply");
const out = wb.toBytes();
at("toBytes");
console.log(out.length);

/**
 * Read + check of a generated 100k-row ledger (25+ columns). The full size runs only with PERF=1
 * (it takes a few seconds including generation); the default run uses 10k rows and a loose bound.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { STANDARD_HEADERS, SAMPLE_LEADERS, SAMPLE_VILLAGES, configGrid, day, generateRows } from "../../helpers";

const N = process.env.PERF ? 100_000 : 10_000;

it(`checks ${N} rows quickly`, () => {
  const rows = generateRows(N, 7);
  const wb = {
    sheets: [
      { name: "信访台账", rows: [[...STANDARD_HEADERS], ...rows], merges: [] },
      configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES }),
    ],
  };
  // CPU time, not wall time: the test machine is shared, and wall time measures the neighbours
  const t0 = process.cpuUsage();
  const r = checkWorkbook(wb, { today: day("2023-06-30") });
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  if (process.env.PERF)
    console.log(`check ${N} rows: ${ms.toFixed(0)} ms CPU, ${r.findings.length} findings`, r.summary.byCode);
  expect(r.ledger.cases).toHaveLength(N);
  // target: 100k in well under 1 s; the bounds leave room for a loaded 2-core box and cold JIT
  expect(ms).toBeLessThan(N === 100_000 ? 2000 : 800);
});

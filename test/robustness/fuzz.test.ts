import { runFuzz } from "./fuzz-lib";

// A few hundred cases keep `npm test` quick; FUZZ_RUNS=10000 (or scripts/fuzz.ts) runs the long version.
const runs = Number(process.env.FUZZ_RUNS ?? 150);

describe("the whole pipeline on random ledgers (fast-check, seeded)", () => {
  it(`${runs} core cases, a tenth of them through the file host: every property holds`, async () => {
    const r = await runFuzz(runs);
    expect(r.failure).toBeNull();
    expect(r.runs).toBeGreaterThanOrEqual(runs);
  }, 600_000);
});

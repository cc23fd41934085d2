/**
 * The long fuzz run of issue 7: `npx tsx scripts/fuzz.ts [runs] [seed]` (default 10,000 core cases,
 * a tenth through the file host). Prints the count and the time; exits 1 with the counterexample.
 */
import { runFuzz } from "../test/robustness/fuzz-lib";

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.argv[3] ?? 20261123);

void runFuzz(runs, seed).then((r) => {
  console.log(
    `模糊测试：${r.runs} 例（种子 ${seed}），用时 ${(r.ms / 1000).toFixed(1)} 秒，${r.failure ? "失败" : "全部通过"}。`,
  );
  if (r.failure) {
    console.error(r.failure);
    process.exitCode = 1;
  }
});

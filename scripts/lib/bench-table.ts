/** Small helpers of the benchmark: timing, medians, and a plain text table (CJK-aware widths). */
import * as v8 from "node:v8";
import * as vm from "node:vm";

// A full collection before each timed run (untimed): otherwise a run pays, at random, for the
// garbage of the runs before it — at 300k a mark-compact over the 1 GB heap landed on about one
// timed run in five and decided the median. What a run collects of its own garbage still counts.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeIt(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Runs `fn` `runs` times (after `setup` and a full collection each time, untimed); the median in ms. */
export function medianOf(runs: number, fn: () => void, setup?: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    collect();
    times.push(timeIt(fn));
  }
  return median(times);
}

export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  return x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}

export function mb(kb: number | null | undefined): string {
  return kb === null || kb === undefined ? "—" : `${(kb / 1024).toFixed(0)} MB`;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c + " ".repeat(widths[i] - width(c)) : " ".repeat(widths[i] - width(c)) + c)).join("  ");
  const sep = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(rows[0]), sep, ...rows.slice(1).map(line)].join("\n");
}

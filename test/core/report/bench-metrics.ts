/**
 * Engine time of the report on 100k generated cases (not a jest test: `npx tsx test/core/report/bench-metrics.ts`).
 * Cases are built directly (seeded), so this measures report/ alone: metrics, 月报明细, template fill.
 */
import { performance } from "node:perf_hooks";
import { ENUMS, type Category, type Channel, type Level, type Status } from "../../../src/core/schema/fields";
import { computeMetrics } from "../../../src/core/report/metrics";
import { detailsSheet } from "../../../src/core/report/details";
import { fillTemplate } from "../../../src/core/report/fill";
import { reportPeriod } from "../../../src/core/report/period";
import { ownedToGrid, reportTemplate } from "../../../src/core/report/template";
import { build, type CaseSpec } from "./build";
import { makeConfig } from "../../helpers";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

const N = Number(process.argv[2] ?? 100000);
const r = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const iso = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86400000).toISOString().slice(0, 10);
const villages = ["银河村", "九龙村", "东陆村", "通江村", "荫沙村"];
const specs: CaseSpec[] = [];
for (let i = 0; i < N; i++) {
  const on = Math.floor(r() * 900);
  const status = pick(ENUMS.status.values) as Status;
  specs.push({
    row: i + 1,
    on: iso(on),
    channel: pick(ENUMS.channel.values) as Channel,
    level: pick(ENUMS.level.values) as Level,
    category: pick(ENUMS.category.values) as Category,
    headcount: 1 + Math.floor(r() * r() * 30),
    petitioners: [`人${Math.floor((r() * N) / 3)}`],
    village: pick(villages),
    status,
    closed: status === "办理中" ? null : iso(on + Math.floor(r() * 120)),
    resolved: status === "已化解" ? iso(on + 120) : null,
    satisfaction: pick(ENUMS.satisfaction.values) as "满意",
    abnormal: r() < 0.02,
    repeatOf: i > 0 && r() < 0.3 ? Math.floor(r() * i) : -1,
    leaders: [pick(["杨波", "许波", "梅卫峰"])],
  });
}
const { cases, facts } = build(specs);
const period = reportPeriod("2023-05", 1);
const backlog = Uint8Array.from(cases.map(() => Math.floor(r() * 3)));
const config = makeConfig({ params: { population: 38000 } });
const template = ownedToGrid(reportTemplate());

for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  const res = computeMetrics({ cases, facts, params: config.params, period, backlog });
  const t1 = performance.now();
  detailsSheet({
    cases,
    facts,
    config,
    period,
    backlog,
    asOf: period.to,
    targets: res.targets,
    uncounted: res.uncounted,
    counted: res.counted,
  });
  const t2 = performance.now();
  const fill = fillTemplate(template, res.metrics);
  const t3 = performance.now();
  console.log(
    `${N} cases: metrics ${(t1 - t0).toFixed(0)} ms, 月报明细 ${(t2 - t1).toFixed(0)} ms, fill ${(t3 - t2).toFixed(1)} ms (${fill.cells.length} cells); all.batches.ytd=${res.metrics["all.batches.ytd"]}`,
  );
}

import fc from "fast-check";
import { ENUMS, type Category, type Channel, type Level, type Status } from "../../../src/core/schema/fields";
import { computeMetrics } from "../../../src/core/report/metrics";
import { reportPeriod } from "../../../src/core/report/period";
import { SPAN_SCOPES } from "../../../src/core/report/period";
import { build, type CaseSpec } from "./build";

const isoFrom = (n: number): string => new Date(Date.UTC(2021, 0, 1) + n * 86400000).toISOString().slice(0, 10);

const caseArb: fc.Arbitrary<CaseSpec> = fc.record({
  on: fc.option(fc.integer({ min: 0, max: 4 * 365 }).map(isoFrom), { freq: 8 }),
  channel: fc.option(fc.constantFrom(...(ENUMS.channel.values as Channel[])), { freq: 8 }),
  level: fc.option(fc.constantFrom(...(ENUMS.level.values as Level[])), { freq: 8 }),
  category: fc.option(fc.constantFrom(...(ENUMS.category.values as Category[])), { freq: 4 }),
  headcount: fc.integer({ min: 1, max: 60 }),
  abnormal: fc.boolean(),
  repeatTyped: fc.option(fc.boolean()),
  status: fc.constantFrom(...(ENUMS.status.values as Status[])),
  closed: fc.option(fc.integer({ min: 0, max: 4 * 365 }).map(isoFrom)),
});

const ledgerArb = fc.array(fc.tuple(caseArb, fc.integer({ min: -1, max: 50 }), fc.integer({ min: 0, max: 2 })), {
  maxLength: 60,
});

describe("identities hold on random ledgers", () => {
  it("channels and levels sum to all, first + repeat = all, groups by level sum to group, backlog adds up", () => {
    fc.assert(
      fc.property(ledgerArb, fc.integer({ min: 1, max: 28 }), (rows, startDay) => {
        const specs = rows.map(([spec, rep], i) => ({ ...spec, repeatOf: rep < i ? rep : -1 }));
        const { cases, facts } = build(specs);
        const period = reportPeriod("2023-05", startDay);
        const backlog = Uint8Array.from(rows.map(([, , b]) => b));
        const { metrics: m } = computeMetrics({
          cases,
          facts,
          params: { population: 1e5, yoyZeroBase: "blank" },
          period,
          backlog,
        });
        const sum = (names: string[], suffix: string) => names.reduce((s, n) => s + (m[`${n}.${suffix}`] ?? NaN), 0);
        for (const unit of ["batches", "persons"]) {
          for (const scope of SPAN_SCOPES) {
            const sfx = `${unit}.${scope}`;
            const all = m[`all.${sfx}`];
            expect(
              sum(
                ["letter", "visit", "phone", "online", "assigned"].map((k) => `channel.${k}`),
                sfx,
              ),
            ).toBe(all);
            const levels = ["town", "county", "city", "province", "national"];
            expect(
              sum(
                levels.map((k) => `level.${k}`),
                sfx,
              ),
            ).toBe(all);
            expect(sum(["first", "repeat"], sfx)).toBe(all);
            expect(
              sum(
                levels.map((k) => `group.${k}`),
                sfx,
              ),
            ).toBe(m[`group.${sfx}`]);
            expect((m[`overlevel.${sfx}`] ?? NaN) + (m[`level.town.${sfx}`] ?? NaN)).toBe(all);
          }
        }
        expect(m["backlog.total"]).toBe((m["backlog.resolved"] ?? NaN) + (m["backlog.open"] ?? NaN));
        expect(m["backlog.total"]).toBe(backlog.filter((b) => b !== 0).length);
        for (const scope of ["month", "ytd", "monthLastYear", "ytdLastYear"]) {
          expect(m[`first.total.${scope}`]).toBe(m[`first.batches.${scope}`]);
          expect(m[`first.closed.${scope}`]! + m[`first.open.${scope}`]!).toBe(m[`first.total.${scope}`]);
        }
      }),
      { numRuns: 150, seed: 20230531 },
    );
  });
});

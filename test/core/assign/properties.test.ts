/** Properties of planAssignments over random small ledgers (fast-check). */
import fc from "fast-check";
import type { CaseRecord, LeaderConfig } from "../../../src/core/model";
import type { Level, Status } from "../../../src/core/schema/fields";
import { day, makeCase, makeConfig, SAMPLE_LEADERS, SAMPLE_VILLAGES } from "../../helpers";
import { planAssignments } from "../../../src/core/assign/plan";
import { deriveFacts } from "../../../src/core/derive/derive";
import { ALL_COLUMNS, layoutFor, plan, TODAY } from "./build";

const COMPLAINTS = [
  "反映其父亲低保被取消，要求恢复",
  "反映包工头拖欠工资3万元",
  "反映村委会换届选举中有人拉票",
  "1995年企业改制下岗，要求补缴养老保险",
  "反映征地补偿标准过低",
  "来人要求面见书记",
  "",
];
const LEVELS: Level[] = ["来镇", "来镇", "到区", "赴省", "进京"];
const STATUSES: Status[] = ["办理中", "办理中", "已办结", "已化解"];
const VILLAGES = [...SAMPLE_VILLAGES.map((v) => v.name), null];

const caseArb = fc.record({
  complaint: fc.constantFrom(...COMPLAINTS),
  level: fc.constantFrom(...LEVELS),
  status: fc.constantFrom(...STATUSES),
  village: fc.constantFrom(...VILLAGES),
  headcount: fc.integer({ min: 1, max: 30 }),
  leader: fc.option(fc.constantFrom(...SAMPLE_LEADERS.map((l) => l.name), "王某"), { freq: 3 }),
  registered: fc.integer({ min: 0, max: 900 }),
});

const capsArb = fc.array(fc.option(fc.integer({ min: 0, max: 4 })), {
  minLength: SAMPLE_LEADERS.length,
  maxLength: SAMPLE_LEADERS.length,
});

type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: CaseSpec[]): CaseRecord[] {
  return specs.map((s, i) =>
    makeCase({
      row: i + 1,
      complaint: s.complaint,
      level: s.level,
      status: s.status,
      village: s.village,
      villageTyped: s.village,
      headcount: s.headcount,
      leaders: s.leader ? [s.leader] : [],
      registeredOn: day("2022-01-01") + s.registered,
    }),
  );
}

describe("planAssignments properties", () => {
  it("fills only empty cells, accounts every empty leader cell, and reports the load it produced", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), capsArb, fc.boolean(), (specs, caps, one) => {
        const cases = build(specs);
        const leaders: LeaderConfig[] = SAMPLE_LEADERS.map((l, i) => ({ ...l, cap: caps[i] ?? null }));
        const p = plan(cases, makeConfig({ leaders, params: { oneLeaderPerCase: one } }));

        const byRow = new Map(cases.map((c) => [c.row + 1, c]));
        for (const a of p.assignments) {
          const c = byRow.get(a.row) as CaseRecord;
          if (a.field === "leader") expect(c.leaders).toEqual([]);
          if (a.field === "category") expect(c.category).toBeNull();
          expect(a.previous).toBeNull();
          expect(a.reason.length).toBeGreaterThan(0);
        }
        // Every empty leader cell is either filled or listed for a person.
        for (const c of cases.filter((x) => x.leaders.length === 0)) {
          const filled = p.assignments.some((a) => a.row === c.row + 1 && a.field === "leader");
          const left = p.left.some((l) => l.row === c.row + 1 && l.field === "leader");
          expect(filled !== left).toBe(true);
        }
        // load = open cases per leader in the final state of the sheet.
        const final = new Map<number, string[]>();
        for (const c of cases) final.set(c.row + 1, c.leaders);
        for (const a of p.assignments) if (a.field === "leader") final.set(a.row, a.value.split("、"));
        const expected: Record<string, number> = {};
        for (const l of leaders) expected[l.name] = 0;
        for (const c of cases)
          for (const name of final.get(c.row + 1) ?? [])
            expected[name] = (expected[name] ?? 0) + (c.status === "办理中" ? 1 : 0);
        expect(p.load).toEqual(expected);
        // Below the cap, a leader takes at most cap − (his open cases already in the sheet) new open
        // cases without the reason saying the cap was exceeded.
        for (const l of leaders.filter((x) => x.cap !== null)) {
          const already = cases.filter((c) => c.leaders.includes(l.name) && c.status === "办理中").length;
          const quiet = p.assignments.filter(
            (a) =>
              a.field === "leader" &&
              a.value.split("、").includes(l.name) &&
              !a.reason.includes("上限") &&
              byRow.get(a.row)?.status === "办理中",
          ).length;
          expect(quiet).toBeLessThanOrEqual(Math.max(0, (l.cap as number) - already));
        }
        // One leader per case unless the config allows more.
        if (one) expect(p.assignments.every((a) => a.field !== "leader" || !a.value.includes("、"))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 30 }), (specs) => {
        const config = makeConfig();
        expect(plan(build(specs), config)).toEqual(plan(build(specs), config));
      }),
      { numRuns: 50 },
    );
  });
});

describe("planAssignments speed", () => {
  it("stays linear: 20 000 cases plan in well under a second on a quiet machine (an O(n²) slip takes minutes)", () => {
    const cases = Array.from({ length: 20000 }, (_, i) =>
      makeCase({
        row: i + 1,
        complaint: COMPLAINTS[i % COMPLAINTS.length],
        level: LEVELS[i % LEVELS.length],
        status: STATUSES[i % STATUSES.length],
        village: SAMPLE_VILLAGES[i % SAMPLE_VILLAGES.length].name,
        villageTyped: SAMPLE_VILLAGES[i % SAMPLE_VILLAGES.length].name,
        registeredOn: day("2022-01-01") + (i % 900),
        petitioners: [`信访人${i}`],
      }),
    );
    const config = makeConfig();
    const facts = deriveFacts(cases, config);
    const t = performance.now();
    const p = planAssignments(cases, facts, config, layoutFor(ALL_COLUMNS, cases.length), {
      today: TODAY,
      overwrite: false,
      backlog: new Uint8Array(cases.length),
    });
    const ms = performance.now() - t;
    expect(p.assignments.filter((a) => a.field === "leader")).toHaveLength(20000);
    expect(ms).toBeLessThan(3000);
  });
});

import { deriveFacts } from "../../../src/core/derive/derive";
import { backlogAsOf, backlogReason } from "../../../src/core/derive/backlog";
import { BacklogState } from "../../../src/core/derive/facts";
import { complaintOverlap } from "../../../src/core/derive/similar";
import type { CaseRecord } from "../../../src/core/model";
import { day, makeCase, makeConfig, makeId } from "../../helpers";

const config = makeConfig();
const ID_YIN = makeId("1968-05-12", 17);

function c(row: number, p: Partial<CaseRecord>): CaseRecord {
  return makeCase({ row, village: "银河村", ...p });
}

describe("deriveFacts: dueOn (§3.1)", () => {
  it("registeredOn + 60 days, start day not counted; + 30 when extended; typed kept", () => {
    const cases = [
      c(1, { registeredOn: day("2023-03-01") }),
      c(2, { registeredOn: day("2023-03-01"), extended: true }),
      c(3, { registeredOn: day("2023-03-01"), dueOnTyped: day("2023-03-15") }),
      c(4, { registeredOn: null }),
      c(5, { registeredOn: day("2023-12-15") }),
    ];
    const f = deriveFacts(cases, config);
    expect(f.dueOn).toEqual([day("2023-04-30"), day("2023-05-30"), day("2023-03-15"), null, day("2024-02-13")]);
  });

  it("follows 办理时限天数 and 延期天数 from the config", () => {
    const f = deriveFacts(
      [c(1, { registeredOn: day("2023-03-01"), extended: true })],
      makeConfig({ params: { handlingDays: 30, extensionDays: 15 } }),
    );
    expect(f.dueOn).toEqual([day("2023-04-15")]);
  });
});

describe("deriveFacts: persons and 集体访 (§3.2)", () => {
  it("keys by ID when known at that name's position, else name + village", () => {
    const f = deriveFacts(
      [
        c(1, { petitioners: ["殷飞", "黄常荣"], idNumbers: [ID_YIN] }),
        c(2, { petitioners: ["殷飞"], village: "九龙村" }),
      ],
      config,
    );
    expect(f.persons[0]).toEqual([`id:${ID_YIN}`, "nv:黄常荣|银河村"]);
    expect(f.persons[1]).toEqual(["nv:殷飞|九龙村"]);
  });

  it("a name + village seen with exactly one ID is that ID's person", () => {
    const f = deriveFacts([c(1, { idNumbers: [ID_YIN] }), c(2, {}), c(3, { village: "九龙村" })], config);
    expect(f.persons.map((p) => p[0])).toEqual([`id:${ID_YIN}`, `id:${ID_YIN}`, "nv:殷飞|九龙村"]);
  });

  it("集体访: headcount ≥ 集体访人数", () => {
    const cases = [c(1, { headcount: 4 }), c(2, { headcount: 5 }), c(3, { headcount: 30 })];
    expect([...deriveFacts(cases, config).group]).toEqual([0, 1, 1]);
    expect([...deriveFacts(cases, makeConfig({ params: { groupSize: 10 } })).group]).toEqual([0, 0, 1]);
  });
});

describe("deriveFacts: repeats (§3.3)", () => {
  const wage = "反映某建筑公司拖欠工资三个月未发";
  const wage2 = "再次反映建筑公司拖欠工资至今未发放";
  const road = "反映村道路破损无人修";

  it("an earlier unresolved case of the same person makes a repeat, whatever the complaint", () => {
    const cases = [
      c(1, { registeredOn: day("2023-03-01"), complaint: wage }),
      c(2, { registeredOn: day("2023-04-10"), complaint: road }),
    ];
    expect([...deriveFacts(cases, config).repeatOf]).toEqual([-1, 0]);
  });

  it("the same day is not earlier; another person is not the same", () => {
    const cases = [
      c(1, { registeredOn: day("2023-03-01") }),
      c(2, { registeredOn: day("2023-03-01") }),
      c(3, { registeredOn: day("2023-04-01"), petitioners: ["戴彩萍"] }),
      c(4, { registeredOn: day("2023-04-02"), village: "九龙村" }),
    ];
    expect([...deriveFacts(cases, config).repeatOf]).toEqual([-1, -1, -1, -1]);
  });

  it("after resolution only the same category and a similar complaint make a repeat", () => {
    const resolved: Partial<CaseRecord> = {
      status: "已化解",
      closedOn: day("2023-03-15"),
      resolvedOn: day("2023-03-20"),
      category: "民生问题类",
    };
    const cases = [
      c(1, { registeredOn: day("2023-03-01"), complaint: wage, ...resolved }),
      c(2, { registeredOn: day("2023-04-10"), complaint: road, category: "民生问题类" }), // not similar
      c(3, {
        registeredOn: day("2023-04-11"),
        complaint: wage2,
        category: "组织人事问题类",
        petitioners: ["戴彩萍", "殷飞"],
      }), // other category
    ];
    const f = deriveFacts(cases, config);
    // row 2 is open from 04-10, so row 3 (shares 殷飞) repeats it rather than row 1
    expect([...f.repeatOf]).toEqual([-1, -1, 1]);
    const only = deriveFacts(
      [cases[0], c(4, { registeredOn: day("2023-05-01"), complaint: wage2, category: "民生问题类" })],
      config,
    );
    expect([...only.repeatOf]).toEqual([-1, 0]);
  });

  it("resolved after the later row's date still counts as unresolved then", () => {
    const cases = [
      c(1, {
        registeredOn: day("2023-03-01"),
        status: "已化解",
        closedOn: day("2023-05-01"),
        resolvedOn: day("2023-05-01"),
      }),
      c(2, { registeredOn: day("2023-04-10"), complaint: "问别的事" }),
      c(3, { registeredOn: day("2023-06-10"), complaint: "又问别的" }),
    ];
    // row 3: row 1 resolved by 06-10, row 2 (办理中) still open → row 2
    expect([...deriveFacts(cases, config).repeatOf]).toEqual([-1, 0, 1]);
  });

  it("same domain counts as similar; the most recent qualifying row is chosen", () => {
    const done: Partial<CaseRecord> = {
      status: "已化解",
      closedOn: day("2023-02-01"),
      resolvedOn: day("2023-02-01"),
      category: "民生问题类",
    };
    const cases = [
      c(1, { registeredOn: day("2023-01-05"), complaint: "征地款", domain: "征地拆迁", ...done }),
      c(2, { registeredOn: day("2023-01-20"), complaint: "拆迁安置房质量", domain: "征地拆迁", ...done }),
      c(3, { registeredOn: day("2023-03-01"), complaint: "补偿标准太低", domain: "征地拆迁", category: "民生问题类" }),
    ];
    // row 2 came while row 1 was still open (resolved 02-01); row 3 matches both by domain → the later, row 2
    expect([...deriveFacts(cases, config).repeatOf]).toEqual([-1, 0, 1]);
  });

  it("bigram similarity: ≥ 50% of the shorter complaint's bigrams", () => {
    expect(complaintOverlap(wage, wage2)).toBeGreaterThanOrEqual(0.5);
    expect(complaintOverlap(wage, road)).toBeLessThan(0.5);
    // blanks and punctuation do not matter
    expect(complaintOverlap("拖欠 工资，", "拖欠工资")).toBe(1);
  });
});

describe("backlogAsOf (§3.4)", () => {
  const D = day("2023-06-30");
  const base = { registeredOn: day("2023-01-10"), complaint: "反映宅基地纠纷" };

  const cases = [
    /* 0 (a) designated, resolved by D */ c(1, {
      ...base,
      backlogFlag: true,
      status: "已化解",
      closedOn: day("2023-02-01"),
      resolvedOn: day("2023-02-10"),
      pledge: true,
      followUp: true,
    }),
    /* 1 (b) open past dueOn (01-10 + 60 = 03-11) */ c(2, { ...base, petitioners: ["戴彩萍"] }),
    /* 2 (b) closed late: 03-20 > 03-11 */ c(3, {
      ...base,
      petitioners: ["吴建国"],
      status: "已办结",
      closedOn: day("2023-03-20"),
    }),
    /* 3 closed in time, not backlog */ c(4, {
      ...base,
      petitioners: ["杨小宽"],
      status: "已办结",
      closedOn: day("2023-02-20"),
    }),
    /* 4 (d) closed, 不满意 */ c(5, {
      ...base,
      petitioners: ["严珍芳"],
      status: "已办结",
      closedOn: day("2023-02-20"),
      satisfaction: "不满意",
    }),
    /* 5 (c) closed 02-20, same person back on the same matter 04-01 */ c(6, {
      ...base,
      petitioners: ["蒋风平"],
      status: "已办结",
      closedOn: day("2023-02-20"),
    }),
    /* 6 the return visit (open, not past due by D: 04-01 + 60 = 05-31 < 06-30 → (b) too) */ c(7, {
      ...base,
      petitioners: ["蒋风平"],
      registeredOn: day("2023-04-01"),
      complaint: "再次反映宅基地纠纷",
    }),
    /* 7 registered after D */ c(8, {
      ...base,
      petitioners: ["汤来仙"],
      registeredOn: day("2023-07-01"),
      backlogFlag: true,
    }),
    /* 8 closed after D: open at D and past due → (b) */ c(9, {
      ...base,
      petitioners: ["封振成"],
      status: "已办结",
      closedOn: day("2023-07-05"),
    }),
    /* 9 same person back on another matter: not (c) */ c(10, {
      ...base,
      petitioners: ["汤可云"],
      status: "已办结",
      closedOn: day("2023-02-20"),
    }),
    /* 10 */ c(11, { ...base, petitioners: ["汤可云"], registeredOn: day("2023-06-01"), complaint: "低保申请" }),
  ];
  const facts = deriveFacts(cases, config);

  it("applies (a)-(d) and splits resolved / open", () => {
    const s = backlogAsOf(cases, facts, D);
    const { None, Open, Resolved } = BacklogState;
    expect([...s]).toEqual([Resolved, Open, Open, None, Open, Open, Open, None, Open, None, None]);
    expect(cases.map((_, i) => backlogReason(i, cases, facts, D))).toEqual([
      "a",
      "b",
      "b",
      null,
      "d",
      "c",
      "b",
      null,
      "b",
      null,
      null,
    ]);
    const total = s.filter((x) => x !== None).length;
    const resolved = s.filter((x) => x === Resolved).length;
    const open = s.filter((x) => x === Open).length;
    expect([total, resolved, open]).toEqual([7, 1, 6]);
    expect(total).toBe(resolved + open);
  });

  it("depends on D: before the return visit (c) does not hold; before 03-11 nothing is overdue", () => {
    expect(backlogReason(5, cases, facts, day("2023-03-31"))).toBeNull();
    const early = backlogAsOf(cases, facts, day("2023-03-01"));
    expect([...early].map((x, i) => (x ? i : -1)).filter((i) => i >= 0)).toEqual([0, 4]); // (a), and (d) already holds
    // resolved only from resolvedOn on
    expect(early[0]).toBe(BacklogState.Resolved);
    expect(backlogAsOf(cases, facts, day("2023-02-05"))[0]).toBe(BacklogState.Open);
  });
});

import { BacklogState } from "../../../src/core/derive/facts";
import type { LeaderConfig } from "../../../src/core/model";
import { day, makeCase, makeConfig, SAMPLE_LEADERS } from "../../helpers";
import { ALL_COLUMNS, assigned, layoutFor, plan } from "./build";

/** A case of 通江村 registered 2024-05-01; data rows start at sheet row 1 (0-based). */
const kase = (row: number, p: Parameters<typeof makeCase>[0] extends infer T ? Partial<T> : never = {}) =>
  makeCase({ village: "通江村", villageTyped: "通江村", registeredOn: day("2024-05-01"), ...p, row });

const leaderOf = (p: ReturnType<typeof plan>, row: number) => assigned(p, row, "leader");

describe("key cases go to a 主要领导 (rule 1)", () => {
  const config = makeConfig();
  it.each([
    ["进京", { level: "进京" as const }],
    ["赴省", { level: "赴省" as const }],
    ["非正常访", { abnormal: true }],
    ["20人以上集体访", { headcount: 23 }],
  ])("%s", (label, extra) => {
    const p = plan([kase(1, { complaint: "反映征地补偿款未到位", ...extra })], config);
    const a = leaderOf(p, 1);
    expect(["高栋", "周洪春"]).toContain(a?.value);
    expect(a?.reason).toBe(`重点案件（${label}）：由主要领导包案`);
  });

  it("a group of 19 or a visit to the city is not a key case", () => {
    const p = plan([kase(1, { complaint: "反映征地补偿款未到位", headcount: 19, level: "到市" })], config);
    expect(leaderOf(p, 1)).toMatchObject({ value: "许波", reason: "分管领域：征地拆迁" });
  });

  it("a backlog case open for more than two years is a 陈年老案; a younger one is not", () => {
    const cases = [
      kase(1, { complaint: "反映征地补偿款未到位", registeredOn: day("2022-06-01") }),
      kase(2, { complaint: "反映征地补偿款未到位", registeredOn: day("2022-08-01") }),
      kase(3, { complaint: "反映征地补偿款未到位", registeredOn: day("2021-01-01") }),
    ];
    const backlog = Uint8Array.from([BacklogState.Open, BacklogState.Open, BacklogState.Resolved]);
    const p = plan(cases, config, { backlog });
    expect(leaderOf(p, 1)?.reason).toBe("重点案件（两年以上未化解积案）：由主要领导包案");
    expect(leaderOf(p, 2)?.value).toBe("许波");
    expect(leaderOf(p, 3)?.value).toBe("许波");
  });

  it("without a 主要领导 in the config a key case falls to the next rule", () => {
    const leaders = SAMPLE_LEADERS.map((l) => ({ ...l, principal: false }));
    const p = plan([kase(1, { complaint: "反映征地补偿款未到位", level: "进京" })], makeConfig({ leaders }));
    expect(leaderOf(p, 1)?.value).toBe("许波");
  });
});

describe("分管领域 (rule 2) and 属地管理 (rule 3)", () => {
  const config = makeConfig();

  it("the domain's 分管领导 comes before the category's", () => {
    // 征地拆迁 (许波) is more specific than 民生问题类 (杨波), and the case is in 通江村 (汤浩明).
    const p = plan([kase(1, { complaint: "反映征地补偿标准过低" })], config);
    expect(leaderOf(p, 1)).toMatchObject({ value: "许波", reason: "分管领域：征地拆迁" });
  });

  it("the category's 分管领导 when no domain leader fits", () => {
    const p = plan([kase(1, { complaint: "反映村委会换届选举中有人拉票" })], config);
    expect(leaderOf(p, 1)).toMatchObject({ value: "梅卫峰", reason: "分管领域：组织人事问题类" });
  });

  it("a 分管领域 entry that is neither a category nor a domain matches words of the complaint", () => {
    const leaders: LeaderConfig[] = [
      ...SAMPLE_LEADERS,
      { name: "钱红", title: "副镇长", principal: false, duties: ["教育"], villages: [], cap: null },
    ];
    const p = plan([kase(1, { complaint: "反映学校教育乱收费" })], makeConfig({ leaders }));
    expect(leaderOf(p, 1)).toMatchObject({ value: "钱红", reason: "分管领域：教育（诉求含“教育”）" });
  });

  it("category and domain spelled as aliases in the config (`民生`) still match", () => {
    const leaders: LeaderConfig[] = [
      { name: "甲", title: "", principal: false, duties: ["民生"], villages: [], cap: null },
      { name: "乙", title: "", principal: false, duties: ["其它"], villages: ["通江村"], cap: null },
    ];
    const p = plan([kase(1, { complaint: "反映自家危房无人过问" })], makeConfig({ leaders }));
    expect(leaderOf(p, 1)).toMatchObject({ value: "甲", reason: "分管领域：民生问题类" });
  });

  it("otherwise the village's 包村领导", () => {
    const p = plan([kase(1, { complaint: "来人情绪激动，要求面见书记" })], config);
    expect(leaderOf(p, 1)).toMatchObject({ value: "汤浩明", reason: "属地管理：通江村包村领导" });
  });

  it("a leader whose 包村 list names the village is a 包村领导 too", () => {
    const leaders: LeaderConfig[] = [
      { name: "甲", title: "", principal: false, duties: [], villages: ["通江村"], cap: null },
    ];
    const villages = [{ name: "通江村", aliases: [], lead: "管忠芳", leader: null }];
    const p = plan([kase(1, { complaint: "要求面见书记" })], makeConfig({ leaders, villages }));
    expect(leaderOf(p, 1)).toMatchObject({ value: "甲", reason: "属地管理：通江村包村领导" });
  });

  it("follows the config: moving 征地拆迁 to another leader moves the case", () => {
    const leaders = SAMPLE_LEADERS.map((l) =>
      l.name === "许波" ? { ...l, duties: [] } : l.name === "丁国强" ? { ...l, duties: ["征地拆迁"] } : l,
    );
    const p = plan([kase(1, { complaint: "反映征地补偿标准过低" })], makeConfig({ leaders }));
    expect(leaderOf(p, 1)?.value).toBe("丁国强");
  });

  it("leaves a case for a person when nothing fits", () => {
    const p = plan(
      [makeCase({ row: 1, complaint: "要求面见书记", registeredOn: day("2024-05-01") })],
      makeConfig({ leaders: [], villages: [] }),
    );
    expect(leaderOf(p, 1)).toBeUndefined();
    expect(p.left.find((l) => l.field === "leader")).toMatchObject({ row: 2, cell: "K2" });
  });
});

describe("load, caps and the one-leader rule (rules 4 and 5)", () => {
  const twoOnDuty = (capA: number | null, capB: number | null): LeaderConfig[] => [
    { name: "甲", title: "", principal: false, duties: ["劳资纠纷"], villages: [], cap: capA },
    { name: "乙", title: "", principal: false, duties: ["劳资纠纷"], villages: [], cap: capB },
  ];
  const wages = (row: number) => kase(row, { complaint: "反映包工头拖欠工资" });

  it("among equals the one with fewer open cases, counting the cases already in the sheet", () => {
    const cases = [
      kase(1, { complaint: "反映包工头拖欠工资", leaders: ["甲"] }),
      kase(2, { complaint: "反映包工头拖欠工资", leaders: ["甲"], status: "已办结" }),
      wages(3),
      wages(4),
      wages(5),
    ];
    const p = plan(cases, makeConfig({ leaders: twoOnDuty(null, null) }));
    // 甲 has one open case already: row 3 goes to 乙. Then both have one open case; the closed one
    // only breaks that tie (甲 has more cases in all), so row 4 goes to 乙 too, and row 5 to 甲.
    expect([3, 4, 5].map((r) => leaderOf(p, r)?.value)).toEqual(["乙", "乙", "甲"]);
    expect(p.load).toEqual({ 甲: 2, 乙: 2 });
  });

  it("never above 包案上限 while another candidate is free", () => {
    const p = plan([wages(1), wages(2), wages(3), wages(4)], makeConfig({ leaders: twoOnDuty(1, 10) }));
    expect([1, 2, 3, 4].map((r) => leaderOf(p, r)?.value)).toEqual(["甲", "乙", "乙", "乙"]);
    expect(p.load).toEqual({ 甲: 1, 乙: 3 });
  });

  it("when all are full, the least loaded, and the reason says the cap is exceeded", () => {
    const p = plan([wages(1), wages(2), wages(3)], makeConfig({ leaders: twoOnDuty(1, 1) }));
    expect(leaderOf(p, 1)?.reason).toBe("分管领域：劳资纠纷");
    const third = leaderOf(p, 3);
    expect(third?.value).toBe("甲");
    expect(third?.reason).toBe("分管领域：劳资纠纷（候选领导均已达包案上限，甲现有1件在办、上限1件）");
  });

  it("a cap does not push a case to the 包村领导", () => {
    const leaders: LeaderConfig[] = [
      { name: "甲", title: "", principal: false, duties: ["劳资纠纷"], villages: [], cap: 0 },
      { name: "丙", title: "", principal: false, duties: [], villages: ["通江村"], cap: null },
    ];
    const p = plan([wages(1)], makeConfig({ leaders }));
    expect(leaderOf(p, 1)?.value).toBe("甲");
  });

  it("key cases are served first, so a principal's cap goes to them", () => {
    const leaders: LeaderConfig[] = [
      { name: "书记", title: "", principal: true, duties: ["劳资纠纷"], villages: [], cap: 1 },
      { name: "镇长", title: "", principal: true, duties: [], villages: [], cap: 1 },
      { name: "副镇长", title: "", principal: false, duties: ["劳资纠纷"], villages: [], cap: null },
    ];
    const cases = [wages(1), kase(2, { complaint: "反映包工头拖欠工资", level: "进京" })];
    const p = plan(cases, makeConfig({ leaders }));
    expect(leaderOf(p, 2)?.reason).toBe("重点案件（进京）：由主要领导包案");
    // Row 1 still goes to the less loaded of its tier.
    expect(leaderOf(p, 1)?.value).not.toBe(leaderOf(p, 2)?.value);
  });

  it("one leader per case by default; with 一案一领导 = 否 the 包村领导 joins", () => {
    const c = () => [kase(1, { complaint: "反映征地补偿标准过低" })];
    expect(leaderOf(plan(c(), makeConfig()), 1)?.value).toBe("许波");
    const two = leaderOf(plan(c(), makeConfig({ params: { oneLeaderPerCase: false } })), 1);
    expect(two?.value).toBe("许波、汤浩明");
    expect(two?.reason).toBe("分管领域：征地拆迁；属地管理：通江村包村领导");
  });
});

describe("cells, overwrite and reasons", () => {
  const config = makeConfig();

  it("fills the empty fields with their reasons", () => {
    const p = plan([kase(1, { complaint: "反映其父亲低保被取消，要求恢复", registeredOn: day("2023-03-01") })], config);
    expect(p.assignments.map((a) => [a.cell, a.field, a.value, a.reason, a.previous])).toEqual([
      ["I2", "category", "民生问题类", "关键词“低保”", null],
      ["J2", "domain", "社会保障", "关键词“低保”", null],
      ["K2", "leader", "杨波", "分管领域：社会保障", null],
      ["L2", "villageLead", "管忠芳", "属地管理：通江村村级责任人", null],
      ["M2", "dueOn", "2023-04-30", "登记日期2023-03-01起60日", null],
    ]);
    const due = p.writes.find((w) => w.col === 12);
    expect(due?.value).toEqual({ kind: "date", iso: "2023-04-30" });
    expect(p.writes.find((w) => w.col === 10)?.value).toEqual({ kind: "text", text: "杨波" });
  });

  it("adds the extension to the due date", () => {
    const p = plan([kase(1, { complaint: "反映低保", registeredOn: day("2023-03-01"), extended: true })], config);
    expect(assigned(p, 1, "dueOn")).toMatchObject({
      value: "2023-05-30",
      reason: "登记日期2023-03-01起60日，延期30日",
    });
  });

  it("with 节假日顺延 = 是 the due date moves past the holiday and the reason says so", () => {
    const shift = makeConfig({ params: { holidayShift: true } });
    const p = plan(
      [
        kase(1, { complaint: "反映低保", registeredOn: day("2025-08-02") }),
        kase(2, { complaint: "反映低保", registeredOn: day("2025-09-05") }),
      ],
      shift,
    );
    expect(assigned(p, 1, "dueOn")).toMatchObject({
      value: "2025-10-09",
      reason: "登记日期2025-08-02起60日为2025-10-01（国庆节、中秋节假期），顺延至2025-10-09",
    });
    expect(assigned(p, 2, "dueOn")).toMatchObject({ value: "2025-11-04", reason: "登记日期2025-09-05起60日" });
    expect(assigned(plan([kase(1, { registeredOn: day("2025-08-02") })], config), 1, "dueOn")?.value).toBe(
      "2025-10-01",
    );
  });

  it("writes the village found in the address when the village cell is blank", () => {
    const c = makeCase({
      row: 1,
      address: "银河村委永宁圩80号",
      village: "银河村",
      villageTyped: null,
      complaint: "要求面见书记",
      registeredOn: day("2024-05-01"),
    });
    const p = plan([c], config);
    expect(assigned(p, 1, "village")).toMatchObject({
      cell: "E2",
      value: "银河村",
      reason: "属地管理：从户籍地“银河村委永宁圩80号”识别为银河村",
    });
    expect(leaderOf(p, 1)).toMatchObject({ value: "杨波", reason: "属地管理：银河村包村领导" });
    expect(assigned(p, 1, "villageLead")?.value).toBe("蒋亚军");
  });

  it("leaves filled cells alone without overwrite", () => {
    const c = kase(1, {
      complaint: "反映村委会换届选举中有人拉票",
      category: "民生问题类",
      domain: "其他",
      leaders: ["高栋"],
      villageLeads: ["王俍"],
      dueOnTyped: day("2024-12-31"),
    });
    const p = plan([c], config);
    expect(p.assignments).toEqual([]);
    expect(p.findings).toEqual([]);
    expect(p.load["高栋"]).toBe(1);
  });

  it("with overwrite rewrites what differs, shows the previous value, and skips what is equal", () => {
    const c = kase(1, {
      complaint: "反映村委会换届选举中有人拉票",
      registeredOn: day("2024-05-01"),
      category: "民生问题类",
      domain: "其他",
      leaders: ["高栋"],
      villageLeads: ["管忠芳"],
      dueOnTyped: day("2024-12-31"),
    });
    const p = plan([c], config, { overwrite: true });
    expect(p.assignments.map((a) => [a.field, a.previous, a.value])).toEqual([
      ["category", "民生问题类", "组织人事问题类"],
      ["leader", "高栋", "梅卫峰"],
      ["dueOn", "2024-12-31", "2024-06-30"],
    ]);
    // The overwritten leader's case no longer counts for him.
    expect(p.load["高栋"]).toBe(0);
  });

  it("category.unknown for an empty category the rules cannot decide, none for a filled one", () => {
    const p = plan(
      [kase(1, { complaint: "要求面见书记" }), kase(2, { complaint: "要求面见书记", category: "民生问题类" })],
      config,
    );
    expect(assigned(p, 1, "category")).toBeUndefined();
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({ code: "category.unknown", row: 2, cell: "I2", severity: "warning" });
    expect(p.findings[0].message).toContain("没有可用于分类的关键词");
  });

  it("writes no category or domain from an empty complaint, and none at all without a complaint column", () => {
    const p = plan([kase(1, { complaint: "" })], config);
    expect(assigned(p, 1, "domain")).toBeUndefined();
    expect(p.findings.map((f) => f.message)).toEqual([expect.stringContaining("诉求内容为空")]);
    const layout = layoutFor(
      ALL_COLUMNS.filter((f) => f !== "complaint"),
      1,
    );
    const q = plan([kase(1, { complaint: "" })], config, { layout });
    expect(q.findings).toEqual([]);
    expect(q.assignments.map((a) => a.field)).toEqual(["leader", "villageLead", "dueOn"]);
  });

  it("puts fields without a column into new columns at the right end, in field order", () => {
    const fields = ALL_COLUMNS.filter((f) => !["leader", "villageLead", "dueOn", "category"].includes(f));
    const layout = layoutFor(fields, 2);
    const p = plan([kase(1, { complaint: "反映低保被取消" }), kase(2, { complaint: "反映包工头拖欠工资" })], config, {
      layout,
    });
    const last = fields.length - 1;
    expect(p.newColumns.map((n) => [n.col, n.header, n.styleFromCol, n.headerRow])).toEqual([
      [last + 1, "问题类别", last, 0],
      [last + 2, "包案领导", last, 0],
      [last + 3, "村级责任人", last, 0],
      [last + 4, "化解时限", last, 0],
    ]);
    expect(leaderOf(p, 2)?.cell).toBe("L3");
    expect(p.writes.every((w) => w.col > last || w.col === layout.columns.domain)).toBe(true);
  });

  it("does not put a new column over data lying right of the header", () => {
    const layout = layoutFor(["registeredOn", "complaint", "status"], 1);
    const sheet = {
      name: "信访台账",
      rows: [
        ["登记日期", "诉求内容", "办理状态"],
        ["2024-05-01", "反映低保", "办理中", null, "手记"],
      ],
      merges: [],
    };
    const p = plan([kase(1, { complaint: "反映低保" })], config, { layout, sheet });
    expect(p.newColumns[0].col).toBe(5);
    expect(p.newColumns[0].styleFromCol).toBe(2);
  });

  it("with the sheet at hand, a cell holding unreadable text is not empty and is kept", () => {
    const layout = layoutFor(["registeredOn", "complaint", "category", "leader"], 1);
    const sheet = {
      name: "信访台账",
      rows: [
        ["登记日期", "诉求内容", "问题类别", "包案领导"],
        ["2024-05-01", "反映低保", "待定", { error: "#N/A" }],
      ],
      merges: [],
    };
    // The reader left category null (unknown value) and leaders empty (error cell).
    const p = plan([kase(1, { complaint: "反映低保" })], config, { layout, sheet });
    expect(assigned(p, 1, "category")).toBeUndefined();
    expect(leaderOf(p, 1)).toBeUndefined();
    const withOverwrite = plan([kase(1, { complaint: "反映低保" })], config, { layout, sheet, overwrite: true });
    expect(assigned(withOverwrite, 1, "category")).toMatchObject({ previous: "待定", value: "民生问题类" });
    expect(leaderOf(withOverwrite, 1)).toMatchObject({ previous: "#N/A", value: "杨波" });
  });
});

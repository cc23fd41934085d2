import { fillTemplate, type FillResult } from "../../../src/core/report/fill";
import type { Metrics } from "../../../src/core/report/metrics";
import { ownedToGrid, reportTemplate } from "../../../src/core/report/template";
import { sheet } from "./grid";

/** Every key the filler may ask for gets a distinct value, so a wrong mapping shows as a wrong number. */
function metricsFor(keys: string[]): Metrics {
  return Object.fromEntries(keys.map((k, i) => [k, i + 1]));
}

const mapOf = (r: FillResult): Record<string, string> => Object.fromEntries(r.cells.map((c) => [c.cell, c.metric]));

const KEYS = [
  "all.batches.month",
  "all.persons.month",
  "all.batches.ytd",
  "all.persons.ytd",
  "all.batches.ytdLastYear",
  "all.batches.monthLastYear",
  "all.batches.ytdYoY",
  "all.batches.monthYoY",
  "all.batches.lastMonth",
  "all.batches.monthMoM",
  "channel.letter.batches.month",
  "channel.letter.persons.month",
  "channel.letter.batches.ytd",
  "channel.letter.persons.ytd",
  "channel.letter.batches.ytdLastYear",
  "channel.letter.batches.monthLastYear",
  "channel.letter.batches.ytdYoY",
  "channel.letter.persons.ytdYoY",
  "channel.letter.batches.monthYoY",
  "channel.letter.batches.lastMonth",
  "channel.letter.batches.monthMoM",
  "channel.visit.batches.month",
  "channel.visit.persons.month",
  "channel.phone.batches.month",
  "channel.online.batches.month",
  "level.county.batches.month",
  "group.province.batches.month",
  "backlog.total",
  "backlog.resolved",
  "backlog.open",
  "backlog.resolvedRate",
  "backlog.personnel.total",
  "backlog.personnel.resolved",
  "backlog.livelihood.total",
  "backlog.livelihood.resolved",
  "first.closedRate.ytd",
  "overdue.open",
];

describe("fillTemplate: one-row header", () => {
  const grid = sheet(
    [
      ["XX镇信访工作月报（2023年5月）"],
      ["项目", "本月批次", "本月人次", "1－本月累计", "去年同期", "去年同月", "同比", "本月同比", "上月", "与上月相比"],
      ["信访总量", null, null, null, null, null, null, null, null, null],
      ["其中：来信", 12, null, "—", null, null, null, null, null, null],
      ["1.来访", null, "见附件"],
      ["（一）电  话"],
      ["一、网上信访"],
      ["合计", "=SUM(B4:B7)", "=SUM(C4:C7)"],
      ["其他需说明事项", null],
    ],
    { merges: ["A1:J1"] },
  );
  const result = fillTemplate(grid, metricsFor(KEYS), { reason: "2023年5月月报" });
  const map = mapOf(result);

  it("maps each column label to unit and scope (同比 = cumulative, 本月同比 = month)", () => {
    expect(map).toMatchObject({
      B3: "all.batches.month",
      C3: "all.persons.month",
      D3: "all.batches.ytd",
      E3: "all.batches.ytdLastYear",
      F3: "all.batches.monthLastYear",
      G3: "all.batches.ytdYoY",
      H3: "all.batches.monthYoY",
      I3: "all.batches.lastMonth",
      J3: "all.batches.monthMoM",
    });
  });

  it("strips 其中：, 1., （一）, 一、 and blanks from row labels", () => {
    expect(map.B4).toBe("channel.letter.batches.month");
    expect(map.B5).toBe("channel.visit.batches.month");
    expect(map.B6).toBe("channel.phone.batches.month");
    expect(map.B7).toBe("channel.online.batches.month");
  });

  it("overwrites an old number but never text, a dash or a formula", () => {
    const b4 = result.writes.find((w) => w.row === 3 && w.col === 1)!;
    expect(b4.previous).toBe(12);
    expect(b4.value).toEqual({ kind: "number", value: 11 });
    expect(b4.reason).toContain("2023年5月月报");
    const touched = new Set(result.writes.map((w) => `${w.row},${w.col}`));
    expect(touched.has("3,3")).toBe(false); // D4 holds —
    expect(touched.has("4,2")).toBe(false); // C5 holds 见附件
    expect(touched.has("7,1") || touched.has("7,2")).toBe(false); // formula row
    expect(result.notes.some((n) => n.includes("B8") && n.includes("公式"))).toBe(true);
    expect(result.notes.some((n) => n.includes("C5") && n.includes("已有内容"))).toBe(true);
  });

  it("reports the unknown label and leaves its cells alone; the title is not a label", () => {
    expect(result.unrecognized).toEqual([{ cell: "A9", label: "其他需说明事项" }]);
    expect(result.writes.some((w) => w.row === 8)).toBe(false);
  });

  it("writes ratios as fractions with a percentage format only where the cell has none", () => {
    const g3 = result.writes.find((w) => w.row === 2 && w.col === 6)!;
    expect(g3.value).toEqual({ kind: "number", value: KEYS.indexOf("all.batches.ytdYoY") + 1, percent: true });
    const formatted = sheet(
      [
        ["项目", "同比"],
        ["信访总量", null],
      ],
      { formats: { B2: "0.0%" } },
    );
    const w = fillTemplate(formatted, metricsFor(KEYS)).writes[0];
    expect(w.value).toEqual({ kind: "number", value: KEYS.indexOf("all.batches.ytdYoY") + 1 });
  });
});

describe("fillTemplate: two-row header with merged parents", () => {
  const grid = sheet(
    [
      ["项目", "本月", null, "累计", null, "同比", null, "上月", "环比"],
      [null, "批次", "人次", "批次", "人次", "批次", "人次", "件次", "件次"],
      ["来信", null, null, null, null, null, null, null, null],
      ["赴省集体访", null],
      ["到区（到县）", null],
    ],
    { merges: ["A1:A2", "B1:C1", "D1:E1", "F1:G1"] },
  );
  const map = mapOf(fillTemplate(grid, metricsFor(KEYS)));

  it("qualifies each child by its merged parent", () => {
    expect(map).toMatchObject({
      B3: "channel.letter.batches.month",
      C3: "channel.letter.persons.month",
      D3: "channel.letter.batches.ytd",
      E3: "channel.letter.persons.ytd",
      F3: "channel.letter.batches.ytdYoY",
      G3: "channel.letter.persons.ytdYoY",
      H3: "channel.letter.batches.lastMonth",
      I3: "channel.letter.batches.monthMoM",
    });
  });

  it("combines a level with 集体访, and reads 到区（到县） as one level", () => {
    expect(map.B4).toBe("group.province.batches.month");
    expect(map.B5).toBe("level.county.batches.month");
  });
});

describe("fillTemplate: blocks of single values and caption columns", () => {
  it("fills `label | value` pairs; stocks ignore scope; rates with no scope are ytd", () => {
    const grid = sheet([
      ["积案总数", null, "化解率", null],
      ["初信初访办结率：", null, "超期未办结（件）", 3],
      ["其他需说明事项", null],
    ]);
    const r = fillTemplate(grid, metricsFor(KEYS));
    expect(mapOf(r)).toEqual({
      B1: "backlog.total",
      D1: "backlog.resolvedRate",
      B2: "first.closedRate.ytd",
      D2: "overdue.open",
    });
    expect(r.unrecognized).toEqual([{ cell: "A3", label: "其他需说明事项" }]);
  });

  it("reads a vertically merged caption (积案) together with the category beside it", () => {
    const grid = sheet(
      [
        ["类别", null, "总数", "已化解"],
        ["积案", "合计", null, null],
        [null, "组织人事", null, null],
        [null, "民生问题类", null, null],
      ],
      { merges: ["A1:B1", "A2:A4"] },
    );
    expect(mapOf(fillTemplate(grid, metricsFor(KEYS)))).toEqual({
      C2: "backlog.total",
      D2: "backlog.resolved",
      C3: "backlog.personnel.total",
      D3: "backlog.personnel.resolved",
      C4: "backlog.livelihood.total",
      D4: "backlog.livelihood.resolved",
    });
  });

  it("writes only the top-left cell of a merged value area", () => {
    const grid = sheet(
      [
        ["项目", "本月", null],
        ["来信", null, null],
      ],
      { merges: ["B1:C1", "B2:C2"] },
    );
    const r = fillTemplate(grid, metricsFor(KEYS));
    expect(r.writes.map((w) => [w.row, w.col])).toEqual([[1, 1]]);
  });

  it("fills a label that appears twice in both places, with a note", () => {
    const grid = sheet([
      ["项目", "本月"],
      ["来信", null],
      ["来访", null],
      ["来信", null],
    ]);
    const r = fillTemplate(grid, metricsFor(KEYS));
    expect(r.cells.filter((c) => c.metric === "channel.letter.batches.month").map((c) => c.cell)).toEqual(["B2", "B4"]);
    expect(r.notes.join()).toContain("重复出现");
  });

  it("empties a stale number when the ratio has no base, and leaves an empty cell empty", () => {
    const grid = sheet([
      ["项目", "同比", "本月同比"],
      ["来信", 0.25, null],
    ]);
    const metrics = {
      ...metricsFor(KEYS),
      "channel.letter.batches.ytdYoY": null,
      "channel.letter.batches.monthYoY": null,
    };
    const r = fillTemplate(grid, metrics);
    expect(r.cells).toEqual([
      { cell: "B2", metric: "channel.letter.batches.ytdYoY", value: null },
      { cell: "C2", metric: "channel.letter.batches.monthYoY", value: null },
    ]);
    expect(r.writes.map((w) => [w.col, w.value])).toEqual([[1, { kind: "blank" }]]);
  });

  it("notes a recognised pair that makes no metric (来信 × 化解率) without writing", () => {
    const r = fillTemplate(
      sheet([
        ["项目", "化解率"],
        ["来信", null],
      ]),
      metricsFor(KEYS),
    );
    expect(r.writes).toEqual([]);
    expect(r.unrecognized).toEqual([]);
    expect(r.notes[0]).toMatch(/^B2/);
  });
});

describe("the default template", () => {
  it("round-trips through the filler with no unrecognised label and every value cell filled", () => {
    const t = reportTemplate();
    expect(t.ifAbsent).toBe(true);
    expect(t.name).toBe("月报");
    const all = new Proxy({} as Metrics, { has: () => true, get: () => 1 });
    const r = fillTemplate(ownedToGrid(t), all);
    expect(r.unrecognized).toEqual([]);
    expect(r.notes).toEqual([]);
    const metrics = new Set(r.cells.map((c) => c.metric));
    expect(metrics.size).toBe(r.cells.length); // no metric twice
    for (const k of [
      "all.batches.month",
      "channel.assigned.persons.ytdYoY",
      "level.national.batches.ytdLastYear",
      "first.closedRate.ytd",
      "backlog.legacy.open",
      "overdue.open",
      "satisfaction.rate.month",
    ])
      expect(metrics).toContain(k);
    // 19 count rows × 8 columns + 6 handling rows × 2 + 4 backlog rows × 4 + 3 single values
    expect(r.cells.length).toBe(19 * 8 + 6 * 2 + 4 * 4 + 3);
  });
});

describe("fillTemplate: a county-style sheet with 序号, dated headers and messy labels", () => {
  const grid = sheet(
    [
      ["2023年5月XX镇信访情况统计表"],
      ["序 号", "项  目", "5月", "2023年1-5月", "2022年1-5月", "同比增减（%）", "４月"],
      [1, "信访总量（批/人次）", null, null, null, null, null],
      [2, "其中：越级上访", null, null, null, null, null],
      [3, "（1）集体访(5人以上)", null, "0", null, null, null],
    ],
    { merges: ["A1:G1"] },
  );
  const r = fillTemplate(
    grid,
    metricsFor([...KEYS, "overlevel.batches.month", "overlevel.batches.ytd", "group.batches.ytd"]),
    {
      month: { year: 2023, month: 5 },
    },
  );
  const map = mapOf(r);

  it("reads 5月 as 本月, 2023年1-5月 as ytd, 2022年1-5月 as last year's ytd, 4月 as 上月", () => {
    expect(map).toMatchObject({
      C3: "all.batches.month",
      D3: "all.batches.ytd",
      E3: "all.batches.ytdLastYear",
      F3: "all.batches.ytdYoY",
      G3: "all.batches.lastMonth",
      C4: "overlevel.batches.month",
      D4: "overlevel.batches.ytd",
    });
    expect(r.unrecognized).toEqual([]);
  });

  it("does not overwrite a number typed as text, and says so", () => {
    expect(map.D5).toBeUndefined();
    expect(r.notes.join()).toContain("D5（（1）集体访(5人以上)/2023年1-5月）是文本格式的数字");
  });

  it("without the report month, a dated header is reported, not guessed", () => {
    const plain = fillTemplate(grid, metricsFor(KEYS));
    expect(plain.unrecognized.map((u) => u.label)).toEqual(["5月", "2023年1-5月", "2022年1-5月", "４月"]);
  });
});

describe("fillTemplate is repeatable", () => {
  it("a filled template (numbers and percentage formats in place) fills the same cells again", () => {
    const grid = ownedToGrid(reportTemplate());
    const all = new Proxy({} as Metrics, { has: () => true, get: () => 0.25 });
    const first = fillTemplate(grid, all);
    const formats = new Map<string, string>();
    for (const w of first.writes) {
      grid.rows[w.row]![w.col] = w.value.kind === "number" ? w.value.value : null;
      if (w.value.kind === "number" && w.value.percent) formats.set(`${w.row},${w.col}`, "0.00%");
    }
    grid.formatAt = (r, c) => formats.get(`${r},${c}`);
    const second = fillTemplate(grid, all);
    expect(second.cells).toEqual(first.cells);
    expect(second.unrecognized).toEqual([]);
    expect(second.writes.every((w) => w.previous === 0.25)).toBe(true);
    expect(second.writes.some((w) => w.value.kind === "number" && w.value.percent)).toBe(false);
  });
});

describe("fillTemplate: header corners", () => {
  it("treats 信访形式 over the label column as a corner, not an unknown label", () => {
    const grid = sheet([
      ["信访形式", "本月", "累计"],
      ["来信", null, null],
      ["来访", null, null],
    ]);
    const r = fillTemplate(grid, metricsFor([...KEYS, "channel.visit.batches.ytd"]));
    expect(r.unrecognized).toEqual([]);
    expect(mapOf(r)).toEqual({
      B2: "channel.letter.batches.month",
      C2: "channel.letter.batches.ytd",
      B3: "channel.visit.batches.month",
      C3: "channel.visit.batches.ytd",
    });
  });
});

describe("fillTemplate on a sheet that is not a report", () => {
  it("looks only at the first 1000 rows of a huge sheet, and says so", () => {
    const rows: (string | number | null)[][] = [
      ["项目", "本月"],
      ["来信", null],
    ];
    for (let i = 0; i < 5000; i++) rows.push([`张${i}`, i]);
    const r = fillTemplate(sheet(rows), metricsFor(KEYS));
    expect(r.cells.map((c) => c.cell)).toEqual(["B2"]);
    expect(r.notes[0]).toContain("超过 1000 行");
  });
});

describe("fillTemplate: a column that only says 增减", () => {
  it("is reported, since it does not say compared with what", () => {
    const r = fillTemplate(
      sheet([
        ["项目", "本月", "增减"],
        ["来信", null, null],
      ]),
      metricsFor(KEYS),
    );
    expect(r.unrecognized).toEqual([{ cell: "C1", label: "增减" }]);
    expect(r.cells.map((c) => c.cell)).toEqual(["B2"]);
  });
});

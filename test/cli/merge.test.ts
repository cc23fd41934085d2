import * as fs from "node:fs";
import * as path from "node:path";
import { mergeTownships, townshipName } from "../../src/cli/merge";
import { readConfig } from "../../src/core/config";
import { dayFromIso } from "../../src/core/day";
import type { SheetGrid } from "../../src/core/grid";
import { XlsxWorkbook } from "../../src/hosts/file";
import { cleanRows, cli, d, id, ledgerBook, tempDir, TODAY } from "./helpers";

describe("report --merge (county report over township ledgers)", () => {
  let dir: string;
  let a: string;
  let b: string;
  const traveller = id("32041119700101123");

  beforeAll(() => {
    dir = tempDir();
    // The same person (same ID) went to Beijing twice, once registered by each township.
    const beijing = (seq: number, day: string) => [
      seq,
      d(day),
      "周  平",
      1,
      traveller,
      null,
      "银河村委永宁圩3号",
      "银河村",
      "来访",
      "进京",
      "反映征地补偿款未足额发放",
      "民生问题类",
      null,
      null,
      "办理中",
      null,
      null,
    ];
    a = path.join(dir, "孟河.xlsx");
    fs.writeFileSync(a, ledgerBook([...cleanRows(), beijing(4, "2026-10-05")], [], "孟河镇"));
    b = path.join(dir, "西夏墅.xlsx");
    fs.writeFileSync(b, ledgerBook([...cleanRows(), beijing(4, "2026-10-15")], [], "西夏墅镇"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names a township from the title row, else from the file", () => {
    expect(townshipName(["2026年孟河镇信访事项登记台账"], "x.xlsx")).toBe("孟河镇");
    expect(townshipName(["西夏墅镇2025年度信访台账"], "x.xlsx")).toBe("西夏墅镇");
    expect(townshipName(["2024年三井街道信访积案汇总表"], "x.xlsx")).toBe("三井街道");
    expect(townshipName([], "/tmp/罗溪.xlsx")).toBe("罗溪");
  });

  it("sums the townships, counts one person once by ID, and lists each township", () => {
    const json = path.join(dir, "县.json");
    const out = path.join(dir, "县.xlsx");
    const before = [fs.readFileSync(a), fs.readFileSync(b)];
    const r = cli(["report", a, b, "--merge", "--month", "2026-10", "--today", TODAY, "--json", json, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("合并 2 个乡镇：孟河镇（4 件）、西夏墅镇（4 件）");
    const j = JSON.parse(fs.readFileSync(json, "utf8"));
    // Each ledger has two October cases: the second row of cleanRows and the Beijing visit.
    expect(j.metrics["all.batches.month"]).toBe(4);
    expect(j.metrics["level.national.batches.month"]).toBe(2);
    expect(j.targets["unique.national.visitors"].value).toBe(1);
    expect(j.townships.map((t: { name: string }) => t.name)).toEqual(["孟河镇", "西夏墅镇"]);
    expect(j.townships.map((t: { metrics: Record<string, number> }) => t.metrics["all.batches.month"])).toEqual([2, 2]);
    expect(fs.readFileSync(a).equals(before[0])).toBe(true);
    expect(fs.readFileSync(b).equals(before[1])).toBe(true);
  });

  it("keeps the 节假日 rows the first township added to the built-in notices", () => {
    const config: SheetGrid = {
      name: "配置",
      merges: [],
      rows: [
        ["参数"],
        ["参数", "值"],
        ["节假日顺延", "是"],
        [],
        ["节假日"],
        ["日期", "类型(放假/上班)", "说明"],
        ["2027-02-08", "放假", "春节"],
        ["2027-02-20", "上班", null],
      ],
    };
    const grid = XlsxWorkbook.open(new Uint8Array(fs.readFileSync(a)), "孟河.xlsx").grid();
    const withConfig = { sheets: [...grid.sheets, config] };
    const other = XlsxWorkbook.open(new Uint8Array(fs.readFileSync(b)), "西夏墅.xlsx").grid();
    const merged = mergeTownships(
      [
        { file: a, grid: withConfig },
        { file: b, grid: other },
      ],
      "月报",
    );
    const { config: county, findings } = readConfig(merged.grid);
    expect(findings).toEqual([]);
    const cal = county.params.calendar!;
    expect(county.params.holidayShift).toBe(true);
    expect(cal.off.get(dayFromIso("2027-02-08")!)).toBe("春节");
    expect(cal.work.has(dayFromIso("2027-02-20")!)).toBe(true);
    // A built-in day stays as the notices have it, not copied as a row.
    expect(cal.off.get(dayFromIso("2026-10-01")!)).toBeDefined();
  });

  it("refuses an output that is one of the inputs", () => {
    const r = cli(["report", a, b, "--merge", "--month", "2026-10", "--out", b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("就是输入文件");
  });
});

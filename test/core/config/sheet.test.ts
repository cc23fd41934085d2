import { builtinCalendar } from "../../../src/core/calendar";
import { configSheet, findVillage, readConfig } from "../../../src/core/config";
import type { CellValue } from "../../../src/core/grid";
import type { OwnedCell } from "../../../src/core/patch";

const plain = (c: OwnedCell): CellValue => (c !== null && typeof c === "object" ? ("text" in c ? c.text : c.value) : c);

describe("configSheet", () => {
  const owned = configSheet(2026);
  const rows = owned.rows.map((r) => r.map(plain));
  const colA = rows.map((r) => r[0]);

  test("an owned 配置 sheet created only when absent, titled and bordered", () => {
    expect(owned.name).toBe("配置");
    expect(owned.ifAbsent).toBe(true);
    expect(owned.titleRows).toContain(0);
    expect(typeof owned.bordered).toBe("number");
    for (const t of ["参数", "领导分工", "村(社区)", "分类规则", "领域规则"]) expect(colA).toContain(t);
  });

  test("every title row named in titleRows holds a block title or the sheet title", () => {
    expect(owned.titleRows?.map((r) => colA[r])).toEqual([
      "信访台账助手配置",
      "参数",
      "领导分工",
      "村(社区)",
      "分类规则",
      "领域规则",
      "节假日",
    ]);
  });

  test("reads back without findings, as the seed 004 town", () => {
    const r = readConfig({ sheets: [{ name: owned.name, rows, merges: [] }] });
    expect(r.findings).toEqual([]);
    expect(Object.values(r.config.fromSheet).every(Boolean)).toBe(true);
    expect(r.config.leaders.find((l) => l.principal)?.name).toBe("高栋");
    expect(r.config.leaders.find((l) => l.name === "周洪春")?.duties).toEqual(["涉法涉诉", "征地拆迁"]);
    expect(r.config.villages.map((v) => [v.name, v.lead])).toEqual([
      ["银河村", "蒋亚军"],
      ["九龙村", "倪华强"],
      ["东陆村", "杨孝良"],
      ["通江村", "管忠芳"],
      ["荫沙村", "王俍"],
    ]);
    expect(findVillage("银河村委永宁圩80号", r.config)).toBe("银河村");
    // The example rows demonstrate removal: 当年 is no longer a cue.
    expect(r.config.categoryRules.some((x) => x.keyword === "当年")).toBe(false);
    expect(r.config.categoryRules).toContainEqual({ target: "民生问题类", keyword: "宅基地", weight: 2 });
  });

  test("the 参数 rows carry a 说明 and the defaults", () => {
    const start = colA.indexOf("参数");
    expect(rows[start + 1]).toEqual(["参数", "值", "说明"]);
    const params = rows.slice(start + 2, colA.indexOf("领导分工") - 1);
    expect(params.every((r) => typeof r[2] === "string" && String(r[2]).length > 4)).toBe(true);
    expect(params.find((r) => r[0] === "办理时限天数")?.[1]).toBe(60);
  });
});

describe("configSheet: the 节假日 block", () => {
  const block = (year: number) => {
    const rows = configSheet(year).rows.map((r) => r.map(plain));
    const start = rows.findIndex((r) => r[0] === "节假日");
    let end = start + 1;
    while (end < rows.length && rows[end].some((v) => v !== null && v !== "")) end++;
    return { header: rows[start + 1], body: rows.slice(start + 2, end), rows };
  };

  test("lists the current year's notice as the notice words it, 调休上班 days after their holiday", () => {
    const { header, body } = block(2026);
    expect(header).toEqual(["日期", "类型(放假/上班)", "说明"]);
    expect(body[0]).toEqual(["2026-01-01至2026-01-03", "放假", "元旦"]);
    expect(body[1]).toEqual(["2026-01-04", "上班", "元旦调休上班"]);
    expect(body).toContainEqual(["2026-10-01至2026-10-07", "放假", "国庆节"]);
    // 2027 is not built in: the closing note asks for it.
    expect(String(body[body.length - 1][2])).toContain("2027");
  });

  test("the next year's notice too when built in (2025 → 2025 and 2026)", () => {
    const { body } = block(2025);
    expect(body).toContainEqual(["2025-10-01至2025-10-08", "放假", "国庆节、中秋节"]);
    expect(body).toContainEqual(["2026-02-15至2026-02-23", "放假", "春节"]);
    expect(String(body[body.length - 1][2])).not.toContain("没有");
  });

  test("a year with no notice: only the note, and the sheet reads back without findings", () => {
    const { body, rows } = block(2031);
    expect(body).toHaveLength(1);
    expect(body[0].slice(0, 2)).toEqual([null, null]);
    expect(String(body[0][2])).toContain("2031、2032");
    const r = readConfig({ sheets: [{ name: "配置", rows, merges: [] }] });
    expect(r.findings).toEqual([]);
    expect(r.config.params.calendar).toBeUndefined();
  });

  test.each([2020, 2023, 2025])("the rows of %i read back into the built-in calendar, without findings", (year) => {
    const r = readConfig({ sheets: [{ name: "配置", rows: block(year).rows, merges: [] }] });
    expect(r.findings).toEqual([]);
    const cal = r.config.params.calendar;
    expect(cal).toBeDefined();
    const builtin = builtinCalendar();
    expect(new Set(cal?.off.keys())).toEqual(new Set(builtin.off.keys()));
    expect(cal?.work).toEqual(builtin.work);
  });
});

import { configSheet, findVillage, readConfig } from "../../../src/core/config";
import type { CellValue } from "../../../src/core/grid";
import type { OwnedCell } from "../../../src/core/patch";

const plain = (c: OwnedCell): CellValue => (c !== null && typeof c === "object" ? ("text" in c ? c.text : c.value) : c);

describe("configSheet", () => {
  const owned = configSheet();
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

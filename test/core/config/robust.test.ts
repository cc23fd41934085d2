import fc from "fast-check";
import { readConfig } from "../../../src/core/config";
import { SEVERITY } from "../../../src/core/findings";
import type { CellValue } from "../../../src/core/grid";

/** Cells a clerk's 配置 sheet really holds: block titles, headers, names, lists, numbers, errors. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "参数",
    "领导分工",
    "村（社区）",
    "分类规则",
    "领域规则",
    "参数",
    "值",
    "姓名",
    "村名",
    "别名",
    "包村",
    "包村领导",
    "类别",
    "领域",
    "关键词",
    "权重",
    "辖区人口",
    "月报起始日",
    "替换",
    "银河村",
    "银河",
    "银河村委、银河",
    "高  栋",
    "杨波",
    "民生",
    "征地拆迁",
    "是",
    "否",
    "",
    "  ",
  ),
  fc.integer({ min: -5, max: 100 }),
  fc.constant(null),
  fc.constant({ error: "#N/A" }),
  fc.string({ maxLength: 4 }),
);

describe("readConfig on arbitrary sheets", () => {
  test("never throws; findings are well-formed and the config is consistent", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const { config, findings } = readConfig({ sheets: [{ name: "配置", rows, merges: [] }] });
        for (const f of findings) {
          if (f.sheet !== "配置" || f.field !== null || !f.code.startsWith("config.")) return false;
          if (f.severity !== SEVERITY[f.code] || /\{\w+\}/.test(f.message) || f.row < 1) return false;
        }
        const names = config.villages.map((v) => v.name);
        const aliases = config.villages.flatMap((v) => v.aliases);
        const all = [...names, ...aliases];
        if (new Set(all).size !== all.length) return false;
        if (new Set(config.leaders.map((l) => l.name)).size !== config.leaders.length) return false;
        // Each leader's 包村 is exactly the villages naming that leader.
        return config.leaders.every((l) =>
          l.villages.every((v) => config.villages.find((x) => x.name === v)?.leader === l.name),
        );
      }),
      { numRuns: 300 },
    );
  });
});

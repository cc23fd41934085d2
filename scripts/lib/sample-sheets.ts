/**
 * The sample township's own 配置 sheet (its leaders and villages, DOMAIN.md §7), as an OwnedSheet (the
 * core's format). The core's configSheet() holds example rows of another township; the sample's
 * ledger names these leaders and villages, so its config must too.
 */
import type { OwnedCell, OwnedSheet } from "../../src/core/patch";
import { LEADERS, type VillageSpec } from "../../test/fixtures/township";

/** 辖区人口 of the sample township (a large 镇 in 常州市新北区). */
export const SAMPLE_POPULATION = 52000;

export function sampleConfigSheet(villages: readonly VillageSpec[]): OwnedSheet {
  const rows: OwnedCell[][] = [];
  const merges: NonNullable<OwnedSheet["merges"]> = [];
  const titleRows: number[] = [];
  const block = (title: string, header: string[], body: OwnedCell[][]): void => {
    titleRows.push(rows.length);
    rows.push([title]);
    rows.push(header);
    rows.push(...body);
    rows.push([]);
  };
  block(
    "参数",
    ["参数", "值", "说明"],
    [
      ["辖区人口", SAMPLE_POPULATION, "用于进京、赴省走访纯人数等目标"],
      ["办理时限天数", 60, "自受理之日起60日内办结"],
      ["延期天数", 30, "延长期限不得超过30日"],
      ["预警天数", 7, "到期前几天提示"],
      ["集体访人数", 5, "人数达到即为集体访"],
      ["一案一领导", "是", "原则上一人包一案"],
      ["月报起始日", 1, "1 表示自然月；21 表示上月21日至本月20日"],
      ["同比基数为0时", "留空", "留空 或 100%"],
    ],
  );
  const villagesOf = (leader: string): string =>
    villages
      .filter((v) => v.leader === leader)
      .map((v) => v.name)
      .join("、");
  block(
    "领导分工",
    ["姓名", "职务", "主要领导", "分管领域", "包村", "包案上限"],
    LEADERS.map((l) => [l.name, l.title, l.principal ? "是" : "否", l.duties.join("、"), villagesOf(l.name), l.cap]),
  );
  block(
    "村(社区)",
    ["村名", "别名", "村级责任人", "包村领导"],
    villages.map((v) => [v.name, v.aliases.join("、"), v.lead, v.leader]),
  );
  block(
    "分类规则",
    ["类别", "关键词", "权重"],
    // One rule of the township's own; 宅基地 disputes stay for a person to judge.
    [["组织人事问题类", "村务公开", 1]],
  );
  return { name: "配置", rows, widths: [16, 18, 10, 30, 24, 10], titleRows, merges };
}

/**
 * configSheet: the default 配置 sheet written by init-config — every block with its header, the
 * parameters with their defaults and a 说明 column, example leaders, villages and rules from
 * seed 004 (孟河镇) for the clerk to overwrite, and the `节假日` block with the built-in notices of
 * the current and next year (or a note asking for them). Created only when the workbook has no 配置 sheet.
 */
import { NOTICES } from "../calendar";
import type { OwnedCell, OwnedSheet } from "../patch";
import { BLOCKS, type BlockKey } from "./blocks";
import { CONFIG_SHEET } from "./finding";
import { PARAMS } from "./params";

/** Example rows per block (seed 004: 孟河镇信访积案领导包案情况汇总表). */
const EXAMPLES: Record<Exclude<BlockKey, "params" | "holidays">, OwnedCell[][]> = {
  leaders: [
    ["高栋", "党委书记", "是", "", "", ""],
    ["梅卫峰", "党委副书记（分管信访）", "否", "其它遗留问题类", "东陆村", 10],
    ["周洪春", "政法委员", "否", "涉法涉诉、征地拆迁", "九龙村", 10],
    ["杨波", "副镇长", "否", "劳资纠纷、社会保障", "银河村", 10],
    ["汤浩明", "副镇长", "否", "环境污染、土地流转", "通江村", 10],
    ["丁国强", "人大主席", "否", "组织人事问题类", "荫沙村", 10],
  ],
  villages: [
    ["银河村", "银河村委、银河", "蒋亚军", "杨波"],
    ["九龙村", "九龙村委", "倪华强", "周洪春"],
    ["东陆村", "东陆村委", "杨孝良", "梅卫峰"],
    ["通江村", "通江村委", "管忠芳", "汤浩明"],
    ["荫沙村", "荫沙村委", "王俍", "丁国强"],
  ],
  categoryRules: [
    ["民生问题类", "宅基地", 2, "新增关键词"],
    ["民生问题类", "自来水", 2, "新增关键词"],
    ["其它遗留问题类", "当年", 0, "权重0：不再使用内置关键词“当年”"],
  ],
  domainRules: [
    ["土地流转", "承包地", 2, "新增关键词"],
    ["征地拆迁", "安置房", 2, "新增关键词"],
  ],
};

const HINT =
  "说明：A列为块名，下一行为表头，块内不留空行，块与块之间空一行。删除某块即使用内置默认设置；" +
  "规则块默认在内置关键词基础上追加，权重填0可删除内置关键词。";

/**
 * The `节假日` rows: the notices of `year` and the next year that are built in, one row per span as
 * the notice words it, then a note. The rows repeat the built-in days, so the clerk sees them.
 */
function holidayRows(year: number): OwnedCell[][] {
  const rows: OwnedCell[][] = [];
  const known: number[] = [];
  for (const n of NOTICES) {
    if (n.year !== year && n.year !== year + 1) continue;
    known.push(n.year);
    // A working day a later span gives back (2020-02-01, the extended Spring Festival) is not listed:
    // the sheet names each day once.
    const off = (iso: string) => n.spans.some((s) => s.from <= iso && iso <= s.to);
    for (const s of n.spans) {
      rows.push([s.from === s.to ? s.from : `${s.from}至${s.to}`, "放假", s.name]);
      for (const w of s.work) if (!off(w)) rows.push([w, "上班", `${s.name}调休上班`]);
    }
  }
  const missing = [year, year + 1].filter((y) => !known.includes(y));
  const ask = missing.length
    ? `内置安排中没有${missing.join("、")}年：国务院办公厅通知发布后，请按通知在本块补上放假日和调休上班日。`
    : "";
  rows.push([
    null,
    null,
    `${ask}本块与内置的2020年起国务院放假安排合并使用，同一天以本块为准；“节假日顺延”为是时才用。`,
  ]);
  return rows;
}

/** `year`: whose holidays the `节假日` block lists — the caller's today, as the core reads no clock. */
export function configSheet(year: number): OwnedSheet {
  const rows: OwnedCell[][] = [["信访台账助手配置"], [HINT], []];
  const titleRows = [0];
  for (const spec of BLOCKS) {
    if (rows.length > 3) rows.push([]);
    titleRows.push(rows.length);
    rows.push([spec.title]);
    // A 说明 column where the example rows need explaining; the people blocks stay lean.
    const withNote = spec.key !== "leaders" && spec.key !== "villages";
    rows.push(spec.columns.filter((c) => c.key !== "note" || withNote).map((c) => c.label));
    if (spec.key === "params") rows.push(...PARAMS.map((p) => [p.name, p.example, p.note]));
    else if (spec.key === "holidays") rows.push(...holidayRows(year));
    else rows.push(...EXAMPLES[spec.key]);
  }
  return {
    name: CONFIG_SHEET,
    rows,
    widths: [16, 22, 44, 24, 16, 10],
    titleRows,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: 5 },
      { r1: 1, c1: 0, r2: 1, c2: 5 },
    ],
    bordered: 3,
    ifAbsent: true,
  };
}

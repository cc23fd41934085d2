/**
 * The `分类规则` / `领域规则` blocks (DOMAIN.md §4, §7). Decision (docs/config.md): by default the
 * sheet's rows ADD to the built-in cues — a row for a built-in keyword changes its weight, a row
 * with 权重 0 removes it; the 参数 row `分类规则` / `领域规则` = 替换 uses the sheet's rows alone.
 * A cell may hold several keywords (`低保、医保`); each becomes a rule with the row's weight.
 */
import type { Finding } from "../findings";
import type { KeywordRule } from "../model";
import { parseEnum } from "../parse/enum";
import { cellText, isBlankCell } from "../parse/text";
import { ENUMS } from "../schema/fields";
import { BLANKS, toHalfWidth } from "../schema/normalize";
import type { RawBlock } from "./blocks";
import { configFinding } from "./finding";
import type { RuleMode } from "./params";

const DEFAULT_WEIGHT = 1;

function readWeight(v: unknown): number | undefined {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return DEFAULT_WEIGHT;
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const s = toHalfWidth(v).replace(BLANKS, "");
  const n = /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function readRules(
  sheet: string,
  block: RawBlock,
  kind: "category" | "domain",
  mode: RuleMode,
  defaults: readonly KeywordRule[],
  findings: Finding[],
): KeywordRule[] {
  const what = kind === "category" ? "问题类别" : "重点领域";
  const rules: KeywordRule[] = mode === "add" ? defaults.map((r) => ({ ...r })) : [];
  const fromSheet = new Map<string, number>();
  for (const { row, cells, cols } of block.rows) {
    if (isBlankCell(cells.target) && isBlankCell(cells.keyword)) continue;
    const target = parseEnum(kind, cells.target ?? null);
    if (target.kind !== "ok") {
      const hint = target.kind === "unknown" && target.suggestion ? `，是否应为“${target.suggestion}”` : "";
      const detail = `不是规定的${what}（可用：${ENUMS[kind].values.join("、")}）${hint}，该行已忽略`;
      const value = target.kind === "unknown" ? target.text : "（空）";
      findings.push(
        configFinding(
          sheet,
          row,
          cols.target,
          "config.value",
          { value, detail },
          target.kind === "unknown" ? target.suggestion : null,
        ),
      );
      continue;
    }
    const keywords = toHalfWidth(cellText(cells.keyword ?? null))
      .split(/[、，,;；/|\n]+/)
      .map((k) => k.replace(BLANKS, ""))
      .filter((k) => k !== "");
    if (!keywords.length) {
      findings.push(
        configFinding(sheet, row, cols.keyword, "config.value", {
          value: "（关键词为空）",
          detail: "该行没有关键词，已忽略",
        }),
      );
      continue;
    }
    const weight = readWeight(cells.weight);
    if (weight === undefined) {
      const detail = "权重应为不小于0的数字（空白按1计），该行已忽略";
      findings.push(
        configFinding(sheet, row, cols.weight, "config.value", { value: cellText(cells.weight ?? null), detail }),
      );
      continue;
    }
    for (const keyword of keywords) {
      const id = `${target.value}\u0000${keyword}`;
      const first = fromSheet.get(id);
      if (first !== undefined) {
        const value = `${target.value}：${keyword}`;
        findings.push(configFinding(sheet, row, cols.keyword, "config.duplicate", { value, other: first + 1 }));
        continue;
      }
      fromSheet.set(id, row);
      const at = rules.findIndex((r) => r.target === target.value && r.keyword === keyword);
      if (weight === 0) {
        if (at >= 0) rules.splice(at, 1);
      } else if (at >= 0) rules[at] = { target: target.value, keyword, weight };
      else rules.push({ target: target.value, keyword, weight });
    }
  }
  return rules;
}

/**
 * readConfig: the 配置 sheet (DOMAIN.md §7) → Config + findings. A missing sheet or block means the
 * built-in defaults; a block whose header lacks a required column is reported and replaced by its
 * defaults; bad rows are reported and skipped. Nothing here throws on user input.
 */
import { builtinCalendar, withDays } from "../calendar";
import type { Finding } from "../findings";
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Config, ConfigResult } from "../model";
import { normalizeHeader } from "../schema/normalize";
import { BLOCKS, isBlankRow, locateBlocks, type BlockKey, type RawBlock } from "./blocks";
import { defaultConfig } from "./defaults";
import { CONFIG_SHEET, configFinding } from "./finding";
import { readHolidays } from "./read-holidays";
import { readParams } from "./read-params";
import { readLeaders, readVillages } from "./read-people";
import { readRules } from "./read-rules";
import { linkPeople } from "./references";

const SHEET_NAMES = ["配置", "配置表", "设置"];

export function findConfigSheet(wb: WorkbookGrid): SheetGrid | undefined {
  return (
    wb.sheets.find((s) => s.name === CONFIG_SHEET) ??
    wb.sheets.find((s) => SHEET_NAMES.includes(normalizeHeader(s.name)))
  );
}

/** Usable blocks by key: the first of each kind with a complete header; the rest reported. */
function usableBlocks(sheet: SheetGrid, findings: Finding[]): Partial<Record<BlockKey, RawBlock>> {
  const out: Partial<Record<BlockKey, RawBlock>> = {};
  const firstRow: Partial<Record<BlockKey, number>> = {};
  for (const b of locateBlocks(sheet)) {
    const { key, title, columns } = b.spec;
    const seen = firstRow[key];
    if (seen !== undefined) {
      findings.push(configFinding(sheet.name, b.titleRow, 0, "config.duplicate", { value: title, other: seen + 1 }));
      continue;
    }
    firstRow[key] = b.titleRow;
    const labels = columns
      .filter((c) => c.key !== "note")
      .map((c) => c.label)
      .join(" | ");
    if (b.missing.length) {
      const detail = `缺少“${b.missing.join("”“")}”列（表头应为：${labels}）`;
      // A title on the sheet's last row has no header row under it: point at the title instead.
      const at = b.headerRow < sheet.rows.length ? b.headerRow : b.titleRow;
      findings.push(configFinding(sheet.name, at, 0, "config.header", { block: title, detail }));
      continue;
    }
    for (const [col, text] of b.unknownHeaders) {
      const detail = `不是“${title}”块的列名，该列已忽略（可用：${labels}）`;
      findings.push(configFinding(sheet.name, b.headerRow, col, "config.value", { value: text, detail }));
    }
    for (const [col, text] of b.repeatedHeaders) {
      const detail = `“${title}”块中该列重复，只采用左边第一列`;
      findings.push(configFinding(sheet.name, b.headerRow, col, "config.value", { value: text, detail }));
    }
    out[key] = b;
  }
  const anyContent = sheet.rows.some((_, r) => !isBlankRow(sheet, r));
  if (anyContent && !Object.keys(firstRow).length) {
    const titles = BLOCKS.map((b) => `“${b.title}”`).join("");
    const detail = `A列没有找到任何块名（应有${titles}等块名，块名下一行是表头）`;
    findings.push(configFinding(sheet.name, 0, 0, "config.header", { block: CONFIG_SHEET, detail }));
  }
  return out;
}

export function readConfig(wb: WorkbookGrid): ConfigResult {
  const config: Config = defaultConfig();
  const findings: Finding[] = [];
  const sheet = findConfigSheet(wb);
  if (!sheet) return { config, findings };
  const name = sheet.name;
  const blocks = usableBlocks(sheet, findings);

  const { params, modes } = readParams(name, blocks.params, findings);
  config.params = params;
  // Only when the sheet adds days: without them the built-in calendar is used as is (calendarOf).
  const holidays = blocks.holidays ? readHolidays(name, blocks.holidays, findings) : [];
  if (holidays.length) config.params.calendar = withDays(builtinCalendar(), holidays);

  const leaders = blocks.leaders ? readLeaders(name, blocks.leaders, findings) : [];
  const villages = blocks.villages ? readVillages(name, blocks.villages, findings) : [];
  const linked = linkPeople(name, leaders, villages, !!blocks.leaders, findings);
  config.leaders = linked.leaders;
  config.villages = linked.villages;

  for (const [key, kind] of [
    ["categoryRules", "category"],
    ["domainRules", "domain"],
  ] as const) {
    const block = blocks[key];
    if (block) config[key] = readRules(name, block, kind, modes[key], config[key], findings);
    else if (modes[key] === "replace") {
      const title = key === "categoryRules" ? "分类规则" : "领域规则";
      const row = blocks.params?.rows.find((r) => normalizeHeader(r.cells.name) === title);
      findings.push(
        configFinding(name, row?.row ?? 0, row?.cols.value ?? 0, "config.param", {
          name: title,
          value: "替换",
          detail: `配置表中没有“${title}”块，无规则可用`,
          fallback: "内置规则",
        }),
      );
    }
  }
  config.fromSheet = {
    params: !!blocks.params,
    leaders: !!blocks.leaders,
    villages: !!blocks.villages,
    categoryRules: !!blocks.categoryRules,
    domainRules: !!blocks.domainRules,
  };
  findings.sort((a, b) => a.row - b.row);
  return { config, findings };
}

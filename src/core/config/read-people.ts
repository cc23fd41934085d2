/**
 * Reads the `领导分工` and `村(社区)` blocks row by row (names normalised, lists split, duplicates
 * reported). Cross-references between the two are checked in references.ts.
 */
import type { Finding } from "../findings";
import type { LeaderConfig, VillageConfig } from "../model";
import { parseEnum } from "../parse/enum";
import { parseInteger } from "../parse/integer";
import { normalizeName, splitNames } from "../parse/names";
import { cellText, isBlankCell } from "../parse/text";
import { parseYesNo } from "../parse/yesno";
import type { BlockRow, RawBlock } from "./blocks";
import { configFinding } from "./finding";
import { splitList } from "./lists";

export interface LeaderRow {
  leader: LeaderConfig;
  row: number;
  /** 包村 entries as typed (resolved against the villages later). */
  villageEntries: string[];
  villagesCol: number;
}

export interface VillageRow {
  village: VillageConfig;
  row: number;
  leaderCol: number;
}

/** Whether a row has anything in it besides blanks (a row with no name but other data is reported). */
function hasData(r: BlockRow): boolean {
  return Object.values(r.cells).some((v) => !isBlankCell(v));
}

/** The one person a cell names; several → the first, with a config.value finding. */
function onePerson(sheet: string, r: BlockRow, key: string, what: string, findings: Finding[]): string | null {
  const names = splitNames(r.cells[key] ?? null);
  if (names.length > 1) {
    const detail = `${what}只能填一人，已采用“${names[0]}”`;
    findings.push(configFinding(sheet, r.row, r.cols[key], "config.value", { value: cellText(r.cells[key]), detail }));
  }
  return names.length ? normalizeName(names[0]) : null;
}

/** A 分管领域 entry: a category or domain in canonical spelling, else kept as a keyword. */
function duty(entry: string): string {
  for (const key of ["category", "domain"] as const) {
    const p = parseEnum(key, entry);
    if (p.kind === "ok") return p.value;
  }
  return entry;
}

export function readLeaders(sheet: string, block: RawBlock, findings: Finding[]): LeaderRow[] {
  const out: LeaderRow[] = [];
  const seen = new Map<string, number>();
  for (const r of block.rows) {
    const name = onePerson(sheet, r, "name", "每行姓名", findings);
    if (!name) {
      if (hasData(r)) {
        findings.push(
          configFinding(sheet, r.row, r.cols.name, "config.value", {
            value: "（姓名为空）",
            detail: "该行没有填写领导姓名，已忽略",
          }),
        );
      }
      continue;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      findings.push(configFinding(sheet, r.row, r.cols.name, "config.duplicate", { value: name, other: first + 1 }));
      continue;
    }
    seen.set(name, r.row);
    let principal = false;
    if ("principal" in r.cells && !isBlankCell(r.cells.principal)) {
      const p = parseYesNo(r.cells.principal);
      if (typeof p === "boolean") principal = p;
      else {
        const detail = "“主要领导”应填“是”或“否”，已按“否”处理";
        findings.push(
          configFinding(sheet, r.row, r.cols.principal, "config.value", { value: cellText(r.cells.principal), detail }),
        );
      }
    }
    let cap: number | null = null;
    if ("cap" in r.cells && !isBlankCell(r.cells.cap)) {
      const p = parseInteger(r.cells.cap);
      if (p.kind === "ok" && p.value >= 0) cap = p.value;
      else {
        const detail = "“包案上限”应为不小于0的整数，已按不限处理";
        findings.push(
          configFinding(sheet, r.row, r.cols.cap, "config.value", { value: cellText(r.cells.cap), detail }),
        );
      }
    }
    out.push({
      leader: {
        name,
        title: cellText(r.cells.title ?? null),
        principal,
        duties: splitList(r.cells.duties ?? null).map(duty),
        villages: [],
        cap,
      },
      row: r.row,
      villageEntries: splitList(r.cells.villages ?? null),
      villagesCol: r.cols.villages ?? r.cols.name,
    });
  }
  return out;
}

export function readVillages(sheet: string, block: RawBlock, findings: Finding[]): VillageRow[] {
  const out: VillageRow[] = [];
  /** Village name or alias → the 0-based row that claimed it. */
  const claimed = new Map<string, number>();
  for (const r of block.rows) {
    const name = normalizeName(cellText(r.cells.name ?? null));
    if (!name) {
      if (hasData(r)) {
        findings.push(
          configFinding(sheet, r.row, r.cols.name, "config.value", {
            value: "（村名为空）",
            detail: "该行没有填写村（社区）名称，已忽略",
          }),
        );
      }
      continue;
    }
    const first = claimed.get(name);
    if (first !== undefined) {
      findings.push(configFinding(sheet, r.row, r.cols.name, "config.duplicate", { value: name, other: first + 1 }));
      continue;
    }
    claimed.set(name, r.row);
    const lead =
      splitNames(r.cells.lead ?? null)
        .map(normalizeName)
        .join("、") || null;
    out.push({
      village: {
        name,
        aliases: splitList(r.cells.aliases ?? null).map(normalizeName),
        lead,
        leader: onePerson(sheet, r, "leader", "包村领导", findings),
      },
      row: r.row,
      leaderCol: r.cols.leader ?? r.cols.name,
    });
  }
  // Aliases after all names, so an alias that is another village's name is caught wherever it stands.
  for (const v of out) {
    const kept: string[] = [];
    for (const alias of v.village.aliases) {
      if (alias === v.village.name || kept.includes(alias)) continue;
      const other = claimed.get(alias);
      if (other !== undefined) {
        const col = block.columns.aliases ?? block.columns.name;
        findings.push(configFinding(sheet, v.row, col, "config.duplicate", { value: alias, other: other + 1 }));
        continue;
      }
      claimed.set(alias, v.row);
      kept.push(alias);
    }
    v.village.aliases = kept;
  }
  return out;
}

/**
 * `report --merge`: several township ledgers as one county ledger (issue 7). The core counts one
 * workbook, so the townships are merged at grid level into one synthetic workbook the core reads as
 * usual:
 * - one ledger sheet, a `乡镇` column first, then every field any township has (raw cells, so the
 *   core parses them exactly as in the township's own file);
 * - villages renamed `<乡镇><村>` (two townships may both have a 新桥村), resolved with each
 *   township's own config (the village cell, else the address);
 * - a 配置 sheet with the first township's parameters (and the 节假日 rows it adds to the built-in
 *   notices), 辖区人口 summed (the county's population), and the renamed villages;
 * - the first workbook's report sheet, so its template is filled.
 * Persons are keyed by ID number by the core, so one person petitioning in two townships counts once
 * in the 纯人数 targets.
 */
import * as path from "node:path";
import { builtinCalendar, type HolidayCalendar } from "../core/calendar";
import { PARAMS, readConfig } from "../core/config";
import { isoDay } from "../core/day";
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { cellAt } from "../core/grid";
import { readLedger } from "../core/ledger";
import type { ConfigParams } from "../core/model";
import { FIELD_BY_KEY, FIELDS, type FieldKey } from "../core/schema/fields";

export interface TownshipInput {
  file: string;
  grid: WorkbookGrid;
  sheet?: string;
}

export interface Township {
  name: string;
  file: string;
  cases: number;
  population: number | null;
}

export const TOWNSHIP_HEADER = "乡镇";
const MERGED_SHEET = "信访台账";

/** `2026年孟河镇信访事项登记台账` → 孟河镇; else the file name without its extension. */
export function townshipName(titles: readonly string[], file: string): string {
  for (const t of titles) {
    const m = /(?:\d{4}年度?)?([^\d\s年（(]{2,8}?(?:镇|乡|街道))/.exec(t);
    if (m) return m[1];
  }
  return path.basename(file).replace(/\.xlsx?$/i, "");
}

function paramName(key: keyof ConfigParams): string {
  return PARAMS.find((p) => p.key === key)?.name ?? key;
}

/** The days a township's 配置 adds to or changes in the built-in notices, as 节假日 rows. */
function calendarRows(cal: HolidayCalendar | undefined): CellValue[][] {
  if (!cal) return [];
  const base = builtinCalendar();
  const rows: CellValue[][] = [];
  for (const [day, name] of cal.off) if (base.off.get(day) !== name) rows.push([isoDay(day), "放假", name]);
  for (const day of cal.work) if (!base.work.has(day)) rows.push([isoDay(day), "上班", null]);
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

function configSheet(params: ConfigParams, population: number | null, villages: readonly string[]): SheetGrid {
  const yes = (b: boolean): string => (b ? "是" : "否");
  const rows: CellValue[][] = [
    ["参数"],
    ["参数", "值"],
    [paramName("population"), population],
    [paramName("handlingDays"), params.handlingDays],
    [paramName("extensionDays"), params.extensionDays],
    [paramName("warningDays"), params.warningDays],
    [paramName("groupSize"), params.groupSize],
    [paramName("oneLeaderPerCase"), yes(params.oneLeaderPerCase)],
    [paramName("reportStartDay"), params.reportStartDay],
    [paramName("yoyZeroBase"), params.yoyZeroBase === "blank" ? "留空" : "100%"],
    [paramName("holidayShift"), yes(params.holidayShift)],
    [],
    ["节假日"],
    ["日期", "类型(放假/上班)", "说明"],
    ...calendarRows(params.calendar),
    [],
    ["村(社区)"],
    ["村名", "别名", "村级责任人", "包村领导"],
    ...villages.map((v): CellValue[] => [v, null, null, null]),
  ];
  return { name: "配置", rows, merges: [] };
}

export interface MergedWorkbook {
  grid: WorkbookGrid;
  townships: Township[];
}

/** Merges the townships' ledgers; `reportSheet` is taken from the first workbook. Throws UserError per core. */
export function mergeTownships(inputs: readonly TownshipInput[], reportSheet: string): MergedWorkbook {
  const read = inputs.map((input) => {
    const { config } = readConfig(input.grid);
    const { ledger } = readLedger(input.grid, config, { sheet: input.sheet });
    const sheet = input.grid.sheets.find((s) => s.name === ledger.layout.sheet)!;
    const titles: string[] = [];
    for (let r = 0; r < (ledger.layout.headerRows[0] ?? 0); r++) {
      for (const v of sheet.rows[r] ?? []) if (typeof v === "string") titles.push(v);
    }
    return { input, config, ledger, sheet, name: townshipName(titles, input.file) };
  });
  // Same township name twice (two files of one 镇): keep them apart by the file name.
  const seen = new Map<string, number>();
  for (const t of read) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
  for (const t of read) if ((seen.get(t.name) ?? 0) > 1) t.name = `${t.name}（${path.basename(t.input.file)}）`;

  const fields: FieldKey[] = FIELDS.map((f) => f.key).filter((k) =>
    read.some((t) => t.ledger.layout.columns[k] !== undefined),
  );
  const rows: CellValue[][] = [[TOWNSHIP_HEADER, ...fields.map((k) => FIELD_BY_KEY[k].label)]];
  const villages = new Set<string>();
  for (const t of read) {
    const cols = t.ledger.layout.columns;
    for (const c of t.ledger.cases) {
      const row: CellValue[] = [t.name];
      for (const k of fields) {
        const col = cols[k];
        if (k === "village" && c.village) {
          const v = t.name + c.village;
          villages.add(v);
          row.push(v);
        } else row.push(col === undefined ? null : cellAt(t.sheet, c.row, col));
      }
      rows.push(row);
    }
  }
  const pops = read.map((t) => t.config.params.population);
  const population = pops.every((p): p is number => p !== null) ? pops.reduce((a, b) => a + b, 0) : null;
  const sheets: SheetGrid[] = [
    { name: MERGED_SHEET, rows, merges: [] },
    configSheet(read[0].config.params, population, [...villages]),
  ];
  const template = inputs[0].grid.sheets.find((s) => s.name === reportSheet);
  if (template) sheets.push(template);
  return {
    grid: { sheets },
    townships: read.map((t) => ({
      name: t.name,
      file: t.input.file,
      cases: t.ledger.cases.length,
      population: t.config.params.population,
    })),
  };
}

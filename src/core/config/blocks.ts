/**
 * The 配置 sheet's titled blocks (DOMAIN.md §7) as data, and locating them in a sheet: a title cell
 * in column A, the header row right under it, rows until the first blank row. Block order is free.
 */
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import { normalizeHeader } from "../schema/normalize";
import { isBlankCell } from "../parse/text";

export type BlockKey = "params" | "leaders" | "villages" | "categoryRules" | "domainRules" | "holidays";

export interface ColumnSpec {
  key: string;
  /** Canonical header, as written by configSheet() and named in messages. */
  label: string;
  /** Other headers that mean this column (matched after normalizeHeader). */
  synonyms: readonly string[];
  required?: boolean;
}

export interface BlockSpec {
  key: BlockKey;
  /** Canonical title, as written by configSheet(). */
  title: string;
  /** Accepted titles after normalizeHeader (which also folds `（）` to `()`). */
  titles: readonly string[];
  columns: readonly ColumnSpec[];
}

/** Columns any block may carry for the clerk's own notes; read by nobody. */
const NOTE_COLUMNS: readonly ColumnSpec[] = [{ key: "note", label: "说明", synonyms: ["备注", "注释"] }];

export const BLOCKS: readonly BlockSpec[] = [
  {
    key: "params",
    title: "参数",
    titles: ["参数", "参数设置", "基本参数"],
    columns: [
      { key: "name", label: "参数", synonyms: ["参数名", "参数名称", "名称", "项目"], required: true },
      { key: "value", label: "值", synonyms: ["取值", "数值", "设置", "参数值"], required: true },
      ...NOTE_COLUMNS,
    ],
  },
  {
    key: "leaders",
    title: "领导分工",
    titles: ["领导分工", "领导包案分工", "镇领导分工", "包案领导"],
    columns: [
      { key: "name", label: "姓名", synonyms: ["领导", "领导姓名", "包案领导"], required: true },
      { key: "title", label: "职务", synonyms: ["职位"] },
      { key: "principal", label: "主要领导", synonyms: ["是否主要领导", "党政主要领导"] },
      { key: "duties", label: "分管领域", synonyms: ["分管", "分管工作", "分管范围"] },
      { key: "villages", label: "包村", synonyms: ["包村(社区)", "挂钩村", "联系村", "包片"] },
      { key: "cap", label: "包案上限", synonyms: ["上限", "最多包案数", "包案数上限"] },
      ...NOTE_COLUMNS,
    ],
  },
  {
    key: "villages",
    title: "村(社区)",
    titles: ["村(社区)", "村社区", "村(居)", "村居", "村(社区)名单"],
    columns: [
      { key: "name", label: "村名", synonyms: ["村(社区)", "村社区", "村(社区)名称", "名称", "村居"], required: true },
      { key: "aliases", label: "别名", synonyms: ["简称", "其他名称", "别称"] },
      { key: "lead", label: "村级责任人", synonyms: ["责任人", "村包案人", "村负责人", "村级包案人"] },
      { key: "leader", label: "包村领导", synonyms: ["联系领导", "挂钩领导", "包村镇领导"] },
      ...NOTE_COLUMNS,
    ],
  },
  {
    key: "categoryRules",
    title: "分类规则",
    titles: ["分类规则", "类别规则", "问题分类规则"],
    columns: [
      { key: "target", label: "类别", synonyms: ["问题类别", "分类"], required: true },
      { key: "keyword", label: "关键词", synonyms: ["关键字"], required: true },
      { key: "weight", label: "权重", synonyms: ["分值", "权值"] },
      ...NOTE_COLUMNS,
    ],
  },
  {
    key: "domainRules",
    title: "领域规则",
    titles: ["领域规则", "重点领域规则"],
    columns: [
      { key: "target", label: "领域", synonyms: ["重点领域", "涉及领域"], required: true },
      { key: "keyword", label: "关键词", synonyms: ["关键字"], required: true },
      { key: "weight", label: "权重", synonyms: ["分值", "权值"] },
      ...NOTE_COLUMNS,
    ],
  },
  {
    // 节假日顺延's calendar: rows add to or correct the built-in State Council notices (calendar/).
    key: "holidays",
    title: "节假日",
    titles: ["节假日", "节假日安排", "法定节假日", "节假日调休", "放假安排", "放假调休"],
    columns: [
      { key: "date", label: "日期", synonyms: ["放假日期", "日子"], required: true },
      { key: "kind", label: "类型(放假/上班)", synonyms: ["类型", "放假/上班", "放假或上班", "安排"], required: true },
      ...NOTE_COLUMNS,
    ],
  },
];

/** Numbering in front of a title: `一、`, `1.`, `（一）`, `第一部分`. */
const NUMBERING = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十\d]+[部分块]?[、:：]?)/;

export function titleKey(v: CellValue): BlockKey | null {
  if (typeof v !== "string") return null;
  const t = normalizeHeader(v).replace(NUMBERING, "");
  return BLOCKS.find((b) => b.titles.includes(t))?.key ?? null;
}

export function columnKey(spec: BlockSpec, header: CellValue): string | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  return (
    spec.columns.find((c) => normalizeHeader(c.label) === h || c.synonyms.some((s) => normalizeHeader(s) === h))?.key ??
    null
  );
}

/** One data row of a block: 0-based sheet row, and the cell of each recognised column. */
export interface BlockRow {
  row: number;
  cells: Record<string, CellValue>;
  /** 0-based column of each recognised column key (for finding addresses). */
  cols: Record<string, number>;
}

export interface RawBlock {
  spec: BlockSpec;
  titleRow: number;
  headerRow: number;
  /** Recognised column key → 0-based column (the first one when a header repeats). */
  columns: Record<string, number>;
  /** Header cells no column of the block matches: [0-based column, header text]. */
  unknownHeaders: [number, string][];
  /** Duplicated headers: [0-based column, header text, column key]. */
  repeatedHeaders: [number, string, string][];
  /** Required columns the header lacks (labels). */
  missing: string[];
  rows: BlockRow[];
  /** 0-based row after the block (its first blank row, or the sheet's end). */
  end: number;
}

export function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}

export function isBlankRow(sheet: SheetGrid, row: number): boolean {
  const r = sheet.rows[row];
  return !r || r.every((v) => isBlankCell(v));
}

/** Whether the title row doubles as the header row (a clerk wrote `参数 | 值` with no title above). */
function titleIsHeader(sheet: SheetGrid, spec: BlockSpec, row: number): boolean {
  let known = 0;
  for (let c = 1; c < rowWidth(sheet, row); c++) if (columnKey(spec, cellAt(sheet, row, c))) known++;
  return known > 0;
}

function readHeader(sheet: SheetGrid, spec: BlockSpec, titleRow: number, headerRow: number): RawBlock {
  const block: RawBlock = {
    spec,
    titleRow,
    headerRow,
    columns: {},
    unknownHeaders: [],
    repeatedHeaders: [],
    missing: [],
    rows: [],
    end: headerRow + 1,
  };
  for (let c = 0; c < rowWidth(sheet, headerRow); c++) {
    const v = cellAt(sheet, headerRow, c);
    if (isBlankCell(v)) continue;
    const key = columnKey(spec, v);
    const text = String(v).trim();
    if (!key) block.unknownHeaders.push([c, text]);
    else if (key in block.columns) block.repeatedHeaders.push([c, text, key]);
    else block.columns[key] = c;
  }
  block.missing = spec.columns.filter((c) => c.required && !(c.key in block.columns)).map((c) => c.label);
  return block;
}

/**
 * The block a row opens, if any: column A holds a block title and the rest of the row is blank
 * (or is that block's header). So a 参数 row `分类规则 | 替换` is data, not the 分类规则 block.
 */
function blockAt(sheet: SheetGrid, row: number): BlockSpec | undefined {
  const key = titleKey(cellAt(sheet, row, 0));
  if (!key) return undefined;
  const spec = BLOCKS.find((b) => b.key === key) as BlockSpec;
  let alone = true;
  for (let c = 1; c < rowWidth(sheet, row); c++) if (!isBlankCell(cellAt(sheet, row, c))) alone = false;
  return alone || titleIsHeader(sheet, spec, row) ? spec : undefined;
}

/** Finds every titled block in the sheet, in sheet order. */
export function locateBlocks(sheet: SheetGrid): RawBlock[] {
  const blocks: RawBlock[] = [];
  let r = 0;
  while (r < sheet.rows.length) {
    const spec = blockAt(sheet, r);
    if (!spec) {
      r++;
      continue;
    }
    let headerRow = r;
    if (!titleIsHeader(sheet, spec, r)) {
      // The header is the next row; one blank row between title and header is forgiven.
      headerRow = r + 1;
      if (isBlankRow(sheet, headerRow) && !isBlankRow(sheet, headerRow + 1)) headerRow++;
    }
    const block = readHeader(sheet, spec, r, headerRow);
    let end = headerRow + 1;
    while (end < sheet.rows.length && !isBlankRow(sheet, end) && !blockAt(sheet, end)) {
      const cells: Record<string, CellValue> = {};
      for (const [k, c] of Object.entries(block.columns)) cells[k] = cellAt(sheet, end, c);
      block.rows.push({ row: end, cells, cols: block.columns });
      end++;
    }
    block.end = end;
    blocks.push(block);
    r = end;
  }
  return blocks;
}

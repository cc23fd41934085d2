/**
 * The default 月报 template (init-report): a layout a county office would accept, built only from
 * labels the filler recognises (a test fills it and expects no unrecognised label). Created only
 * when the workbook has no 月报 sheet.
 */
import type { SheetGrid } from "../grid";
import type { OwnedCell, OwnedSheet } from "../patch";

export const REPORT_SHEET = "月报";

const WIDTH = 9; // A: 项目, B–I: four pairs of 批次 | 人次
type Merge = { r1: number; c1: number; r2: number; c2: number };

export function reportTemplate(): OwnedSheet {
  const rows: OwnedCell[][] = [];
  const merges: Merge[] = [];
  const blank = (): OwnedCell[] => new Array<OwnedCell>(WIDTH).fill(null);
  const across = (text: string): void => {
    const r = rows.length;
    rows.push([text, ...blank().slice(1)]);
    merges.push({ r1: r, c1: 0, r2: r, c2: WIDTH - 1 });
  };
  /** A row whose cells are given as [text, span] pairs from column A. */
  const spans = (cells: [OwnedCell, number][]): void => {
    const r = rows.length;
    const row = blank();
    let c = 0;
    for (const [v, n] of cells) {
      row[c] = v;
      if (n > 1) merges.push({ r1: r, c1: c, r2: r, c2: c + n - 1 });
      c += n;
    }
    rows.push(row);
  };

  across("XX镇信访工作月报（    年    月）");
  spans([
    ["填报单位：XX镇人民政府（盖章）", 5],
    ["填报日期：    年  月  日", 4],
  ]);
  across("一、信访总量及构成");
  const head = rows.length;
  spans([
    ["项目", 1],
    ["本月", 2],
    ["累计", 2],
    ["去年同期累计", 2],
    ["同比", 2],
  ]);
  merges.push({ r1: head, c1: 0, r2: head + 1, c2: 0 });
  rows.push([null, "批次", "人次", "批次", "人次", "批次", "人次", "批次", "人次"]);
  const counts = (labels: string[]): void => labels.forEach((l) => rows.push([l, ...blank().slice(1)]));
  counts(["信访总量"]);
  across("（一）按信访形式");
  counts(["来信", "来访", "电话", "网上信访", "上级交办"]);
  across("（二）按信访层级");
  counts(["来镇", "到区（到县）", "到市", "赴省", "进京"]);
  across("（三）重点情况");
  counts(["越级访", "集体访", "非正常访", "重复信访", "初信初访"]);
  across("（四）按问题类别");
  counts(["组织人事问题类", "民生问题类", "其它遗留问题类"]);

  across("二、办理情况");
  const pair = (label: string): void =>
    spans([
      [label, 1],
      [null, 2],
      [null, 2],
      [null, 4],
    ]);
  spans([
    ["项目", 1],
    ["本月", 2],
    ["累计", 2],
    ["备注", 4],
  ]);
  for (const l of ["初信初访件数", "初信初访办结件数", "初信初访办结率", "按期办结率", "参评率", "满意率"]) pair(l);

  across("三、信访积案化解情况（截至期末）");
  spans([
    ["类别", 1],
    ["积案总数", 2],
    ["已化解", 2],
    ["未化解", 2],
    ["化解率", 2],
  ]);
  for (const l of ["合计", "组织人事问题类", "民生问题类", "其它遗留问题类"])
    spans([
      [l, 1],
      [null, 2],
      [null, 2],
      [null, 2],
      [null, 2],
    ]);
  rows.push(blank());
  spans([
    ["超期未办结（件）", 1],
    [null, 2],
    ["进京走访纯人数", 2],
    [null, 1],
    ["赴省走访纯人数", 2],
    [null, 1],
  ]);
  across(
    "注：同比＝（累计－去年同期累计）÷去年同期累计，去年同期为0时留空；积案按期末存量统计；本表由信访台账助手按台账自动填写。",
  );
  spans([
    ["填表人：", 3],
    ["审核人：", 3],
    ["联系电话：", 3],
  ]);

  return {
    name: REPORT_SHEET,
    rows,
    widths: [20, 9, 9, 9, 9, 9, 9, 9, 9],
    merges,
    bordered: 2,
    titleRows: [0],
    ifAbsent: true,
  };
}

/** The template as a grid, so the filler can be run on it (tests, init-report preview). */
export function ownedToGrid(sheet: OwnedSheet): SheetGrid {
  return {
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.map((v) => {
        if (v === null || typeof v === "string" || typeof v === "number") return v;
        return "text" in v ? v.text : v.value;
      }),
    ),
    merges: (sheet.merges ?? []).map((m) => ({ ...m })),
  };
}

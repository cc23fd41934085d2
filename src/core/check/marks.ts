/**
 * What a check shows in the workbook: one mark per problem cell (fill by the worst severity, a
 * note with every message of that cell) and the add-in's own 校验结果 sheet listing all findings
 * with links. Never a cell write: a finding does not change a user's value.
 */
import { isoDay } from "../day";
import { CODE_TITLE, SEVERITY_ORDER, SEVERITY_TITLE, countBySeverity, type Finding } from "../findings";
import { parseA1 } from "../grid";
import { emptyPatch, type CellMark, type OwnedCell, type OwnedSheet, type Patch, type SheetMarks } from "../patch";
import { FIELD_BY_KEY } from "../schema/fields";
import type { CheckResult } from "./check";

export const RESULT_SHEET = "校验结果";

/** Finding rows that fit under the title, the header and two closing lines in Excel's 1,048,576 rows. */
export const MAX_LISTED = 1_048_576 - 4;

const HEADER = ["序号", "单元格", "行", "字段", "级别", "问题", "说明", "建议值"];
const WIDTHS = [6, 14, 7, 14, 6, 20, 90, 16];

function noteLine(f: Finding): string {
  return `【${CODE_TITLE[f.code]}】${f.message}`;
}

/** Marks per sheet: findings of one cell merged, the worst severity wins the fill. */
export function marksBySheet(findings: readonly Finding[], sheets: readonly string[]): SheetMarks[] {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const s of sheets) bySheet.set(s, new Map());
  for (const f of findings) {
    const cells = bySheet.get(f.sheet);
    const at = parseA1(f.cell);
    if (!cells || !at) continue;
    const mark = cells.get(f.cell);
    if (!mark) cells.set(f.cell, { row: at.row, col: at.col, severity: f.severity, note: noteLine(f) });
    else {
      mark.note += `\n${noteLine(f)}`;
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = f.severity;
    }
  }
  return [...bySheet].map(([sheet, cells]) => ({ sheet, marks: [...cells.values()] }));
}

function title(r: CheckResult): string {
  const n = countBySeverity(r.findings);
  return `信访台账校验结果（${isoDay(r.today)}，错误${n.error}条/警告${n.warning}条/提示${n.info}条）`;
}

function resultRow(f: Finding, n: number, ledgerSheet: string): OwnedCell[] {
  const at = parseA1(f.cell);
  const cellText = f.sheet === ledgerSheet ? f.cell : `${f.sheet}!${f.cell}`;
  const cell: OwnedCell = at ? { text: cellText, link: { sheet: f.sheet, row: at.row, col: at.col } } : cellText;
  return [
    n,
    cell,
    f.row,
    f.field ? FIELD_BY_KEY[f.field].label : "",
    SEVERITY_TITLE[f.severity],
    CODE_TITLE[f.code],
    f.message,
    f.suggestion ?? "",
  ];
}

/** The 校验结果 sheet: title, header, one row per finding (or one line saying there is none). */
export function resultSheet(r: CheckResult): OwnedSheet {
  const rows: OwnedCell[][] = [[title(r)], HEADER];
  // Excel refuses a sheet past row 1,048,576 (the whole file opens as damaged): list what fits.
  const listed = Math.min(r.findings.length, MAX_LISTED);
  for (let i = 0; i < listed; i++) rows.push(resultRow(r.findings[i], i + 1, r.sheet));
  if (listed < r.findings.length) {
    const rest = `另有 ${r.findings.length - listed} 条问题超出 Excel 的最大行数，未列出。请先改正上面的问题后重新检查，或用命令行的 --json 查看全部。`;
    rows.push([null, null, null, null, null, "未列出", rest, null]);
  }
  if (!r.findings.length) rows.push([null, null, null, null, null, "无问题", "未发现问题。", null]);
  if (r.note) rows.push([null, null, null, null, null, "说明", r.note, null]);
  return {
    name: RESULT_SHEET,
    rows,
    widths: WIDTHS,
    headerRows: 2,
    titleRows: [0],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: HEADER.length - 1 }],
    bordered: 1,
  };
}

/** Marks on the ledger (and 配置) sheet plus the 校验结果 sheet; no cell writes. */
export function marksPatch(result: CheckResult): Patch {
  const patch = emptyPatch();
  patch.marks = marksBySheet(result.findings, result.markedSheets);
  patch.ownedSheets = [resultSheet(result)];
  return patch;
}

/**
 * Removes the marks (an empty mark list replaces earlier marks). The 校验结果 sheet cannot be
 * deleted through a patch, so it is rewritten to say the marks were cleared, rather than keep a
 * list that no longer matches the colours in the ledger.
 */
export function clearMarksPatch(sheet: string, extraSheets: readonly string[] = []): Patch {
  const patch = emptyPatch();
  patch.marks = [sheet, ...extraSheets].map((s) => ({ sheet: s, marks: [] }));
  patch.ownedSheets = [
    {
      name: RESULT_SHEET,
      rows: [[`信访台账校验结果：已清除工作表“${sheet}”上的校验标记。如需查看问题，请重新运行“检查台账”。`]],
      widths: [100],
      titleRows: [0],
    },
  ];
  return patch;
}

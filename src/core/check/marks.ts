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

/**
 * Finding rows in the 校验结果 sheet. Excel's 1,048,576 rows would allow more, but each listed row
 * costs about 3 KB of heap while a host builds the sheet (a dense million-row ledger's two million
 * findings ran Node out of its 4 GB), and nobody reads past the first thousands: the rest are
 * counted in a closing line and are all in the CLI's --json. docs/validation.md, "Marks".
 */
export const MAX_LISTED = 100_000;

/**
 * Cells that get a fill and a note. A clerk works through a few hundred marked cells a day, not
 * tens of thousands, and Excel slows down (opening, scrolling, saving) with tens of thousands of
 * notes; a dense million-row ledger would need two million. Beyond this the 校验结果 sheet (and
 * the CLI's --json) still lists every finding. docs/validation.md, "Marks".
 */
export const MAX_MARKED = 10_000;

/** Present when some findings were left without a mark because of MAX_MARKED. */
export interface MarksCap {
  /** Cells that got a fill and a note. */
  markedCells: number;
  /** Findings whose cell got no mark. */
  unmarkedFindings: number;
  /** Chinese, worded for every place it is shown: the 校验结果 sheet, the task pane, the CLI. */
  note: string;
}

/** A marks patch; `cap` says how many findings were not marked (the host applies it as any patch). */
export interface MarksPatch extends Patch {
  cap?: MarksCap;
}

const HEADER = ["序号", "单元格", "行", "字段", "级别", "问题", "说明", "建议值"];
const WIDTHS = [6, 14, 7, 14, 6, 20, 90, 16];

function noteLine(f: Finding): string {
  return `【${CODE_TITLE[f.code]}】${f.message}`;
}

interface CollectedMarks {
  sheets: SheetMarks[];
  markedCells: number;
  unmarkedFindings: number;
}

/**
 * Marks per sheet: findings of one cell merged, the worst severity wins the fill. In the findings'
 * order, at most `maxCells` cells: a later finding on a cell already marked joins its note, one on
 * a new cell past the cap is counted as unmarked.
 */
function collectMarks(findings: readonly Finding[], sheets: readonly string[], maxCells: number): CollectedMarks {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const s of sheets) bySheet.set(s, new Map());
  let markedCells = 0;
  let unmarkedFindings = 0;
  for (const f of findings) {
    const cells = bySheet.get(f.sheet);
    const at = parseA1(f.cell);
    if (!cells || !at) continue;
    const mark = cells.get(f.cell);
    if (mark) {
      mark.note += `\n${noteLine(f)}`;
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = f.severity;
    } else if (markedCells < maxCells) {
      cells.set(f.cell, { row: at.row, col: at.col, severity: f.severity, note: noteLine(f) });
      markedCells++;
    } else unmarkedFindings++;
  }
  return {
    sheets: [...bySheet].map(([sheet, cells]) => ({ sheet, marks: [...cells.values()] })),
    markedCells,
    unmarkedFindings,
  };
}

/** Marks per sheet, uncapped: findings of one cell merged, the worst severity wins the fill. */
export function marksBySheet(findings: readonly Finding[], sheets: readonly string[]): SheetMarks[] {
  return collectMarks(findings, sheets, Infinity).sheets;
}

function capNote(markedCells: number, unmarkedFindings: number, allListed: boolean): string {
  const where = allListed ? "完整清单见“校验结果”表（命令行另可用 --json）" : "完整清单请用命令行的 --json 导出";
  return (
    `仅在台账中标记了前 ${markedCells} 个单元格，另有 ${unmarkedFindings} 处问题未标记（没有底色和批注），` +
    `${where}。请先改正已标记的问题后重新检查。`
  );
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

/**
 * The 校验结果 sheet: title, header, one row per finding (or one line saying there is none). With
 * `cap`, a line between title and header says that not every finding is marked in the ledger.
 */
export function resultSheet(r: CheckResult, cap?: MarksCap): OwnedSheet {
  const top: OwnedCell[][] = cap ? [[title(r)], [cap.note]] : [[title(r)]];
  const rows: OwnedCell[][] = [...top, HEADER];
  // MAX_LISTED keeps the sheet well inside Excel's 1,048,576 rows and the host's memory.
  const listed = Math.min(r.findings.length, MAX_LISTED);
  for (let i = 0; i < listed; i++) rows.push(resultRow(r.findings[i], i + 1, r.sheet));
  if (listed < r.findings.length) {
    const rest = `另有 ${r.findings.length - listed} 条问题未列出（本表最多列出 ${MAX_LISTED} 条）。请先改正上面的问题后重新检查，或用命令行的 --json 查看全部。`;
    rows.push([null, null, null, null, null, "未列出", rest, null]);
  }
  if (!r.findings.length) rows.push([null, null, null, null, null, "无问题", "未发现问题。", null]);
  if (r.note) rows.push([null, null, null, null, null, "说明", r.note, null]);
  // The title and the cap note are merged across and frozen with the header, so they stay in view.
  const merges = top.map((_, i) => ({ r1: i, c1: 0, r2: i, c2: HEADER.length - 1 }));
  return {
    name: RESULT_SHEET,
    rows,
    widths: WIDTHS,
    headerRows: top.length + 1,
    titleRows: [0],
    merges,
    bordered: top.length,
  };
}

/**
 * Marks on the ledger (and 配置) sheet plus the 校验结果 sheet; no cell writes. At most `maxMarked`
 * cells are marked (MAX_MARKED; tests pass a small one); `cap` then says how many findings are not.
 */
export function marksPatch(result: CheckResult, maxMarked: number = MAX_MARKED): MarksPatch {
  const collected = collectMarks(result.findings, result.markedSheets, maxMarked);
  const cap: MarksCap | undefined = collected.unmarkedFindings
    ? {
        markedCells: collected.markedCells,
        unmarkedFindings: collected.unmarkedFindings,
        note: capNote(collected.markedCells, collected.unmarkedFindings, result.findings.length <= MAX_LISTED),
      }
    : undefined;
  const patch: MarksPatch = emptyPatch();
  patch.marks = collected.sheets;
  patch.ownedSheets = [resultSheet(result, cap)];
  if (cap) patch.cap = cap;
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

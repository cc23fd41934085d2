/** Patches as the core produces them, for the host tests and the benchmark (seeded). */
import type { Severity } from "../../../src/core/findings";
import { a1, type CellValue } from "../../../src/core/grid";
import type { CellMark, CellWrite, OwnedCell, Patch } from "../../../src/core/patch";
import { rng } from "./fixtures";
import type { FakeSheet } from "./fake-excel";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const MESSAGES = [
  "“登记日期”未填写。请补填。",
  "身份证号“320412199003076519”校验位不对（按前17位计算应为 X），号码可能抄错了。请与信访人核对。",
  "包案领导“王  飞”不在配置表“领导分工”名单中。请核对姓名，或在配置表中补充。",
  "化解时限 2023-04-30 将在 3 天内到期。请提醒包案领导按期办结。",
];

/** `count` findings on distinct cells of the ledger's data rows (rows 2.., columns A..Y), plus 校验结果. */
export function marksPatch(count: number, dataRows: number, seed = 3, sheet = "信访台账"): Patch {
  const r = rng(seed);
  const seen = new Set<number>();
  const marks: CellMark[] = [];
  while (marks.length < count) {
    const row = 2 + Math.floor(r() * dataRows);
    const col = Math.floor(r() * 25);
    if (seen.has(row * 100 + col)) continue;
    seen.add(row * 100 + col);
    marks.push({ row, col, severity: SEVERITIES[marks.length % 3], note: MESSAGES[marks.length % MESSAGES.length] });
  }
  const rows: OwnedCell[][] = [["工作表", "行", "单元格", "级别", "问题", "说明"]];
  for (const m of marks) {
    rows.push([
      sheet,
      m.row + 1,
      { text: a1(m.row, m.col), link: { sheet, row: m.row, col: m.col } },
      m.severity === "error" ? "错误" : m.severity === "warning" ? "警告" : "提示",
      "cell.required",
      m.note,
    ]);
  }
  return {
    writes: [],
    marks: [{ sheet, marks }],
    ownedSheets: [{ name: "校验结果", rows, headerRows: 1, widths: [10, 6, 8, 6, 16, 60] }],
    newColumns: [],
  };
}

/** Assignment-like writes: 问题类别 (N), 包案领导 (Q) and 化解时限 (U) for every data row. */
export function writesPatch(ledger: FakeSheet, dataRows: number, sheet = "信访台账"): Patch {
  const writes: CellWrite[] = [];
  for (let row = 2; row < 2 + dataRows; row++) {
    const prev = (c: number): CellValue => {
      const v = ledger.value(row, c);
      return v === "" ? null : v === "#N/A" ? { error: "#N/A" } : (v as string | number);
    };
    writes.push({
      sheet,
      row,
      col: 13,
      value: { kind: "text", text: "民生问题类" },
      previous: prev(13),
      reason: "关键词：低保",
    });
    writes.push({
      sheet,
      row,
      col: 16,
      value: { kind: "text", text: "王建国" },
      previous: prev(16),
      reason: "分管民生",
    });
    if (ledger.value(row, 20) !== "#N/A") {
      writes.push({
        sheet,
        row,
        col: 20,
        value: { kind: "date", iso: "2023-04-30" },
        previous: prev(20),
        reason: "登记日期 + 60 天",
      });
    }
  }
  return { writes, marks: [], ownedSheets: [], newColumns: [] };
}

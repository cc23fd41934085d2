/**
 * Writes a generated ledger the way a township office lays it out (seed 004): a title row, a two-row
 * header with merged parents (包案领导 over 镇 | 村), 宋体, thin borders, widths, frozen panes, the ID
 * column as text, drop-down lists on the enumerated columns, an autofilter.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { isCellError } from "../../src/core/grid";
import { ENUMS } from "../../src/core/schema/fields";
import type { GeneratedLedger } from "../../test/fixtures/generate-ledger";
import { FONT, THIN } from "./owned-sheet-exceljs";

interface DataValidations {
  add(range: string, rule: ExcelJS.DataValidation): void;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

const LISTS: Partial<Record<string, readonly string[]>> = {
  channel: ENUMS.channel.values,
  level: ENUMS.level.values,
  status: ENUMS.status.values,
  category: ENUMS.category.values,
  satisfaction: ENUMS.satisfaction.values,
  abnormal: ["是", "否"],
  repeat: ["是", "否"],
  pledge: ["有", "无"],
  followUp: ["有", "无"],
};

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

export function writeLedgerSheet(wb: ExcelJS.Workbook, g: GeneratedLedger, title: string, name = "信访台账") {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 3, ySplit: 3 }] });
  const n = g.columns.length;
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, n);
  ws.getRow(1).height = 30;
  ws.getCell(1, 1).font = { name: FONT, size: 18, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  const headerCell = (r: number, c: number, text: string | null): void => {
    const cell = ws.getCell(r, c);
    if (text !== null) cell.value = text;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = THIN;
    cell.fill = HEADER_FILL;
  };
  for (let c = 0; c < n; c++) {
    const col = g.columns[c];
    ws.getColumn(c + 1).width = col.width;
    if (col.parent) {
      const first = g.columns.findIndex((k) => k.parent === col.parent);
      if (first === c) {
        headerCell(2, c + 1, col.parent);
        let last = c;
        while (last + 1 < n && g.columns[last + 1].parent === col.parent) last++;
        for (let k = c + 1; k <= last; k++) headerCell(2, k + 1, null);
        if (last > c) ws.mergeCells(2, c + 1, 2, last + 1);
      }
      headerCell(3, c + 1, col.child ?? col.header);
    } else {
      headerCell(2, c + 1, col.header);
      headerCell(3, c + 1, null);
      ws.mergeCells(2, c + 1, 3, c + 1);
    }
  }
  const firstData = 4;
  g.rows.forEach((row, i) => {
    const r = ws.getRow(firstData + i);
    row.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = excelValue(v);
      cell.font = { name: FONT, size: 11 };
      cell.border = THIN;
      const kind = g.columns[c].kind;
      if (kind === "date" && typeof v === "number") cell.numFmt = "yyyy-mm-dd";
      // The ID column is text, as it must be; a defect row holds a number typed into it anyway.
      else if (kind === "id") cell.numFmt = typeof v === "number" ? "0" : "@";
      else if (kind === "long") cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  const lastData = firstData + g.rows.length - 1;
  g.columns.forEach((col, c) => {
    const list = LISTS[col.field];
    if (!list || lastData < firstData) return;
    const letter = ws.getColumn(c + 1).letter;
    // Typed in ExcelJS's JavaScript but missing from its index.d.ts.
    (ws as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${letter}${firstData}:${letter}${lastData}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [`"${list.join(",")}"`],
        showErrorMessage: false,
      },
    );
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: n } };
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return ws;
}

/**
 * Writes an OwnedSheet (the core's description of a sheet it creates: 配置, 月报) into an ExcelJS
 * worksheet, for the sample workbook. Styling follows what a township office uses: 宋体, thin borders,
 * bold header rows, a larger title.
 */
import type ExcelJS from "exceljs";
import type { OwnedSheet } from "../../src/core/patch";

export const FONT = "宋体";
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function writeOwnedSheet(wb: ExcelJS.Workbook, sheet: OwnedSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.headerRows ? [{ state: "frozen", ySplit: sheet.headerRows }] : [],
    state: sheet.hidden ? "hidden" : "visible",
  });
  sheet.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const titles = new Set(sheet.titleRows ?? []);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = ws.getCell(r + 1, c + 1);
      if (cell === null) {
        // An empty cell inside the bordered area still gets its border below.
      } else if (typeof cell === "string" || typeof cell === "number") target.value = cell;
      else if ("text" in cell) {
        target.value = cell.link
          ? { text: cell.text, hyperlink: `#'${cell.link.sheet}'!${colName(cell.link.col)}${cell.link.row + 1}` }
          : cell.text;
      } else {
        target.value = cell.value;
        if (cell.percent) target.numFmt = "0.0%";
      }
      const bold = titles.has(r) || (sheet.headerRows !== undefined && r < sheet.headerRows);
      target.font = { name: FONT, size: titles.has(r) ? 16 : 11, bold };
      if (sheet.bordered !== undefined && r >= sheet.bordered) target.border = THIN;
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  for (const r of titles) ws.getRow(r + 1).alignment = { horizontal: "center", vertical: "middle" };
  return ws;
}

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

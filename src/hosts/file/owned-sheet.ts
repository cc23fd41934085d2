/**
 * Worksheet XML for a sheet the add-in owns (校验结果, 月报明细, 配置 …), written whole each run:
 * title rows, bold frozen header, thin borders, merges, widths, internal hyperlinks, percents.
 */
import { a1 } from "../../core/grid";
import type { OwnedCell, OwnedSheet } from "../../core/patch";
import type { Styles } from "./styles";
import { escapeXml } from "./xml";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function ownedSheetXml(sheet: OwnedSheet, styles: Styles): string {
  const headerRows = sheet.headerRows ?? 0;
  const titles = new Set(sheet.titleRows ?? []);
  const bordered = sheet.bordered ?? Infinity;
  const styleCache = new Map<string, number>();
  const styleFor = (row: number, cell: OwnedCell): number => {
    const opts = {
      bold: titles.has(row) || row < headerRows,
      size: titles.has(row) ? 14 : undefined,
      border: row >= bordered,
      percent: typeof cell === "object" && cell !== null && "value" in cell && cell.percent === true,
      link: typeof cell === "object" && cell !== null && "link" in cell && cell.link !== undefined,
      wrap: !titles.has(row),
    };
    const key = `${opts.bold}${opts.size}${opts.border}${opts.percent}${opts.link}${opts.wrap}`;
    let s = styleCache.get(key);
    if (s === undefined) {
      s = opts.bold || opts.size || opts.border || opts.percent || opts.link ? styles.ownedXf(opts) : 0;
      styleCache.set(key, s);
    }
    return s;
  };

  // A loop, not Math.max(...rows): spreading a million-row sheet overflows the call stack.
  let width = Math.max(1, sheet.widths?.length ?? 0);
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  const rowsXml: string[] = [];
  const links: string[] = [];
  sheet.rows.forEach((cells, r) => {
    let row = "";
    const last = r >= bordered ? width : cells.length;
    for (let c = 0; c < last; c++) {
      const cell = c < cells.length ? cells[c] : null;
      const s = styleFor(r, cell);
      const ref = a1(r, c);
      row += cellXml(ref, s, cell);
      if (cell && typeof cell === "object" && "link" in cell && cell.link) {
        const l = cell.link;
        const location = `'${l.sheet.replace(/'/g, "''")}'!${a1(l.row, l.col)}`;
        links.push(`<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(cell.text)}"/>`);
      }
    }
    const ht = titles.has(r) ? ' ht="24" customHeight="1"' : "";
    rowsXml.push(`<row r="${r + 1}"${ht}>${row}</row>`);
  });

  const lastRef = a1(Math.max(0, sheet.rows.length - 1), width - 1);
  const pane =
    headerRows > 0
      ? `<pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${headerRows + 1}" sqref="A${headerRows + 1}"/>`
      : "";
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7}" customWidth="1"/>`)
    .join("");
  const merges = (sheet.merges ?? []).map((m) => `<mergeCell ref="${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}"/>`);
  return (
    HEAD +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="13.5"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rowsXml.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

function cellXml(ref: string, s: number, cell: OwnedCell): string {
  const sa = s ? ` s="${s}"` : "";
  if (cell === null || cell === undefined) return s ? `<c r="${ref}"${sa}/>` : "";
  if (typeof cell === "number") return numberXml(ref, sa, cell);
  if (typeof cell === "string") return textXml(ref, sa, cell);
  if ("value" in cell) return numberXml(ref, sa, cell.value);
  return textXml(ref, sa, cell.text);
}

function numberXml(ref: string, sa: string, v: number): string {
  return Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${v}</v></c>` : `<c r="${ref}"${sa}/>`;
}

function textXml(ref: string, sa: string, text: string): string {
  if (text === "") return sa ? `<c r="${ref}"${sa}/>` : "";
  const sp = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${sa} t="inlineStr"><is><t${sp}>${escapeXml(text)}</t></is></c>`;
}

/**
 * A minimal, fast xlsx writer for big generated ledgers (ExcelJS needs minutes and gigabytes for
 * 300k rows). Writes sheet XML by hand with a shared-string table, as Excel does, and zips with
 * fflate. Only what the benchmark files need: values, four styles, merges, a frozen pane.
 */
import { zipSync, strToU8 } from "fflate";
import type { CellValue } from "../../src/core/grid";
import { a1, columnLetters, isCellError } from "../../src/core/grid";
import type { OwnedSheet } from "../../src/core/patch";

/** Style ids of the styles.xml below. */
export const STYLE = { general: 0, date: 1, text: 2, header: 3 } as const;
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

export interface FastSheet {
  name: string;
  rows: CellValue[][];
  /** A1 ranges, e.g. `A2:A3`. */
  merges?: string[];
  /** Frozen rows at the top. */
  frozenRows?: number;
  widths?: number[];
  style?: (row: number, col: number, v: CellValue) => StyleId;
}

/** An OwnedSheet (配置, 月报 template) as a plain sheet: values, merges, widths, bold header rows. */
export function ownedToFast(sheet: OwnedSheet): FastSheet {
  const rows = sheet.rows.map((r) =>
    r.map((c): CellValue => (c === null || typeof c !== "object" ? c : "text" in c ? c.text : c.value)),
  );
  const titles = new Set(sheet.titleRows ?? []);
  return {
    name: sheet.name,
    rows,
    merges: (sheet.merges ?? []).map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`),
    widths: sheet.widths,
    frozenRows: sheet.headerRows,
    style: (r) => (titles.has(r) || r < (sheet.headerRows ?? 0) ? STYLE.header : STYLE.general),
  };
}

/** Control characters are not allowed in XML 1.0; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = new RegExp("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]", "g");

function esc(s: string): string {
  return s
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function sheetXml(sheet: FastSheet, sst: SharedStrings): string {
  const parts: string[] = [];
  const letters: string[] = [];
  const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 1);
  for (let c = 0; c < width; c++) letters.push(columnLetters(c));
  parts.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<dimension ref="A1:${letters[width - 1]}${Math.max(1, sheet.rows.length)}"/>`,
  );
  if (sheet.frozenRows) {
    const top = `A${sheet.frozenRows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`,
    );
  }
  if (sheet.widths?.length) {
    parts.push("<cols>");
    sheet.widths.forEach((w, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const n = r + 1;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      const s = sheet.style ? sheet.style(r, c, v) : STYLE.general;
      const sa = s ? ` s="${s}"` : "";
      const ref = letters[c] + n;
      if (typeof v === "number") xml += `<c r="${ref}"${sa}><v>${v}</v></c>`;
      else if (typeof v === "string") xml += `<c r="${ref}"${sa} t="s"><v>${sst.id(v)}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (isCellError(v)) xml += `<c r="${ref}"${sa} t="e"><v>${esc(v.error)}</v></c>`;
    }
    parts.push(xml + "</row>");
  }
  parts.push("</sheetData>");
  if (sheet.merges?.length) {
    parts.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) parts.push(`<mergeCell ref="${m}"/>`);
    parts.push("</mergeCells>");
  }
  parts.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
  return parts.join("");
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export function writeFastXlsx(sheets: readonly FastSheet[], level: 1 | 6 = 6): Uint8Array {
  const sst = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, sst))));
  const ct = sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const rels = sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const n = sheets.length;
  const out: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ct}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(sst.xml()),
    ...files,
  };
  const mtime = new Date(Date.UTC(2026, 10, 23));
  const zipped: Record<string, [Uint8Array, { level: 1 | 6; mtime: Date }]> = {};
  for (const [k, v] of Object.entries(out)) zipped[k] = [v, { level, mtime }];
  return zipSync(zipped);
}

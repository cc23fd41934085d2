/**
 * A ledger whose sheet XML is longer than V8's longest string (0x1fffffe8 characters): 3 columns
 * plus an unmapped 备注 of 700 ASCII characters per row. The file host decodes a sheet whole, so
 * reading it hits the limit — what a 25-column ledger of about 620k rows does too. Built as bytes
 * (never one string); 700,000 rows are 628 MB of XML, 22 MB zipped, ~25 s.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { bad } from "../fixtures/bad/books";

export function longSheetLedger(rows: number): Uint8Array {
  const parts = unzipSync(bad.denseRows(1));
  const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const chunks: Uint8Array[] = [
    strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<dimension ref="A1:D${rows + 1}"/><sheetData>` +
        `<row r="1">${cell("A1", "序号")}${cell("B1", "登记日期")}${cell("C1", "信访人")}${cell("D1", "备注")}</row>`,
    ),
  ];
  const pad = "x".repeat(700);
  let buf = "";
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    buf += `<row r="${r}"><c r="A${r}"><v>${i}</v></c><c r="B${r}" s="1"><v>${45658 + (i % 300)}</v></c>${cell(`C${r}`, "王建国")}${cell(`D${r}`, pad)}</row>`;
    if (buf.length > 1 << 22) {
      chunks.push(strToU8(buf));
      buf = "";
    }
  }
  chunks.push(strToU8(buf + "</sheetData></worksheet>"));
  const xml = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    xml.set(c, at);
    at += c.length;
  }
  parts["xl/worksheets/sheet1.xml"] = xml;
  return zipSync(parts, { level: 1, mtime: new Date(Date.UTC(2026, 10, 23)) });
}

/**
 * A workbook whose sheet text is mostly bytes the grid does not need (a long extLst), with long
 * inline strings, a `t="str"` formula result and a formula: values the scanner slices from the text.
 */
import { zipParts } from "../../fixtures/xlsx/zip-parts";

export const LONG_TEXT = "一个很长的诉求内容，超过十三个字符 &amp; 含转义_x000D_";
export const LONG_TEXT_VALUE = "一个很长的诉求内容，超过十三个字符 & 含转义\r";
export const STR_RESULT = "formula result longer than thirteen";
export const FORMULA = 'CONCATENATE("aaaaaaaaaaaaaaaa","bbbbbbbbbbbb")';

export function bigSheetBook(fillerChars: number): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 20; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${LONG_TEXT}${r}</t></is></c>` +
        `<c r="B${r}" t="str"><f>${FORMULA}</f><v>${STR_RESULT}${r}</v></c><c r="C${r}" s="1"><v>${r}</v></c></row>`,
    );
  }
  const filler = "x".repeat(fillerChars);
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><filler>${filler}</filler></ext></extLst></worksheet>`;
  return zipParts({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      "</Relationships>",
    "xl/worksheets/sheet1.xml": sheet,
  });
}

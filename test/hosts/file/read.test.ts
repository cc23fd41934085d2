import { cellAt, isCellError, type SheetGrid, type WorkbookGrid } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, HIDDEN, LEDGER, REPORT } from "../../fixtures/xlsx/template";
import { unzipParts, zipParts } from "../../fixtures/xlsx/zip-parts";

function sheet(g: WorkbookGrid, name: string): SheetGrid {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe("reading the generated template", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes, "台账.xlsx");
  const g = wb.grid();
  const ledger = sheet(g, LEDGER);

  test("sheets in order with visibility", () => {
    expect(g.sheets.map((s) => [s.name, s.hidden])).toEqual([
      [LEDGER, false],
      [REPORT, false],
      [HIDDEN, true],
    ]);
  });

  test("values of every kind: shared/inline/rich text, numbers, errors, formulas' cached values", () => {
    expect(cellAt(ledger, 0, 0)).toBe("孟河镇信访事项登记台账");
    expect(cellAt(ledger, 1, 6)).toBe("诉求内容");
    // rich text runs concatenated, the phonetic run (yin) left out
    expect(cellAt(ledger, 2, 2)).toBe("殷飞");
    // padded names keep their spaces (normalisation is the core's job)
    expect(cellAt(ledger, 8, 2)).toBe("周  强");
    expect(cellAt(ledger, 5, 1)).toBe("２０２４年３月５日");
    expect(cellAt(ledger, 6, 1)).toBe("2024/3/5"); // t="str" formula result
    expect(isCellError(cellAt(ledger, 4, 4))).toBe(true);
    expect(cellAt(ledger, 4, 4)).toEqual({ error: "#N/A" });
    expect(typeof cellAt(ledger, 2, 4)).toBe("number");
    expect(cellAt(ledger, 3, 6)).toBe("=要求解决拖欠工资问题");
    // the row with G left out: H still lands in H
    expect(cellAt(ledger, 6, 6)).toBeNull();
    expect(cellAt(ledger, 6, 7)).toBe("办理中");
  });

  test("formats: custom date code, text @, percent built-in", () => {
    expect(ledger.formatAt?.(2, 1)).toBe('yyyy"年"m"月"d"日"');
    expect(ledger.formatAt?.(2, 2)).toBe("@");
    expect(sheet(g, REPORT).formatAt?.(1, 2)).toBe("0.00%");
    expect(ledger.formatAt?.(100, 1)).toBeUndefined();
  });

  test("formulas, including followers of a shared formula", () => {
    const report = sheet(g, REPORT);
    expect(report.formulaAt?.(1, 1)).toBe("COUNTIFS(信访台账!$F$3:$F$12,A2)");
    expect(report.formulaAt?.(3, 1)).toBe("COUNTIFS(信访台账!$F$3:$F$12,A4)");
    expect(report.formulaAt?.(1, 2)).toContain('"已办结"');
    expect(cellAt(report, 1, 1)).toBe(2);
    expect(report.formulaAt?.(1, 0)).toBeUndefined();
  });

  test("merges and hidden rows", () => {
    expect(ledger.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 7 }]);
    expect(ledger.rowHidden?.(8)).toBe(true);
    expect(ledger.rowHidden?.(7)).toBe(false);
  });
});

describe("producer habits", () => {
  test("cells and rows without r attributes land where Excel shows them", () => {
    const plain = XlsxWorkbook.open(buildTemplate().bytes).grid();
    const bare = XlsxWorkbook.open(buildTemplate({ omitRefs: true }).bytes).grid();
    expect(sheet(bare, LEDGER).rows).toEqual(sheet(plain, LEDGER).rows);
  });

  test("1904 workbooks: date-formatted serials are shifted to the 1900 system, other numbers not", () => {
    const plain = sheet(XlsxWorkbook.open(buildTemplate().bytes).grid(), LEDGER);
    const w1904 = sheet(XlsxWorkbook.open(buildTemplate({ date1904: true }).bytes).grid(), LEDGER);
    expect(cellAt(w1904, 2, 1)).toBe(cellAt(plain, 2, 1));
    expect(cellAt(w1904, 2, 0)).toBe(1);
    expect(cellAt(w1904, 2, 4)).toBe(cellAt(plain, 2, 4));
  });

  test("openpyxl part names and absolute relationship targets", () => {
    const plain = XlsxWorkbook.open(buildTemplate().bytes).grid();
    const py = XlsxWorkbook.open(buildTemplate({ openpyxlNames: true }).bytes).grid();
    expect(py.sheets.map((s) => s.rows)).toEqual(plain.sheets.map((s) => s.rows));
  });

  test('t="d" ISO dates, booleans, escaped text and _xHHHH_ escapes', () => {
    const bytes = zipParts({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      "xl/workbook.xml":
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/a.xml"/></Relationships>',
      "xl/worksheets/a.xml":
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
        '<c r="A1" t="d"><v>2024-03-05T00:00:00</v></c><c r="B1" t="b"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><t>A&amp;B&lt;C&gt; 第&#x4E00;</t></is></c><c r="D1" t="inlineStr"><is><t>行1_x000D_行2</t></is></c>' +
        '<c r="E1"><v>1.5E+3</v></c><c r="F1"/><c r="G1"><v xml:space="preserve">-0.25</v></c><c r="H1"><v/></c>' +
        '<c r="I1" t="inlineStr"><v>甲&amp;乙</v></c><c r="J1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row></sheetData></worksheet>',
    });
    const s = XlsxWorkbook.open(bytes).grid().sheets[0];
    expect(s.rows[0]).toEqual([45356, true, "A&B<C> 第一", "行1\r行2", 1500, null, -0.25, null, "甲&乙", "ab"]);
    expect(s.formulaAt?.(0, 9)).toBe('"a"&"b"');
  });
});

describe("SpreadsheetML with a prefix on every element (Open XML SDK style)", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const prefixed = (xml: string): string =>
    xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)(?![\w.-]+:)([A-Za-z])/g, "<$1x:$2");
  const t = buildTemplate();
  const parts = unzipParts(t.bytes);
  const dec = new TextDecoder();
  for (const name of ["xl/workbook.xml", t.names.ledger, t.names.sst, t.names.styles]) {
    parts[name] = new TextEncoder().encode(prefixed(dec.decode(parts[name])));
  }
  const bytes = zipParts(parts);

  test("reads the same grid", () => {
    expect(dec.decode(parts[t.names.ledger])).toContain("<x:c r=");
    const plain = XlsxWorkbook.open(t.bytes).grid();
    const g = XlsxWorkbook.open(bytes).grid();
    expect(g.sheets.map((s) => [s.name, s.hidden, s.rows])).toEqual(
      plain.sheets.map((s) => [s.name, s.hidden, s.rows]),
    );
    expect(g.sheets[0].formatAt?.(2, 1)).toBe('yyyy"年"m"月"d"日"');
  });

  test("a patch applies and the output reads back", () => {
    const wb = XlsxWorkbook.open(bytes);
    wb.apply({
      writes: [{ sheet: LEDGER, row: 3, col: 8, value: { kind: "text", text: "李镇长" }, previous: null }],
      marks: [{ sheet: LEDGER, marks: [{ row: 2, col: 2, severity: "error", note: "姓名有误" }] }],
      ownedSheets: [],
      newColumns: [],
    });
    const s = XlsxWorkbook.open(wb.toBytes()).grid().sheets[0];
    expect(cellAt(s, 3, 8)).toBe("李镇长");
    expect(cellAt(s, 2, 2)).toBe("殷飞");
  });
});

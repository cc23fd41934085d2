/**
 * Applying a patch edits the package in place: parts the patch does not concern keep their exact
 * bytes, and in the edited sheet only the touched cells differ.
 */
import { SaxesParser } from "saxes";
import { cellAt, type WorkbookGrid } from "../../../src/core/grid";
import type { Patch } from "../../../src/core/patch";
import { NOTE_AUTHOR, XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, LEDGER, type TemplateOptions } from "../../fixtures/xlsx/template";
import { unzipParts, zipParts } from "../../fixtures/xlsx/zip-parts";
import { block, cellElements, patch, withoutCells } from "./xml-helpers";

const dec = new TextDecoder();

function fullPatch(): Patch {
  return patch({
    writes: [
      {
        sheet: LEDGER,
        row: 2,
        col: 6,
        value: { kind: "text", text: "=SUM(A1)" },
        previous: "反映土地征收补偿款未到位",
      },
      { sheet: LEDGER, row: 3, col: 8, value: { kind: "text", text: "李镇长" }, previous: null, reason: "按分工" },
      { sheet: LEDGER, row: 4, col: 1, value: { kind: "date", iso: "2024-03-05" }, previous: 45521 },
      { sheet: LEDGER, row: 4, col: 5, value: { kind: "blank" }, previous: "小河村" },
      { sheet: LEDGER, row: 20, col: 3, value: { kind: "number", value: 0.25, percent: true }, previous: null },
    ],
    marks: [
      {
        sheet: LEDGER,
        marks: [
          { row: 2, col: 2, severity: "error", note: "信访人姓名含多余空格。" },
          { row: 1, col: 6, severity: "info", note: "表头提示" }, // the cell with the user's comment
          { row: 6, col: 6, severity: "warning", note: "“诉求内容”未填写。请补填。" }, // a cell that does not exist
        ],
      },
    ],
    ownedSheets: [
      {
        name: "校验结果",
        rows: [
          ["校验结果"],
          ["行", "问题"],
          [{ text: "F15", link: { sheet: LEDGER, row: 14, col: 5 } }, "“诉求内容”未填写。"],
          ["合计", { value: 0.5, percent: true }],
        ],
        headerRows: 2,
        titleRows: [0],
        bordered: 1,
        widths: [10, 40],
        merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }],
      },
    ],
    newColumns: [{ sheet: LEDGER, col: 8, headerRow: 1, header: "包案领导", styleFromCol: 7 }],
  });
}

/** Cells the patch writes or marks, as A1 refs. */
const TOUCHED = ["G3", "I4", "B5", "F5", "D21", "C3", "G2", "G7", "I2"];

describe.each<[string, TemplateOptions]>([
  ["Excel-style names", {}],
  ["openpyxl-style names", { openpyxlNames: true }],
])("round trip (%s)", (_label, opts) => {
  const t = buildTemplate(opts);
  const original = new Uint8Array(t.bytes);
  const wb = XlsxWorkbook.open(t.bytes, "台账.xlsx");
  wb.grid();
  wb.apply(fullPatch());
  const out = wb.toBytes();
  const before = unzipParts(original);
  const after = unzipParts(out);
  const text = (parts: Record<string, Uint8Array>, name: string): string => dec.decode(parts[name]);

  test("the input bytes are not modified", () => {
    expect(t.bytes).toEqual(original);
  });

  test("every part the patch does not concern is byte-identical", () => {
    const touched = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      t.names.styles,
      t.names.ledger,
      t.names.comments,
      t.names.vml,
    ]);
    const untouched = Object.keys(before).filter((n) => !touched.has(n));
    expect(untouched).toEqual(
      expect.arrayContaining([t.names.sst, t.names.report, t.names.hidden, "customXml/item1.xml"]),
    );
    for (const name of untouched) expect([name, after[name]]).toEqual([name, before[name]]);
    // nothing lost
    expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(before)));
  });

  test("in the ledger sheet only the touched cells changed", () => {
    const b = text(before, t.names.ledger);
    const a = text(after, t.names.ledger);
    expect(withoutCells(a, TOUCHED).replace(/<cols>.*<\/cols>/, "")).toBe(
      withoutCells(b, TOUCHED).replace(/<cols>.*<\/cols>/, ""),
    );
    // the new column I gets the width of H, its style source
    expect(block(a, "cols")).toBe(
      block(b, "cols")!.replace("</cols>", '<col min="9" max="9" width="10" customWidth="1"/></cols>'),
    );
    for (const name of [
      "extLst",
      "dataValidations",
      "conditionalFormatting",
      "sheetProtection",
      "mergeCells",
      "autoFilter",
      "sheetViews",
      "pageSetup",
      "legacyDrawing",
    ]) {
      expect([name, block(a, name)]).toEqual([name, block(b, name)]);
    }
    // untouched cells are byte-identical elements
    const ca = cellElements(a);
    for (const [ref, el] of cellElements(b)) if (!TOUCHED.includes(ref)) expect(ca.get(ref)).toBe(el);
  });

  test("text that looks like a formula is written as an inline string, never <f>", () => {
    const g3 = cellElements(text(after, t.names.ledger)).get("G3")!;
    expect(g3).toContain('t="inlineStr"');
    expect(g3).toContain("<t>=SUM(A1)</t>");
    expect(g3).not.toMatch(/<f[\s>]/);
  });

  test("styles: the original styles stay at their indexes, additions are appended", () => {
    const b = text(before, t.names.styles);
    const a = text(after, t.names.styles);
    const xfs = (x: string): string[] => block(x, "cellXfs")!.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    expect(xfs(a).slice(0, xfs(b).length)).toEqual(xfs(b));
    expect(xfs(a).length).toBeGreaterThan(xfs(b).length);
    expect(block(a, "cellXfs")).toContain(`count="${xfs(a).length}"`);
    for (const name of ["dxfs", "cellStyles", "cellStyleXfs", "tableStyles"])
      expect(block(a, name)).toBe(block(b, name));
  });

  test("the user's comment survives verbatim; our notes are added by our author", () => {
    const b = text(before, t.names.comments);
    const a = text(after, t.names.comments);
    const userComment = /<comment ref="G2"[\s\S]*?<\/comment>/.exec(b)![0];
    expect(a).toContain(userComment);
    expect(a).toContain(`<author>${NOTE_AUTHOR}</author>`);
    expect(a.match(/<comment ref="G2"/g)).toHaveLength(1); // no second comment on the user's cell
    expect(a).toContain('<comment ref="C3"');
    expect(a).toContain('<comment ref="G7"');
    const vml = text(after, t.names.vml);
    expect(vml).toContain("<x:Row>1</x:Row><x:Column>6</x:Column>"); // the user's shape kept
    expect(vml).toContain("<x:Row>6</x:Row><x:Column>6</x:Column>");
  });

  test("workbook.xml: defined names kept, new sheets appended, recalculation requested", () => {
    const b = text(before, "xl/workbook.xml");
    const a = text(after, "xl/workbook.xml");
    expect(block(a, "definedNames")).toBe(block(b, "definedNames"));
    expect(block(a, "bookViews")).toBe(block(b, "bookViews"));
    expect(a).toContain('fullCalcOnLoad="1"');
    expect(a).toMatch(/<sheet name="校验结果" sheetId="4" r:id="rId\d+"\/>/);
    expect(a).toMatch(/<sheet name="_xinfang_marks" sheetId="5" state="veryHidden"/);
  });

  test("the output reads back with the patch applied", () => {
    const again = XlsxWorkbook.open(out);
    const g = again.grid();
    const ledger = g.sheets.find((s) => s.name === LEDGER)!;
    expect(cellAt(ledger, 2, 6)).toBe("=SUM(A1)");
    expect(ledger.formulaAt?.(2, 6)).toBeUndefined();
    expect(cellAt(ledger, 1, 8)).toBe("包案领导");
    expect(cellAt(ledger, 3, 8)).toBe("李镇长");
    expect(cellAt(ledger, 4, 1)).toBe(45356);
    expect(ledger.formatAt?.(4, 1)).toBe('yyyy"年"m"月"d"日"'); // already a date format: kept
    expect(cellAt(ledger, 4, 5)).toBeNull();
    expect(cellAt(ledger, 20, 3)).toBe(0.25);
    expect(ledger.formatAt?.(20, 3)).toBe("0.00%");
    expect(cellAt(ledger, 2, 2)).toBe("殷飞"); // marked, value untouched
    const result = g.sheets.find((s) => s.name === "校验结果")!;
    expect(result.rows[2]).toEqual(["F15", "“诉求内容”未填写。"]);
    expect(result.formatAt?.(3, 1)).toBe("0.00%");
    expect(result.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 1 }]);
    expect(again.sheetList().find((s) => s.name === "_xinfang_marks")?.state).toBe("veryHidden");
  });

  test("the owned sheet: frozen header, hyperlink, widths, borders", () => {
    const again = XlsxWorkbook.open(out);
    const xml = again.partText(again.sheetPart("校验结果")!)!;
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain(`<hyperlink ref="A3" location="'${LEDGER}'!F15" display="F15"/>`);
    expect(xml).toContain('<col min="2" max="2" width="40.7" customWidth="1"/>');
    const styles = again.partText("xl/styles.xml")!;
    expect(styles).toContain('<left style="thin"><color auto="1"/></left>');
  });

  test("the new column's header copies the neighbouring header style; data cells copy data styles", () => {
    const cells = cellElements(text(after, t.names.ledger));
    expect(cells.get("I2")).toMatch(/ s="3"/);
    expect(cells.get("I4")).toMatch(/ s="1"/);
    // G2 has the user's comment: it gets the fill (a new style), but no second note
    expect(cells.get("G2")).not.toMatch(/ s="3"/);
  });
});

test("a formula cell is never overwritten: UserError, and nothing changes", () => {
  const t = buildTemplate();
  const wb = XlsxWorkbook.open(t.bytes);
  const bad = patch({
    writes: [
      { sheet: LEDGER, row: 2, col: 0, value: { kind: "number", value: 9 }, previous: 1 },
      { sheet: "月报", row: 2, col: 1, value: { kind: "number", value: 3 }, previous: 2 },
    ],
  });
  expect(() => wb.apply(bad)).toThrow(/月报.*B3.*公式/);
  expect(unzipParts(wb.toBytes())).toEqual(unzipParts(t.bytes));
});

test("writes to an unknown sheet are refused with the sheet's name", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes);
  expect(() =>
    wb.apply(
      patch({ writes: [{ sheet: "台账2", row: 0, col: 0, value: { kind: "text", text: "x" }, previous: null }] }),
    ),
  ).toThrow(/找不到工作表“台账2”/);
});

test("dates into a 1904 workbook are stored in its system and read back the same", () => {
  const wb = XlsxWorkbook.open(buildTemplate({ date1904: true }).bytes);
  wb.apply(
    patch({ writes: [{ sheet: LEDGER, row: 3, col: 9, value: { kind: "date", iso: "2024-03-05" }, previous: null }] }),
  );
  const xml = wb.partText("xl/worksheets/sheet1.xml")!;
  expect(cellElements(xml).get("J4")).toContain(`<v>${45356 - 1462}</v>`);
  const again = XlsxWorkbook.open(wb.toBytes()).grid().sheets[0];
  expect(cellAt(again, 3, 9)).toBe(45356);
  expect(again.formatAt?.(3, 9)).toBe("yyyy-mm-dd");
});

test("a comment-free sheet gets a new comments part, VML drawing and legacyDrawing", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes);
  wb.apply(
    patch({ marks: [{ sheet: "月报", marks: [{ row: 1, col: 0, severity: "warning", note: "村名不在配置表中" }] }] }),
  );
  const again = XlsxWorkbook.open(wb.toBytes());
  const part = again.sheetPart("月报")!;
  const xml = again.partText(part)!;
  expect(xml).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
  const rels = again.partText("xl/worksheets/_rels/sheet2.xml.rels")!;
  expect(rels).toContain("relationships/comments");
  expect(rels).toContain("relationships/vmlDrawing");
  const ct = again.partText("[Content_Types].xml")!;
  expect(ct).toMatch(
    /PartName="\/xl\/comments\d*\.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.comments\+xml"/,
  );
});

test("every XML part of the output is well-formed (checked by saxes, an independent parser)", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes);
  wb.apply(fullPatch());
  const out = unzipParts(wb.toBytes());
  const xmlParts = Object.keys(out).filter((n) => /\.(xml|rels|vml)$/.test(n));
  expect(xmlParts.length).toBeGreaterThan(15);
  for (const name of xmlParts) {
    const parser = new SaxesParser({ xmlns: !name.endsWith(".vml") });
    let error: string | undefined;
    parser.on("error", (e) => (error = `${name}: ${e.message}`));
    parser.write(dec.decode(out[name])).close();
    expect(error).toBeUndefined();
  }
});

test("editing a sheet whose cells and rows have no r attributes puts everything in the right place", () => {
  const gridAfter = (opts: TemplateOptions): WorkbookGrid => {
    const wb = XlsxWorkbook.open(buildTemplate(opts).bytes);
    wb.apply(fullPatch());
    return XlsxWorkbook.open(wb.toBytes()).grid();
  };
  const plain = gridAfter({});
  const bare = gridAfter({ omitRefs: true });
  expect(bare.sheets.map((s) => s.rows)).toEqual(plain.sheets.map((s) => s.rows));
  const ledger = bare.sheets[0];
  expect(cellAt(ledger, 3, 8)).toBe("李镇长");
  expect(cellAt(ledger, 3, 2)).toBe("王建国");
  expect(cellAt(ledger, 2, 6)).toBe("=SUM(A1)");
  expect(cellAt(ledger, 6, 7)).toBe("办理中");
});

test("a new VML drawing takes shape ids no other drawing uses", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes);
  wb.apply(patch({ marks: [{ sheet: "月报", marks: [{ row: 1, col: 0, severity: "info", note: "提示" }] }] }));
  const again = XlsxWorkbook.open(wb.toBytes());
  const vmls = again.partNames().filter((n) => n.endsWith(".vml"));
  expect(vmls).toHaveLength(2);
  const ids = vmls.map((n) => [...again.partText(n)!.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1])));
  const blocks = ids.map((list) => new Set(list.map((id) => Math.floor(id / 1024))));
  for (const b of blocks[0]) expect(blocks[1].has(b)).toBe(false);
  expect(again.partText(vmls[1])).toContain('<o:idmap v:ext="edit" data="2"/>');
});

test("a new cell takes its column's default style, as when a user types into it", () => {
  const t = buildTemplate();
  const parts = unzipParts(t.bytes);
  const xml = dec
    .decode(parts[t.names.ledger])
    .replace(
      '<col min="2" max="2" width="12" customWidth="1"/>',
      '<col min="2" max="2" width="12" style="2" customWidth="1"/>',
    );
  parts[t.names.ledger] = new TextEncoder().encode(xml);
  const wb = XlsxWorkbook.open(zipParts(parts));
  wb.apply(
    patch({ writes: [{ sheet: LEDGER, row: 29, col: 1, value: { kind: "date", iso: "2024-05-01" }, previous: null }] }),
  );
  const cell = cellElements(wb.partText(t.names.ledger)!).get("B30")!;
  expect(cell).toBe('<c r="B30" s="2"><v>45413</v></c>'); // s=2 is already a date style: no clone
});

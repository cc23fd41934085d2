/** Owned sheets: created at the end, replaced in place, left alone with ifAbsent, hidden on request. */
import { cellAt } from "../../../src/core/grid";
import type { OwnedSheet } from "../../../src/core/patch";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, LEDGER, REPORT } from "../../fixtures/xlsx/template";
import { unzipParts } from "../../fixtures/xlsx/zip-parts";
import { patch } from "./xml-helpers";

const result = (rows: OwnedSheet["rows"]): OwnedSheet => ({ name: "校验结果", rows, headerRows: 1, bordered: 0 });

function withOwned(bytes: Uint8Array, ...sheets: OwnedSheet[]): Uint8Array {
  const wb = XlsxWorkbook.open(bytes);
  wb.apply(patch({ ownedSheets: sheets }));
  return wb.toBytes();
}

test("a second run replaces the sheet's content in its position, with the same part and sheetId", () => {
  const once = withOwned(
    buildTemplate().bytes,
    result([
      ["行", "问题"],
      [15, "旧问题"],
      [16, "旧问题2"],
    ]),
  );
  // the user moves on; a later run writes fewer rows
  const twice = withOwned(
    once,
    result([
      ["行", "问题"],
      [20, "新问题"],
    ]),
  );
  const a = XlsxWorkbook.open(once);
  const b = XlsxWorkbook.open(twice);
  expect(b.sheetList()).toEqual(a.sheetList());
  expect(b.sheetPart("校验结果")).toBe(a.sheetPart("校验结果"));
  const rows = b.grid().sheets.find((s) => s.name === "校验结果")!.rows;
  expect(rows).toEqual([
    ["行", "问题"],
    [20, "新问题"],
  ]);
  expect(b.partText("xl/workbook.xml")!.match(/<sheet name="校验结果" sheetId="(\d+)"/)![1]).toBe(
    a.partText("xl/workbook.xml")!.match(/<sheet name="校验结果" sheetId="(\d+)"/)![1],
  );
});

test("ifAbsent leaves an existing sheet of that name byte for byte", () => {
  const t = buildTemplate();
  const out = withOwned(t.bytes, { name: REPORT, rows: [["默认月报模板"]], ifAbsent: true });
  expect(unzipParts(out)).toEqual(unzipParts(t.bytes));
  const created = XlsxWorkbook.open(withOwned(t.bytes, { name: "配置", rows: [["参数", "值"]], ifAbsent: true }));
  expect(
    cellAt(
      created.grid().sheets.find((s) => s.name === "配置")!,
      0,
      0,
    ),
  ).toBe("参数");
});

test("hidden owned sheets are hidden, and the ledger keeps its place as the first sheet", () => {
  const out = XlsxWorkbook.open(withOwned(buildTemplate().bytes, { name: "月报明细", rows: [["x"]], hidden: true }));
  expect(out.sheetList().map((s) => [s.name, s.state])).toEqual([
    [LEDGER, "visible"],
    [REPORT, "visible"],
    ["参数", "hidden"],
    ["月报明细", "hidden"],
  ]);
});

test("a replaced sheet that had a user's comments starts clean (no dangling relationships)", () => {
  const t = buildTemplate();
  // 信访台账 has comments; replacing it as an owned sheet drops its comments, VML and rels
  const wb = XlsxWorkbook.open(withOwned(t.bytes, { name: LEDGER, rows: [["新内容"]] }));
  expect(wb.partText("xl/worksheets/_rels/sheet1.xml.rels")).toBeUndefined();
  expect(wb.partNames()).not.toContain(t.names.comments);
  expect(wb.partText(wb.sheetPart(LEDGER)!)).not.toContain("legacyDrawing");
});

test("removed parts leave no content-type overrides behind", () => {
  const t = buildTemplate();
  const wb = XlsxWorkbook.open(withOwned(t.bytes, { name: LEDGER, rows: [["新内容"]] }));
  const types = wb.partText("[Content_Types].xml")!;
  for (const m of types.matchAll(/PartName="\/([^"]+)"/g))
    expect([m[1], wb.partNames().includes(m[1])]).toEqual([m[1], true]);
});

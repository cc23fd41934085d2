/**
 * Marks replace earlier marks: a second run on the output first restores what the first run
 * changed, so a fixed ledger re-checked shows no stale fills or notes.
 */
import type { CellMark } from "../../../src/core/patch";
import { MARK_FILL, MARK_SHEET, NOTE_AUTHOR, XlsxWorkbook } from "../../../src/hosts/file";
import { buildTemplate, LEDGER, USER_COMMENT } from "../../fixtures/xlsx/template";
import { unzipParts, zipParts, type Parts } from "../../fixtures/xlsx/zip-parts";
import { OFFICE_THEME } from "../../fixtures/xlsx/theme";
import { cellStyles, patch } from "./xml-helpers";

function mark(bytes: Uint8Array, marks: CellMark[]): Uint8Array {
  const wb = XlsxWorkbook.open(bytes);
  wb.apply(patch({ marks: [{ sheet: LEDGER, marks }] }));
  return wb.toBytes();
}

function ledgerXml(bytes: Uint8Array): string {
  const wb = XlsxWorkbook.open(bytes);
  return wb.partText(wb.sheetPart(LEDGER)!)!;
}

function comments(bytes: Uint8Array): string {
  const wb = XlsxWorkbook.open(bytes);
  return wb.partText("xl/comments1.xml") ?? "";
}

/** The fill colour a cell's style shows, read from styles.xml independently of the host. */
function fillOf(bytes: Uint8Array, ref: string): string | undefined {
  const wb = XlsxWorkbook.open(bytes);
  const s = Number(cellStyles(ledgerXml(bytes)).get(ref) || 0);
  const styles = wb.partText("xl/styles.xml")!;
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const fillId = Number(/fillId="(\d+)"/.exec(xfs[s])?.[1] ?? 0);
  const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1].match(/<fill>[\s\S]*?<\/fill>/g)!;
  return /fgColor rgb="([0-9A-F]{8})"/.exec(fills[fillId])?.[1];
}

const first: CellMark[] = [
  { row: 2, col: 2, severity: "error", note: "信访人“殷飞”与身份证号不符。" },
  { row: 3, col: 4, severity: "warning", note: "电话号码位数不对。" },
  { row: 6, col: 6, severity: "error", note: "“诉求内容”未填写。请补填。" }, // G7 does not exist
  { row: 1, col: 6, severity: "info", note: "有用户批注的单元格" },
];
const second: CellMark[] = [{ row: 5, col: 7, severity: "info", note: "状态与日期不一致。" }];

describe("re-marking", () => {
  const original = buildTemplate().bytes;
  const once = mark(original, first);
  const twice = mark(once, second);

  test("first run: fills by severity and notes by our author", () => {
    expect(fillOf(once, "C3")).toBe(MARK_FILL.error);
    expect(fillOf(once, "E4")).toBe(MARK_FILL.warning);
    expect(fillOf(once, "G7")).toBe(MARK_FILL.error);
    expect(comments(once)).toContain('<comment ref="C3"');
    expect(comments(once)).toContain("电话号码位数不对。");
  });

  test("second run: the old marks are gone, the original styles are back", () => {
    const before = cellStyles(ledgerXml(original));
    const after = cellStyles(ledgerXml(twice));
    for (const ref of ["C3", "E4", "G2"]) expect([ref, after.get(ref)]).toEqual([ref, before.get(ref)]);
    expect(after.has("G7")).toBe(false); // created only for the mark: removed again
    expect(fillOf(twice, "H6")).toBe(MARK_FILL.info);
    const c = comments(twice);
    expect(c).not.toContain("电话号码位数不对。");
    expect(c).not.toContain('<comment ref="C3"');
    expect(c).toContain('<comment ref="H6"');
    expect(c).toContain(USER_COMMENT.text); // the user's own comment survives both runs
  });

  test("the bookkeeping lists exactly the current marks, in a veryHidden sheet the core does not see", () => {
    const wb = XlsxWorkbook.open(twice);
    expect(wb.markRecords().map((r) => [r.sheet, r.ref, r.original])).toEqual([[LEDGER, "H6", 1]]);
    expect(wb.sheetList().find((s) => s.name === MARK_SHEET)?.state).toBe("veryHidden");
    expect(wb.grid().sheets.map((s) => s.name)).not.toContain(MARK_SHEET);
    // G7 was created only to carry a mark: recorded as "new" in the first run
    expect(
      XlsxWorkbook.open(once)
        .markRecords()
        .find((r) => r.ref === "G7")?.original,
    ).toBe("new");
  });

  test("clearing (empty marks) restores every cell style of the original", () => {
    const cleared = mark(twice, []);
    expect(cellStyles(ledgerXml(cleared))).toEqual(cellStyles(ledgerXml(original)));
    expect(ledgerXml(cleared)).toBe(ledgerXml(original));
    expect(comments(cleared)).not.toContain(NOTE_AUTHOR + ":");
    expect(comments(cleared)).toContain(USER_COMMENT.text);
  });

  test("repeated runs do not grow styles.xml", () => {
    const three = mark(twice, first);
    const four = mark(mark(three, second), first);
    const xfCount = (b: Uint8Array): string =>
      /<cellXfs count="(\d+)"/.exec(XlsxWorkbook.open(b).partText("xl/styles.xml")!)![1];
    expect(xfCount(four)).toBe(xfCount(three));
  });

  test("a cell the user restyled after marking keeps the user's style", () => {
    // the user gives C3 the header style by hand
    const parts: Parts = unzipParts(once);
    const xml = new TextDecoder().decode(unzipParts(once)["xl/worksheets/sheet1.xml"]);
    parts["xl/worksheets/sheet1.xml"] = xml.replace(/(<c r="C3" s=")\d+(")/, "$13$2");
    const rerun = mark(zipParts(parts), []);
    expect(cellStyles(ledgerXml(rerun)).get("C3")).toBe("3");
  });
});

test("a sheet without any comments returns to no comments part at all after clearing", () => {
  const wb = XlsxWorkbook.open(buildTemplate().bytes);
  wb.apply(patch({ marks: [{ sheet: "月报", marks: [{ row: 1, col: 0, severity: "error", note: "x" }] }] }));
  const marked = wb.toBytes();
  const wb2 = XlsxWorkbook.open(marked);
  const beforeXml = XlsxWorkbook.open(buildTemplate().bytes).partText("xl/worksheets/sheet2.xml");
  wb2.apply(patch({ marks: [{ sheet: "月报", marks: [] }] }));
  const cleared = XlsxWorkbook.open(wb2.toBytes());
  expect(cleared.partText("xl/worksheets/sheet2.xml")).toBe(beforeXml);
  expect(cleared.partNames().some((n) => /comments\d*\.xml$/.test(n) && n !== "xl/comments1.xml")).toBe(false);
  expect(cleared.partText("xl/worksheets/_rels/sheet2.xml.rels")).toBeUndefined();
});

describe("marks the Excel add-in left (its bookkeeping format: 原底色 | 原批注)", () => {
  // Start from a file with fills and notes on C3 and D4, then make it look like the Excel add-in's
  // work: notes signed by the clerk's name, and the add-in's bookkeeping rows.
  const base = mark(buildTemplate().bytes, [
    { row: 2, col: 2, severity: "error", note: "身份证号校验位不对" },
    { row: 3, col: 3, severity: "warning", note: "电话号码位数不对" },
  ]);
  const parts: Parts = unzipParts(base);
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const wb0 = XlsxWorkbook.open(base);
  const bookPart = wb0.sheetPart(MARK_SHEET)!;
  parts["xl/comments1.xml"] = enc.encode(
    dec
      .decode(unzipParts(base)["xl/comments1.xml"])
      .replace(`<author>${NOTE_AUTHOR}</author>`, "<author>王秘书</author>"),
  );
  const row = (r: number, cells: string[]): string =>
    `<row r="${r}">${cells.map((t, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`).join("")}</row>`;
  parts[bookPart] = enc.encode(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      row(1, ["工作表", "单元格", "原底色", "原批注"]) +
      row(2, [LEDGER, "C3", "", ""]) +
      row(3, [LEDGER, "D4", "#D9E1F2", "原来的批注"]) +
      row(4, ["月报", "A2", "", ""]) +
      "</sheetData></worksheet>",
  );
  const excelMarked = zipParts(parts);
  const after = mark(excelMarked, [{ row: 5, col: 7, severity: "info", note: "状态与日期不一致。" }]);

  test("their fills are undone: no fill where there was none, the recorded colour otherwise", () => {
    expect(fillOf(excelMarked, "C3")).toBe(MARK_FILL.error);
    expect(fillOf(after, "C3")).toBeUndefined();
    expect(fillOf(after, "D4")).toBe("FFD9E1F2");
    expect(fillOf(after, "H6")).toBe(MARK_FILL.info);
  });

  test("their notes are undone: removed, or the cell's earlier note put back", () => {
    const c = comments(after);
    expect(c).not.toContain('<comment ref="C3"');
    expect(c).toMatch(/<comment ref="D4"[^>]*><text><t xml:space="preserve">原来的批注<\/t><\/text><\/comment>/);
    expect(c).not.toContain("电话号码位数不对");
    expect(c).toContain(USER_COMMENT.text);
  });

  test("the re-marked sheet's rows are ours now; the other sheet's row is carried over with its look", () => {
    const records = XlsxWorkbook.open(after).markRecords();
    expect(records.map((r) => [r.sheet, r.ref, r.marked >= 0, r.fill, r.note])).toEqual([
      ["月报", "A2", false, null, null],
      [LEDGER, "H6", true, null, null],
    ]);
  });

  test("an add-in row of another sheet keeps its recorded fill and note through a rewrite", () => {
    const parts2: Parts = { ...parts };
    parts2[bookPart] = enc.encode(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        row(1, ["工作表", "单元格", "原底色", "原批注"]) +
        row(2, ["月报", "A2", "#FCE4D6", "村名核对过"]) +
        "</sheetData></worksheet>",
    );
    const rewritten = mark(zipParts(parts2), []);
    expect(XlsxWorkbook.open(rewritten).markRecords()).toEqual([
      { sheet: "月报", ref: "A2", original: null, marked: -1, fill: "#FCE4D6", note: "村名核对过" },
    ]);
  });
});

describe("the bookkeeping format (shared with the Excel add-in)", () => {
  const original = buildTemplate().bytes;
  const once = mark(original, first);

  test("rows carry the style indexes and the look before: fill colour and the clerk's note", () => {
    const wb = XlsxWorkbook.open(once);
    const g2 = wb.markRecords().find((r) => r.ref === "G2")!;
    expect(g2).toMatchObject({ original: 3, fill: "#D9E1F2", note: `${USER_COMMENT.author}:\n${USER_COMMENT.text}` });
    expect(wb.markRecords().find((r) => r.ref === "C3")).toMatchObject({ original: 1, fill: null, note: null });
    const book = wb.partText(wb.sheetPart(MARK_SHEET)!)!;
    expect(book).toContain(">工作表<");
    expect([...book.matchAll(/<c r="([A-F])1"[^>]*><is><t>([^<]*)</g)].map((m) => m[2])).toEqual([
      "工作表",
      "单元格",
      "原样式",
      "标记样式",
      "原底色",
      "原批注",
    ]);
  });

  test("the 4-column format of earlier versions is still read and cleared exactly", () => {
    const parts: Parts = unzipParts(once);
    const wb = XlsxWorkbook.open(once);
    const bookPart = wb.sheetPart(MARK_SHEET)!;
    // Drop columns E and F (原底色, 原批注), as files marked by earlier versions have them.
    const xml = new TextDecoder()
      .decode(parts[bookPart] as Uint8Array)
      .replace(/<c r="[EF]\d+"[^>]*?(?:\/>|>.*?<\/c>)/g, "");
    expect(xml).not.toContain("原底色");
    parts[bookPart] = new TextEncoder().encode(xml);
    const old = zipParts(parts);
    expect(
      XlsxWorkbook.open(old)
        .markRecords()
        .map((r) => [r.ref, r.fill, r.note]),
    ).toContainEqual(["G2", undefined, undefined]);
    const cleared = mark(old, []);
    expect(ledgerXml(cleared)).toBe(ledgerXml(original));
    expect(comments(cleared)).not.toContain(NOTE_AUTHOR + ":");
  });

  test("a theme-coloured fill is recorded by the colour it shows, so the add-in can put it back", () => {
    const parts: Parts = unzipParts(original);
    const styles = new TextDecoder().decode(parts["xl/styles.xml"] as Uint8Array);
    parts["xl/styles.xml"] = new TextEncoder().encode(
      styles.replace('<fgColor rgb="FFD9E1F2"/>', '<fgColor theme="4" tint="0.79998168889431442"/>'),
    );
    parts["xl/theme/theme1.xml"] = new TextEncoder().encode(OFFICE_THEME);
    const themed = zipParts(parts);
    const marked = mark(themed, first);
    const wb = XlsxWorkbook.open(marked);
    expect(wb.markRecords().find((r) => r.ref === "G2")?.fill).toBe("#DAE3F3");
    expect(wb.partText(wb.sheetPart(MARK_SHEET)!)).not.toContain(">未知<");
    expect(ledgerXml(mark(marked, []))).toBe(ledgerXml(themed));
  });

  test("a fill it cannot name (theme colour, the theme part without colours) is recorded as 未知, not as no fill", () => {
    const parts: Parts = unzipParts(original);
    const styles = new TextDecoder().decode(parts["xl/styles.xml"] as Uint8Array);
    // The header fill becomes a theme colour with a tint, as Excel's colour picker writes it.
    parts["xl/styles.xml"] = new TextEncoder().encode(
      styles.replace('<fgColor rgb="FFD9E1F2"/>', '<fgColor theme="4" tint="0.79998168889431442"/>'),
    );
    const marked = mark(zipParts(parts), first);
    const wb = XlsxWorkbook.open(marked);
    expect(wb.markRecords().find((r) => r.ref === "G2")?.fill).toBeUndefined();
    expect(wb.partText(wb.sheetPart(MARK_SHEET)!)).toContain(">未知<");
    expect(ledgerXml(mark(marked, []))).toBe(ledgerXml(zipParts(parts)));
  });
});

/** What keeps big workbooks small in memory must not change what is read or written. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { cellAt } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { encodePieces, OpcPackage } from "../../../src/hosts/file/package";
import { scanSheet } from "../../../src/hosts/file/sheet-scan";
import { detach, sameText } from "../../../src/hosts/file/xml";
import { bigSheetBook, FORMULA, LONG_TEXT_VALUE, STR_RESULT } from "./big-sheet";
import { patch } from "./xml-helpers";
import { partText } from "../../fixtures/xlsx/zip-parts";

const sheet = (data: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;

describe("compact grid", () => {
  test("rows with the same styles share one array; each row's values are its own and sized exactly", () => {
    const s = scanSheet(
      sheet(
        '<row r="1"><c r="A1" s="2"><v>1</v></c><c r="C1" s="5"><v>3</v></c></row>' +
          '<row r="2"><c r="A2" s="2"><v>4</v></c><c r="C2" s="5"><v>6</v></c></row>' +
          '<row r="3"><c r="A3" s="2"><v>7</v></c><c r="C3" s="6"><v>9</v></c></row>',
      ),
      [],
      [],
      false,
    );
    expect(s.rows).toEqual([
      [1, null, 3],
      [4, null, 6],
      [7, null, 9],
    ]);
    expect(s.styles[0]).toEqual([2, 0, 5]);
    expect(s.styles[1]).toBe(s.styles[0]);
    expect(s.styles[2]).toEqual([2, 0, 6]);
    expect(s.rows[1]).not.toBe(s.rows[0]);
  });

  test("a row met again later in the file continues where it was, without touching shared styles", () => {
    const s = scanSheet(
      sheet(
        '<row r="1"><c r="A1" s="1"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" s="1"><v>2</v></c></row>' +
          '<row r="1"><c r="C1" s="3"><v>3</v></c><c r="A1" s="4"><v>9</v></c></row>',
      ),
      [],
      [],
      false,
    );
    expect(s.rows).toEqual([[9, null, 3], [2]]);
    expect(s.styles).toEqual([[4, 0, 3], [1]]);
  });

  test("cells without r continue the row; rows without cells stay undefined", () => {
    const s = scanSheet(sheet('<row r="2"><c><v>1</v></c><c s="7"><v>2</v></c></row><row r="4"/>'), [], [], false);
    expect(s.rows).toEqual([undefined, [1, 2]]);
    expect(s.styles[1]).toEqual([0, 7]);
  });
});

describe("values sliced from a big sheet text", () => {
  test("are right after an edit has replaced the text, and after the saved copy is read again", () => {
    const wb = XlsxWorkbook.open(bigSheetBook(1 << 20), "大表.xlsx");
    const g = wb.grid();
    const s = g.sheets[0];
    expect(cellAt(s, 0, 0)).toBe(`${LONG_TEXT_VALUE}1`);
    expect(cellAt(s, 19, 1)).toBe(`${STR_RESULT}20`);
    expect(s.formulaAt?.(3, 1)).toBe(FORMULA);
    wb.apply(
      patch({ writes: [{ sheet: "台账", row: 0, col: 3, value: { kind: "text", text: "新值" }, previous: null }] }),
    );
    expect(cellAt(s, 0, 0)).toBe(`${LONG_TEXT_VALUE}1`);
    const again = XlsxWorkbook.open(wb.toBytes()).grid().sheets[0];
    expect(cellAt(again, 0, 0)).toBe(`${LONG_TEXT_VALUE}1`);
    expect(cellAt(again, 0, 3)).toBe("新值");
    expect(again.formulaAt?.(19, 1)).toBe(FORMULA);
  });

  test("do not keep the sheet text alive (measured in a child process with --expose-gc)", () => {
    const probe = path.join(__dirname, "retention-probe.ts");
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", probe], {
      encoding: "utf8",
      cwd: path.join(__dirname, "..", "..", ".."),
    });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { keptMB: number; a1: string; b1: string; f: string };
    expect(out.a1).toBe(`${LONG_TEXT_VALUE}1`);
    expect(out.b1).toBe(`${STR_RESULT}1`);
    expect(out.f).toBe(FORMULA);
    // The text is 80 MB of heap; one slice kept in the grid would keep all of it.
    expect(out.keptMB).toBeLessThan(8);
  });

  test("detach copies exactly", () => {
    const big = "前".repeat(100) + "a long enough piece of text" + "后".repeat(100);
    const piece = big.slice(100, 127);
    expect(detach(piece)).toBe("a long enough piece of text");
    expect(detach("short")).toBe("short");
    expect(detach("")).toBe("");
  });
});

describe("an edited part held as pieces", () => {
  const encoder = new TextEncoder();
  const cases: string[][] = [
    [],
    ["", ""],
    ["<row>", "殷飞", "</row>"],
    // all 3-byte characters: more bytes than the first guess, so the buffer must grow
    ["信访".repeat(500), "事项".repeat(500)],
    ["😀 surrogate pairs ", "𠮷野家", "\u0000\u0001"],
  ];
  test.each(cases.map((c) => [c]))("encodes like the joined string: %#", (pieces) => {
    expect(encodePieces(pieces)).toEqual(encoder.encode(pieces.join("")));
  });

  test("sameText compares without joining", () => {
    expect(sameText("abcdef", ["ab", "cd", "ef"])).toBe(true);
    expect(sameText("abcdef", ["ab", "", "cdef"])).toBe(true);
    expect(sameText("abcdef", ["ab", "cx", "ef"])).toBe(false);
    expect(sameText("abcdef", ["ab", "cd"])).toBe(false);
    expect(sameText("abcdef", ["ab", "cd", "efg"])).toBe(false);
  });

  test("the package reads pieces back as text and saves them as the same bytes", () => {
    const bytes = bigSheetBook(100);
    const a = new OpcPackage(bytes);
    const b = new OpcPackage(bytes);
    const text = a.getText("xl/worksheets/sheet1.xml")!;
    const pieces = [text.slice(0, 50), "<!-- 注释 -->", text.slice(50)];
    a.setText("xl/worksheets/sheet1.xml", pieces);
    b.setText("xl/worksheets/sheet1.xml", pieces.join(""));
    const out = a.toBytes();
    expect(out).toEqual(b.toBytes());
    expect(partText(out, "xl/worksheets/sheet1.xml")).toBe(pieces.join(""));
    const c = new OpcPackage(bytes);
    c.setText("xl/worksheets/sheet1.xml", pieces);
    expect(c.getText("xl/worksheets/sheet1.xml")).toBe(pieces.join(""));
  });
});

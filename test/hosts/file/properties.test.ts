/** Property tests: whatever text or number the core writes reads back exactly, and stays text. */
import fc from "fast-check";
import { cellAt } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/hosts/file";
import { shiftFormula } from "../../../src/hosts/file/formula";
import { crc32 } from "../../../src/hosts/file/zip";
import { buildTemplate, LEDGER } from "../../fixtures/xlsx/template";
import { unzipParts, zipParts } from "../../fixtures/xlsx/zip-parts";
import { patch } from "./xml-helpers";

const template = buildTemplate({ rows: 3 }).bytes;

// Text as users type it: CJK, full-width digits, formula-looking starts, escapes and control chars.
const piece = fc.constantFrom(
  "殷  飞",
  "２０２４年",
  "=SUM(A1)",
  "+86",
  "-",
  "@某",
  "_x000D_",
  "&lt;",
  "<b>",
  '"',
  "\t",
  "\n",
  "\r\n",
  "\u0001",
  " ",
  "A",
  "1",
);
const userText = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((a) => a.join(""));

test("text written is read back identical, as an inline string", () => {
  fc.assert(
    fc.property(fc.array(userText, { minLength: 1, maxLength: 5 }), (texts) => {
      const wb = XlsxWorkbook.open(template);
      wb.apply(
        patch({
          writes: texts.map((text, i) => ({
            sheet: LEDGER,
            row: 2 + i,
            col: 6,
            value: { kind: "text" as const, text },
            previous: null,
          })),
        }),
      );
      const s = XlsxWorkbook.open(wb.toBytes()).grid().sheets[0];
      texts.forEach((text, i) => {
        expect(cellAt(s, 2 + i, 6)).toBe(text);
        expect(s.formulaAt?.(2 + i, 6)).toBeUndefined();
      });
    }),
    { numRuns: 40, seed: 20240305 },
  );
});

test("numbers written are read back identical", () => {
  fc.assert(
    fc.property(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 99999999999 }),
      (d, n) => {
        const wb = XlsxWorkbook.open(template);
        wb.apply(
          patch({
            writes: [
              { sheet: LEDGER, row: 3, col: 10, value: { kind: "number", value: d }, previous: null },
              { sheet: LEDGER, row: 4, col: 10, value: { kind: "number", value: n }, previous: null },
            ],
          }),
        );
        const s = XlsxWorkbook.open(wb.toBytes()).grid().sheets[0];
        expect(cellAt(s, 3, 10)).toBe(Object.is(d, -0) ? 0 : d);
        expect(cellAt(s, 4, 10)).toBe(n);
      },
    ),
    { numRuns: 60, seed: 7 },
  );
});

test("shared formulas shift relative references only", () => {
  expect(shiftFormula('COUNTIFS(台账!$F$3:$F$12,A2,B$2,"A1")', 2, 1)).toBe('COUNTIFS(台账!$F$3:$F$12,B4,C$2,"A1")');
  expect(shiftFormula("'村 名'!A1+LOG10(C3)", 1, 0)).toBe("'村 名'!A2+LOG10(C4)");
  expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
});

test("crc32 matches the zip CRCs fflate wrote", () => {
  const parts = unzipParts(template);
  const view = new DataView(template.buffer, template.byteOffset);
  // the CRC of the first local entry ([Content_Types].xml) sits at offset 14
  expect(crc32(parts["[Content_Types].xml"])).toBe(view.getUint32(14, true));
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
});

test("damaged sheet XML never hangs the reader: it reads what it can or throws", () => {
  const parts = unzipParts(buildTemplate({ rows: 4 }).bytes);
  const sheetXml = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
  const sstXml = new TextDecoder().decode(parts["xl/sharedStrings.xml"]);
  const damage = fc.record({
    part: fc.constantFrom("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"),
    at: fc.nat(),
    cut: fc.nat({ max: 40 }),
    junk: fc.constantFrom("", "<", ">", '"', "</c>", "<c r=", "<v>", "<row", "<si><t>", "&", "/>"),
    truncate: fc.boolean(),
  });
  fc.assert(
    fc.property(damage, ({ part, at, cut, junk, truncate }) => {
      const src = part === "xl/sharedStrings.xml" ? sstXml : sheetXml;
      const i = at % src.length;
      const broken = truncate ? src.slice(0, i) + junk : src.slice(0, i) + junk + src.slice(i + cut);
      const bytes = zipParts({ ...parts, [part]: broken });
      try {
        const g = XlsxWorkbook.open(bytes).grid();
        for (const s of g.sheets) void s.rows.length;
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
      }
    }),
    { numRuns: 150, seed: 42 },
  );
});

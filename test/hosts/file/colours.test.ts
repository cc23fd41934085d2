import fc from "fast-check";
import { colourOfTag, indexedColours, themeColours, tinted } from "../../../src/hosts/file/colours";
import { OFFICE_THEME } from "../../fixtures/xlsx/theme";

const palette = { theme: themeColours(OFFICE_THEME), indexed: indexedColours("<styleSheet/>") };

test("theme colours in SpreadsheetML's order: lt1, dk1, lt2, dk2 swapped against the part; sysClr by lastClr", () => {
  expect(palette.theme).toEqual([
    "FFFFFF",
    "000000",
    "E7E6E6",
    "44546A",
    "4472C4",
    "ED7D31",
    "A5A5A5",
    "FFC000",
    "5B9BD5",
    "70AD47",
    "0563C1",
    "954F72",
  ]);
  expect(themeColours(undefined)).toEqual([]);
  expect(themeColours('<a:theme xmlns:a="…"><a:themeElements/></a:theme>')).toEqual([]);
});

// The shades of Excel's colour picker (its tints), as Office renders them in Word's palette; Excel may
// show a channel one step away (the standard leaves Office's rounding open: colours.ts).
test.each([
  ["4472C4", 0.7999816888943144, "DAE3F3"],
  ["4472C4", -0.249977111117893, "2F5597"],
  ["4472C4", -0.499984740745262, "203864"],
  ["FFFFFF", -0.0499893185216834, "F2F2F2"],
])("tinted(%s, %f) = %s", (hex, tint, expected) => {
  expect(tinted(hex, tint)).toBe(expected);
});

test("a tint only lightens (> 0) or darkens (< 0), reaching white at 1 and black at -1", () => {
  const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => n.toString(16).padStart(6, "0").toUpperCase());
  const lum = (h: string): number => {
    const c = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return Math.max(...c) + Math.min(...c);
  };
  fc.assert(
    fc.property(hex, fc.double({ min: 0, max: 1, noNaN: true }), (h, t) => {
      expect(lum(tinted(h, t))).toBeGreaterThanOrEqual(lum(h) - 2);
      expect(lum(tinted(h, -t))).toBeLessThanOrEqual(lum(h) + 2);
      expect(tinted(h, 0)).toBe(h);
    }),
  );
  expect(tinted("4472C4", 1)).toBe("FFFFFF");
  expect(tinted("4472C4", -1)).toBe("000000");
});

test("a fill colour tag: rgb, theme with tint, indexed (legacy or the workbook's own palette), else unnamed", () => {
  expect(colourOfTag('<fgColor rgb="FFD9E1F2"/>', palette)).toBe("#D9E1F2");
  expect(colourOfTag('<fgColor theme="4" tint="0.79998168889431442"/>', palette)).toBe("#DAE3F3");
  expect(colourOfTag('<fgColor theme="5"/>', palette)).toBe("#ED7D31");
  expect(colourOfTag('<fgColor indexed="10"/>', palette)).toBe("#FF0000");
  expect(colourOfTag('<fgColor indexed="43"/>', palette)).toBe("#FFFF99");
  expect(colourOfTag('<fgColor indexed="64"/>', palette)).toBeUndefined();
  expect(colourOfTag('<fgColor theme="4"/>', { ...palette, theme: [] })).toBeUndefined();
  const own = indexedColours(
    '<styleSheet><colors><indexedColors><rgbColor rgb="FF112233"/><rgbColor rgb="FF445566"/></indexedColors></colors></styleSheet>',
  );
  expect(colourOfTag('<fgColor indexed="1"/>', { ...palette, indexed: own })).toBe("#445566");
});

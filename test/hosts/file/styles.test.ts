import { SaxesParser } from "saxes";
import { isDateFormat } from "../../../src/hosts/file/numfmt";
import { Styles } from "../../../src/hosts/file/styles";

const BARE =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

function wellFormed(xml: string): boolean {
  const p = new SaxesParser({ xmlns: true });
  let ok = true;
  p.on("error", () => (ok = false));
  p.write(xml).close();
  return ok;
}

test("nothing added: styles.xml comes back byte-identical", () => {
  expect(new Styles(BARE).toXml()).toBe(BARE);
});

test("zh-CN built-in date formats are dates without a <numFmt>", () => {
  const s = new Styles(BARE);
  expect(s.isDateXf(1)).toBe(true);
  expect(s.formatOfXf(1)).toBe('yyyy"年"m"月"d"日"');
  expect(s.isDateXf(0)).toBe(false);
});

test("additions are deduplicated, appended, counted, and a missing numFmts goes before fonts", () => {
  const s = new Styles(BARE);
  const red = s.solidFill("FFFFC7CE");
  const a = s.cloneXf(1, { fillId: red });
  const b = s.cloneXf(1, { fillId: s.solidFill("FFFFC7CE") });
  expect(b).toBe(a);
  expect(a).toBe(2);
  const date = s.cloneXf(0, { numFmtId: s.numFmtId("yyyy-mm-dd") });
  expect(s.isDateXf(date)).toBe(true);
  const title = s.ownedXf({ bold: true, size: 14 });
  const xml = s.toXml();
  expect(wellFormed(xml)).toBe(true);
  expect(xml.indexOf("<numFmts")).toBeLessThan(xml.indexOf("<fonts"));
  expect(xml).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
  expect(xml).toContain(`<cellXfs count="${title + 1}">`);
  expect(xml).toContain('<fills count="3">');
  // a self-closing default font becomes a proper element with bold and size
  expect(xml).toContain('<font><b/><sz val="14"/></font>');
  // re-reading continues with the same indexes
  expect(new Styles(xml).cloneXf(1, { fillId: red })).toBe(a);
});

test.each([
  ["yyyy-mm-dd", true],
  ['yyyy"年"m"月"d"日"', true],
  ["[$-804]yyyy/m/d;@", true],
  ["h:mm:ss", true],
  ["[h]:mm", true],
  ["0.00%", false],
  ["#,##0.00", false],
  ['0"天"', false],
  ["@", false],
  ["General", false],
  ["[Red]0.00", false],
])("isDateFormat(%s) = %s", (code, expected) => {
  expect(isDateFormat(code)).toBe(expected);
});

test("fill colours as Office.js names them: none, solid RGB, and undefined where styles.xml cannot say", () => {
  const xml = BARE.replace(
    /<fills count="2">[\s\S]*?<\/fills>/,
    '<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="ffd9e1f2"/><bgColor indexed="64"/></patternFill></fill>' +
      '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/></patternFill></fill>' +
      '<fill><gradientFill degree="90"><stop position="0"><color rgb="FFFFFFFF"/></stop></gradientFill></fill>' +
      "<fill><patternFill/></fill></fills>",
  ).replace(
    /<cellXfs count="2">[\s\S]*?<\/cellXfs>/,
    `<cellXfs count="6">${[0, 1, 2, 3, 4, 5].map((f) => `<xf numFmtId="0" fontId="0" fillId="${f}" borderId="0" xfId="0"/>`).join("")}</cellXfs>`,
  );
  const s = new Styles(xml);
  expect([0, 1, 2, 3, 4, 5, 99].map((xf) => s.fillColourOfXf(xf))).toEqual([
    null,
    undefined,
    "#D9E1F2",
    undefined,
    undefined,
    null,
    null,
  ]);
});

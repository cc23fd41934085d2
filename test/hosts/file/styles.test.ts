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

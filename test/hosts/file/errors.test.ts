/** What a user sees when the file is not a usable .xlsx: a Chinese message naming the file and the remedy. */
import { XlsxWorkbook } from "../../../src/hosts/file";
import { UserError } from "../../../src/hosts/port";
import { buildCfb } from "../../fixtures/xlsx/cfb";
import { buildTemplate } from "../../fixtures/xlsx/template";
import { unzipParts, zipParts } from "../../fixtures/xlsx/zip-parts";

function openError(bytes: Uint8Array, name?: string): UserError {
  const copy = new Uint8Array(bytes);
  try {
    XlsxWorkbook.open(bytes, name);
  } catch (e) {
    expect(bytes).toEqual(copy); // the input is never modified
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error("expected a UserError");
}

const text = new TextEncoder();

test.each<[string, () => Uint8Array, RegExp, string]>([
  ["a text file", () => text.encode("登记日期,信访人\n2024-03-05,殷飞\n"), /不是有效的 \.xlsx 文件/, "unreadable"],
  ["an empty file", () => new Uint8Array(0), /不是有效的 \.xlsx 文件/, "unreadable"],
  [
    "an old .xls",
    () => buildCfb(["Workbook", "SummaryInformation"]),
    /请在 Excel\/WPS 中另存为 \.xlsx 格式/,
    "unreadable",
  ],
  [
    "a password-protected workbook",
    () => buildCfb(["EncryptionInfo", "EncryptedPackage"]),
    /请在 Excel 中取消密码后另存为 \.xlsx/,
    "protected",
  ],
  [
    "a zip that is not a workbook",
    () => zipParts({ "word/document.xml": "<w:document/>" }),
    /不是 Excel 工作簿/,
    "unreadable",
  ],
  [
    "a workbook without sheets",
    () => {
      const parts = unzipParts(buildTemplate().bytes);
      parts["xl/workbook.xml"] = text.encode(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      );
      return zipParts(parts);
    },
    /没有工作表/,
    "unreadable",
  ],
  ["a truncated download", () => buildTemplate().bytes.slice(0, 3000), /不是有效的 \.xlsx 文件/, "unreadable"],
])("%s", (_label, make, message, code) => {
  const e = openError(make(), "孟河镇台账.xlsx");
  expect(e.message).toMatch(message);
  expect(e.message).toContain("“孟河镇台账.xlsx”");
  expect(e.code).toBe(code);
});

test("without a file name the message still reads naturally", () => {
  expect(openError(text.encode("hello")).message).toMatch(/^该文件不是有效的 \.xlsx 文件/);
});

test("the word EncryptionInfo inside an old .xls's data does not make it 'protected'", () => {
  const xls = buildCfb(["Workbook"]);
  const padded = new Uint8Array(xls.length + 512);
  padded.set(xls);
  // the UTF-16 name on a 128-byte boundary, but without a directory entry's name-length field
  const word = "EncryptionInfo";
  for (let i = 0; i < word.length; i++) padded[xls.length + i * 2] = word.charCodeAt(i);
  expect(openError(padded).message).toMatch(/另存为 \.xlsx 格式/);
});

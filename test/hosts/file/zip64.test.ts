/**
 * Zip64 archives are read through the central directory like any other (before, they fell back to a
 * full unzip: every part inflated up front, none of it copied as it was on save).
 */
import { XlsxWorkbook } from "../../../src/hosts/file";
import { inflateEntry, readDirectory, readZip, ZipFormatError } from "../../../src/hosts/file/zip";
import { UserError } from "../../../src/hosts/port";
import { buildTemplate } from "../../fixtures/xlsx/template";
import { unzipParts } from "../../fixtures/xlsx/zip-parts";
import { zip64, type Zip64Field } from "../../fixtures/xlsx/zip64";

const plain = buildTemplate({ rows: 12 }).bytes;
const parts = unzipParts(plain);
const big = zip64(parts);

/** What the directory says of each part, and its content. */
function listing(bytes: Uint8Array): { name: string; size: number; crc: number; data: Uint8Array }[] {
  return readDirectory(bytes).map((e) => ({ name: e.name, size: e.size, crc: e.crc, data: inflateEntry(e) }));
}

/** What the core sees of a workbook: every sheet's name, visibility, merges and cell values. */
function seen(bytes: Uint8Array): unknown {
  return XlsxWorkbook.open(bytes)
    .grid()
    .sheets.map((s) => ({ name: s.name, hidden: s.hidden, merges: s.merges, rows: s.rows }));
}

it("the fixture is zip64 all through: locator, zip64 end record, fields at their maximum", () => {
  const view = new DataView(big.buffer, big.byteOffset, big.byteLength);
  const eocd = big.length - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  expect(view.getUint16(eocd + 10, true)).toBe(0xffff);
  expect(view.getUint32(eocd + 16, true)).toBe(0xffffffff);
  expect(view.getUint32(eocd - 20, true)).toBe(0x07064b50);
  // The first central entry's sizes and offset are all in its extra field.
  const cd = Number(view.getBigUint64(Number(view.getBigUint64(eocd - 12, true)) + 48, true));
  expect([view.getUint32(cd + 20, true), view.getUint32(cd + 24, true), view.getUint32(cd + 42, true)]).toEqual([
    0xffffffff, 0xffffffff, 0xffffffff,
  ]);
});

it.each<[string, Zip64Field[]]>([
  ["all three fields", ["size", "compressedSize", "offset"]],
  ["the offset alone", ["offset"]],
  ["the compressed size alone", ["compressedSize"]],
  ["both sizes", ["size", "compressedSize"]],
  ["none (only the end records)", []],
])("the directory reader takes %s from the zip64 extra field: same parts, sizes and contents", (_, force) => {
  expect(listing(zip64(parts, force))).toEqual(listing(plain));
  expect(listing(plain).map((e) => e.name)).toEqual(Object.keys(parts));
});

it("the host opens it without the full-unzip fallback and reads the same grid", () => {
  const entries = readZip(big);
  // The fallback would give stored (method 0) copies; the directory keeps the deflated originals.
  expect(entries.every((e) => e.method === 8 && e.raw.buffer === big.buffer)).toBe(true);
  const grid = XlsxWorkbook.open(big).grid();
  expect(grid.sheets.map((s) => s.name)).toEqual(["信访台账", "月报", "参数"]);
  expect(grid.sheets.find((s) => s.name === "信访台账")!.rows.length).toBeGreaterThan(12);
  expect(seen(big)).toEqual(seen(plain));
});

it("saved again, unchanged parts keep their bytes, and the copy reads the same", () => {
  const out = XlsxWorkbook.open(big).toBytes();
  expect(unzipParts(out)).toEqual(parts);
  expect(seen(out)).toEqual(seen(plain));
});

describe("a damaged zip64 archive is refused like any damaged file", () => {
  /** The archive with `n` bytes at `at` (counted from the end when negative) overwritten by zeros. */
  function zeroed(at: number, n: number): Uint8Array {
    const copy = new Uint8Array(big);
    const from = at < 0 ? copy.length + at : at;
    copy.fill(0, from, from + n);
    return copy;
  }
  const centralStart = (bytes: Uint8Array): number => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Number(view.getBigUint64(Number(view.getBigUint64(bytes.length - 34, true)) + 48, true));
  };

  it.each<[string, () => Uint8Array]>([
    ["no locator", () => zeroed(-42, 4)],
    ["the locator pointing nowhere", () => zeroed(-34, 8)],
    ["the first entry's zip64 extra field gone", () => zeroed(centralStart(big) + 30, 2)],
    ["cut short", () => big.subarray(0, big.length - 60)],
  ])("%s: the reader says so; the host, after its fallback, gives a Chinese message", (_, damage) => {
    const bytes = damage();
    expect(() => readDirectory(bytes)).toThrow(ZipFormatError);
    const copy = new Uint8Array(bytes);
    let error: unknown;
    try {
      XlsxWorkbook.open(bytes, "台账.xlsx");
    } catch (e) {
      error = e;
    }
    // fflate's unzip, tried on archives the directory reader refuses, finds a nameless part in some
    // of these, so the words are "not a workbook" rather than "damaged": either way a Chinese line
    // naming the file, with a remedy, and no stack trace.
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: "unreadable" });
    expect((error as UserError).message).toMatch(/^文件“台账\.xlsx”不是(有效的 \.xlsx 文件| Excel 工作簿).*请/);
    expect(bytes).toEqual(copy);
  });
});

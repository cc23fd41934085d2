/**
 * The `_xinfang_marks` rows as data: each host writes the common format, reads the other's rows
 * and both earlier formats, and writes back what it did not make without losing a column.
 */
import type { CellValue } from "../../../src/core/grid";
import { markBookSheet, readMarkBook, type MarkRecord } from "../../../src/hosts/file/mark-book";
import { MARKS_HEADER, marksToRows, rowsToMarks } from "../../../src/hosts/excel/marks-store";

/** Every kind of row the file host can hold. */
const records: MarkRecord[] = [
  { sheet: "信访台账", ref: "C3", original: 1, marked: 9, fill: null, note: null },
  {
    sheet: "信访台账",
    ref: "G2",
    original: 3,
    marked: 12,
    fill: "#D9E1F2",
    note: "张主任:\n诉求内容请写明事由和诉求。",
  },
  { sheet: "信访台账", ref: "G7", original: "new", marked: 10, fill: null, note: null },
  { sheet: "信访台账", ref: "B3", original: null, marked: 11, fill: undefined, note: null }, // a theme colour
  { sheet: "月报", ref: "A2", original: null, marked: -1, fill: "#FCE4D6", note: "村名核对过" }, // the add-in's
  { sheet: "月报", ref: "A3", original: null, marked: -1, fill: undefined, note: undefined }, // an inert row
];

const cells = (rows: readonly (readonly unknown[])[]): CellValue[][] => rows.map((r) => r.map((v) => v as CellValue));

test("both hosts write the same header", () => {
  expect(markBookSheet([]).rows[0]).toEqual(MARKS_HEADER);
  expect(marksToRows([])[0]).toEqual(MARKS_HEADER);
});

test("file host → add-in → file host: every row comes back as it was", () => {
  const written = cells(markBookSheet(records).rows);
  expect(readMarkBook(written)).toEqual(records);
  const viaAddIn = cells(marksToRows(rowsToMarks(written)));
  expect(viaAddIn).toEqual(written);
  expect(readMarkBook(viaAddIn)).toEqual(records);
});

test("the add-in reads the file host's rows with their look, and its own with theirs", () => {
  const entries = rowsToMarks(cells(markBookSheet(records).rows));
  expect(entries[1]).toMatchObject({ row: 1, col: 6, fill: "#D9E1F2", note: records[1].note });
  expect(entries[1].byFileHost).toEqual({ original: 3, marked: 12, fillKnown: true });
  expect(entries[3].byFileHost?.fillKnown).toBe(false);
  expect(entries[4]).toEqual({ sheet: "月报", row: 1, col: 0, fill: "#FCE4D6", note: "村名核对过" });
  expect(entries[5].byFileHost?.fillKnown).toBe(false);
});

test("style indexes the add-in wrote into text cells (digits as text) are read as numbers", () => {
  const rows = [MARKS_HEADER, ["信访台账", "C3", "1", "9", "", ""]];
  expect(readMarkBook(rows)[0]).toMatchObject({ original: 1, marked: 9 });
  expect(rowsToMarks(rows)[0].byFileHost).toEqual({ original: 1, marked: 9, fillKnown: true });
});

test("earlier formats are still read by both hosts", () => {
  const oldFile = [
    ["工作表", "单元格", "原样式", "标记样式"],
    ["信访台账", "C3", 1, 9],
    ["信访台账", "G7", "new", 10],
    ["月报", "A3", "", -1], // an inert row
  ];
  expect(readMarkBook(oldFile)).toEqual([
    { sheet: "信访台账", ref: "C3", original: 1, marked: 9 },
    { sheet: "信访台账", ref: "G7", original: "new", marked: 10 },
    { sheet: "月报", ref: "A3", original: null, marked: -1 },
  ]);
  // The add-in keeps them, indexes and all, with their look marked unknown.
  expect(marksToRows(rowsToMarks(oldFile)).slice(1)).toEqual([
    ["信访台账", "C3", 1, 9, "未知", ""],
    ["信访台账", "G7", "new", 10, "未知", ""],
    ["月报", "A3", "", -1, "未知", ""],
  ]);
  const oldAddIn = [
    ["工作表", "单元格", "原底色", "原批注"],
    ["信访台账", "C3", "#00B050", "已电话核实"],
    ["信访台账", "D4", "", ""],
  ];
  expect(readMarkBook(oldAddIn)).toEqual([
    { sheet: "信访台账", ref: "C3", original: null, marked: -1, fill: "#00B050", note: "已电话核实" },
    { sheet: "信访台账", ref: "D4", original: null, marked: -1, fill: null, note: null },
  ]);
  expect(rowsToMarks(oldAddIn)).toEqual([
    { sheet: "信访台账", row: 2, col: 2, fill: "#00B050", note: "已电话核实" },
    { sheet: "信访台账", row: 3, col: 3, fill: null, note: null },
  ]);
});

export { XlsxWorkbook } from "./xlsx-workbook";
export { MARK_FILL } from "./cell-plan";
export { FileWorkbookHost } from "./file-host";
export { NOTE_AUTHOR } from "./comments";
export { MARK_SHEET } from "./mark-book";
export { setZipCodec, fflateCodec, type ZipCodec } from "./codec";

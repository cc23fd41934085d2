/**
 * The slice of the Office.js Excel object model the host uses, as structural interfaces.
 *
 * Why not `Excel.*` directly: the host must run against a test double (test/hosts/excel/fake-excel.ts)
 * and must never touch the global `Excel`. office.ts checks at compile time that the real
 * `Excel.RequestContext` satisfies these interfaces, so a typo here cannot drift from the real API.
 * Every member notes the ExcelApi requirement set it needs; capabilities.ts gates the newer ones.
 */

export interface XlLoadable {
  /** Queues a load; the properties are readable only after `context.sync()`. */
  load(propertyNames: string): unknown;
}

export interface XlContext {
  workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  application: XlApplication;
  /** ExcelApi 1.2: worksheet functions evaluated by Excel (used to detect the 1904 date system). */
  functions: XlFunctions;
}

export interface XlFunctions {
  date(year: number, month: number, day: number): XlFunctionResult;
}

export interface XlFunctionResult extends XlLoadable {
  readonly value: number;
}

export interface XlApplication {
  /** ExcelApi 1.6 */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  name: string;
  /** "Visible" | "Hidden" | "VeryHidden" */
  visibility: string;
  isNullObject: boolean;
  protection: XlProtection;
  /** ExcelApi 1.18 */
  notes: XlNoteCollection;
  /** ExcelApi 1.7 */
  freezePanes: XlFreezePanes;
  /** Without an address: the whole sheet. */
  getRange(address?: string): XlRange;
  /** ExcelApi 1.7 */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9 */
  getRanges(address?: string): XlRangeAreas;
  /** Never null: an empty sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlProtection extends XlLoadable {
  protected: boolean;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlRange extends XlLoadable {
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  isNullObject: boolean;
  format: XlRangeFormat;
  /** ExcelApi 1.7 */
  hyperlink: XlHyperlink;
  /** ExcelApi 1.4 */
  getIntersectionOrNullObject(address: string): XlRange;
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): XlRangeAreas;
  getCell(row: number, column: number): XlRange;
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  select(): void;
  /** ExcelApi 1.9 */
  copyFrom(sourceAddress: string, copyType?: "All" | "Formats" | "Values" | "Formulas"): void;
}

export interface XlHyperlink {
  documentReference?: string;
  textToDisplay?: string;
}

export interface XlRangeFormat {
  fill: XlFill;
  font: XlFont;
  columnWidth: number;
  borders: XlBorders;
}

export interface XlFill extends XlLoadable {
  color: string;
  /** ExcelApi 1.9; "None" means no fill (color then reads #FFFFFF). */
  pattern: string;
  clear(): void;
}

export interface XlFont {
  bold: boolean;
  size: number;
}

export interface XlBorders {
  getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): {
    style: string;
  };
}

/** ExcelApi 1.9 */
export interface XlRangeAreas extends XlLoadable {
  address: string;
  isNullObject: boolean;
  format: XlRangeFormat;
}

/** ExcelApi 1.18 */
export interface XlNoteCollection {
  add(cellAddress: string, content: string): XlNote;
  getItem(key: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlNote extends XlLoadable {
  content: string;
  /** Who wrote it; the file host (CLI) signs its notes 信访台账助手. */
  readonly authorName: string;
  isNullObject: boolean;
  delete(): void;
}

export interface RunOptions {
  /** ExcelApi 1.11: wait until the user leaves cell edit mode instead of failing the batch. */
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: all syncs of one run become one step of Excel's own undo. */
  mergeUndoGroup?: boolean;
}

/** `Excel.run` as the host sees it; tests pass the fake's run. */
export type RunFn = <T>(options: RunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;

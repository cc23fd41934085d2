/** A worksheet as the core sees it (SheetGrid), scanned on first access to its cells. */
import type { CellRange, CellValue, SheetGrid } from "../../core/grid";
import { formulaOf, type ScannedSheet } from "./sheet-scan";
import type { Styles } from "./styles";

export class FileSheetGrid implements SheetGrid {
  private scanned: ScannedSheet | undefined;

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    private readonly load: () => ScannedSheet,
    private readonly styles: Styles,
  ) {}

  private get data(): ScannedSheet {
    return (this.scanned ??= this.load());
  }

  get rows(): (CellValue[] | undefined)[] {
    return this.data.rows;
  }

  get merges(): CellRange[] {
    return this.data.merges;
  }

  formulaAt(row: number, col: number): string | undefined {
    return formulaOf(this.data, row, col);
  }

  formatAt(row: number, col: number): string | undefined {
    const s = this.data.styles[row]?.[col];
    return s === undefined ? undefined : this.styles.formatOfXf(s);
  }

  rowHidden(row: number): boolean {
    return this.data.hiddenRows.has(row);
  }
}

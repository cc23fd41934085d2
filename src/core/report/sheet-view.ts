/**
 * What the template filler needs to know about each cell of the user's report sheet: label text,
 * a value slot it may write, or something it must leave alone (formula, text, inside a merge).
 */
import { cellAt, isCellError, type CellRange, type CellValue, type SheetGrid } from "../grid";
import { BLANKS } from "../schema/normalize";

export type CellKind =
  | "empty"
  | "number"
  | "formula"
  /** Non-label text in a value position (`—`, `/`, `47` typed as text): never overwritten. */
  | "mark"
  | "text"
  /** Inside a merged area but not its top-left cell. */
  | "covered"
  | "other";

const MARK = /^[-—–/\\／×x＿_无\s]*$|^[-+]?\d+(\.\d+)?%?$/;

/**
 * A report sheet is a form of a few dozen rows. Beyond these bounds the filler does not look (a
 * ledger passed as the report sheet by mistake must not cost seconds); run.ts notes the cut.
 */
export const MAX_ROWS = 1000;
export const MAX_COLS = 200;

export class SheetView {
  readonly width: number;
  readonly height: number;
  /** Whether the sheet is larger than the bounds looked at. */
  readonly truncated: boolean;
  private readonly cover = new Map<number, CellRange>();

  constructor(readonly sheet: SheetGrid) {
    let w = 0;
    for (const r of sheet.rows) if (r) w = Math.max(w, r.length);
    let h = sheet.rows.length;
    for (const m of sheet.merges) {
      w = Math.max(w, m.c2 + 1);
      h = Math.max(h, m.r2 + 1);
    }
    this.width = Math.min(w, MAX_COLS);
    this.height = Math.min(h, MAX_ROWS);
    this.truncated = w > MAX_COLS || h > MAX_ROWS;
    for (const m of sheet.merges)
      for (let r = m.r1; r <= Math.min(m.r2, this.height - 1); r++)
        for (let c = m.c1; c <= Math.min(m.c2, this.width - 1); c++) this.cover.set(r * this.width + c, m);
  }

  /** The merge holding a cell, if any. */
  mergeAt(r: number, c: number): CellRange | undefined {
    if (r < 0 || c < 0 || r >= this.height || c >= this.width) return undefined;
    return this.cover.get(r * this.width + c);
  }

  value(r: number, c: number): CellValue {
    return cellAt(this.sheet, r, c);
  }

  kind(r: number, c: number): CellKind {
    const m = this.mergeAt(r, c);
    if (m && (m.r1 !== r || m.c1 !== c)) return "covered";
    if (this.sheet.formulaAt?.(r, c) !== undefined) return "formula";
    const v = this.value(r, c);
    if (v === null) return "empty";
    if (typeof v === "number") return "number";
    if (typeof v === "string") {
      const t = v.replace(BLANKS, "");
      if (t === "") return "empty";
      return MARK.test(t) ? "mark" : "text";
    }
    if (isCellError(v)) return "other";
    return "other";
  }

  /** Text of a cell, or of the top-left cell of the merge covering it. */
  textAt(r: number, c: number): { text: string; row: number; col: number } | undefined {
    const m = this.mergeAt(r, c);
    const [ar, ac] = m ? [m.r1, m.c1] : [r, c];
    if (this.kind(ar, ac) !== "text") return undefined;
    return { text: String(this.value(ar, ac)), row: ar, col: ac };
  }

  /** Last column of the cell's merge (the cell itself when not merged). */
  endCol(r: number, c: number): number {
    return this.mergeAt(r, c)?.c2 ?? c;
  }

  hasOwnFormat(r: number, c: number): boolean {
    const f = this.sheet.formatAt?.(r, c);
    return f !== undefined && f !== "" && f !== "General";
  }
}

/**
 * What one apply does to one cell — undo the previous mark, write the value, mark — merged into a
 * single edit so each sheet is rewritten in one pass however many things touch a cell.
 */
import { dayFromIso, excelSerialFromDay } from "../../core/day";
import type { Severity } from "../../core/findings";
import type { CellMark, WriteValue } from "../../core/patch";
import { formulaCell } from "./errors";
import { byAddIn, type MarkRecord } from "./mark-book";
import { emptyCell, numberCell, restyleCell, textCell, type CellEdit, type ExistingCell } from "./sheet-edit";
import type { Styles } from "./styles";

export const MARK_FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const MARK_ARGB = new Set(Object.values(MARK_FILL));
const DATE_FORMAT = "yyyy-mm-dd";
const DATE1904_OFFSET = 1462;

export interface CellPlan {
  write?: WriteValue;
  /** Style for a written cell that has none yet (new columns copy their neighbour's). */
  baseStyle?: number;
  mark?: CellMark;
  /** The previous run's mark on this cell, to undo first. */
  restore?: MarkRecord;
}

export interface PlanContext {
  sheet: string;
  styles: Styles;
  date1904: boolean;
  /** Bookkeeping of this run's marks; cellEdit appends to it. */
  book: MarkRecord[];
  /** Notes by ref as they are once the previous marks are undone (comments.ts notesBeforeMarks). */
  notesBefore: ReadonlyMap<string, string>;
}

export function cellEdit(ctx: PlanContext, plan: CellPlan): CellEdit {
  return (existing: ExistingCell | undefined, ref: string, defaultStyle: number): string | null => {
    let xml = existing?.xml;
    // The style attribute as written: null when absent (restoring must give back exactly that).
    let styleAttr: number | null = existing ? styleAttrOf(existing.xml) : defaultStyle || null;
    let hasValue = existing?.hasValue ?? false;
    let created = !existing;
    const rec = plan.restore;
    // Only a cell still showing a mark is restored: a style the user chose since is theirs.
    if (rec && existing && !byAddIn(rec) && existing.style === rec.marked) {
      if (rec.original === "new" && !existing.hasValue && !existing.hasFormula) {
        xml = undefined;
        styleAttr = null;
        created = true;
      } else {
        styleAttr = rec.original === "new" ? null : rec.original;
        xml = restyleCell(existing.xml, styleAttr);
      }
    } else if (rec && existing && (byAddIn(rec) || rec.fill !== undefined)) {
      // The add-in's mark, or ours under renumbered styles (Excel saved the file): undo by colour,
      // while the cell still shows a mark colour.
      const now = ctx.styles.fillOfXf(existing.style);
      if (now && MARK_ARGB.has(now)) {
        const before = rec.fill;
        const fillId = before ? ctx.styles.solidFill("FF" + before.replace("#", "").toUpperCase()) : 0;
        styleAttr = ctx.styles.cloneXf(existing.style, { fillId });
        xml = restyleCell(existing.xml, styleAttr);
      }
    }
    if (plan.write) {
      if (existing?.hasFormula) throw formulaCell(ctx.sheet, ref);
      if ((styleAttr === null || styleAttr === 0) && plan.baseStyle) styleAttr = plan.baseStyle;
      const written = writeCell(ctx, ref, styleAttr, plan.write);
      xml = written.xml;
      styleAttr = written.style;
      hasValue = plan.write.kind !== "blank";
      created = false;
    }
    if (plan.mark) {
      const marked = ctx.styles.cloneXf(styleAttr ?? 0, {
        fillId: ctx.styles.solidFill(MARK_FILL[plan.mark.severity]),
      });
      ctx.book.push({
        sheet: ctx.sheet,
        ref,
        original: created && !hasValue ? "new" : styleAttr,
        marked,
        fill: ctx.styles.fillColourOfXf(styleAttr ?? 0),
        note: ctx.notesBefore.get(ref) ?? null,
      });
      xml = xml ? restyleCell(xml, marked) : emptyCell(ref, marked);
    }
    return xml ?? null;
  };
}

function writeCell(
  ctx: PlanContext,
  ref: string,
  styleAttr: number | null,
  v: WriteValue,
): { xml: string; style: number | null } {
  const styles = ctx.styles;
  const style = styleAttr ?? 0;
  switch (v.kind) {
    case "text":
      return { xml: textCell(ref, style, v.text), style: styleAttr };
    case "blank":
      return { xml: emptyCell(ref, style), style: styleAttr };
    case "number": {
      const s = v.percent && styles.formatOfXf(style) === undefined ? styles.cloneXf(style, { numFmtId: 10 }) : style;
      return { xml: numberCell(ref, s, v.value), style: s === style ? styleAttr : s };
    }
    case "date": {
      const serial = excelSerialFromDay(dayFromIso(v.iso)!) - (ctx.date1904 ? DATE1904_OFFSET : 0);
      const s = styles.isDateXf(style) ? style : styles.cloneXf(style, { numFmtId: styles.numFmtId(DATE_FORMAT) });
      return { xml: numberCell(ref, s, serial), style: s === style ? styleAttr : s };
    }
  }
}

function styleAttrOf(cellXml: string): number | null {
  const m = /^<c\s[^>]*?\bs\s*=\s*"(\d+)"/.exec(cellXml);
  return m ? Number(m[1]) : null;
}

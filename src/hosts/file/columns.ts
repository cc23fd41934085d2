/**
 * Column definitions (`<cols>`): a column the add-in adds gets the width of the column it copies
 * its style from, so 包案领导 is as wide as the column beside it instead of Excel's default.
 */
import { findAll, findElement, parseAttrs, setAttr, type Edit, type Element } from "./xml";

/**
 * The insertion that copies `<col>` of column `from` (0-based) to `to`, when `to` has no definition
 * of its own; undefined when nothing is to change. Returned as an edit so the caller can splice it
 * together with the cell edits (one copy of a 100 MB string, not one per change).
 */
export function copyColumnWidth(xml: string, from: number, to: number): Edit | undefined {
  const box = findCols(xml);
  if (!box || box.innerEnd === box.innerStart) return undefined;
  const cols = findAll(xml, "col", box.innerStart, box.innerEnd).map((e) => {
    const a = parseAttrs(e.tag);
    return { e, min: Number(a.min) - 1, max: Number(a.max) - 1 };
  });
  if (cols.some((c) => c.min <= to && to <= c.max)) return undefined;
  const source = cols.find((c) => c.min <= from && from <= c.max);
  if (!source) return undefined;
  const tag = xml.slice(source.e.start, source.e.end);
  const copy = setAttr(setAttr(tag, "min", String(to + 1)), "max", String(to + 1));
  const after = cols.find((c) => c.min > to);
  const at = after ? after.e.start : box.innerEnd;
  return { start: at, end: at, text: copy };
}

/** `<cols>` comes before `<sheetData>`: never search the cells (100 MB) for it. */
export function findCols(xml: string): Element | undefined {
  const sd = xml.indexOf("<sheetData");
  // indexOf has no end bound: search the prefix (same offsets), not the whole string.
  return findElement(sd < 0 ? xml : xml.slice(0, sd), "cols");
}

/**
 * Shared formulas store the text once (on the master cell); every other cell of the range only
 * says "same as si=0". To report a follower's formula we shift the master's relative references
 * by the follower's offset, the way Excel does when it expands them.
 */
import { columnIndex, columnLetters } from "../../core/grid";

// A cell reference not inside quotes: optional $, 1-3 letters, optional $, digits; not followed by
// a letter/digit/`(` (a function name like LOG10( is not a reference).
const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // Split out string literals and quoted sheet names so their contents are never touched.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftRefs(part, dRow, dCol)))
    .join("");
}

function shiftRefs(text: string, dRow: number, dCol: number): string {
  return text.replace(REF, (_m, pre: string, colAbs: string, col: string, rowAbs: string, row: string) => {
    const c = colAbs ? columnIndex(col) : columnIndex(col) + dCol;
    const r = rowAbs ? Number(row) : Number(row) + dRow;
    if (c < 0 || r < 1) return `${pre}#REF!`;
    return `${pre}${colAbs}${columnLetters(c)}${rowAbs}${r}`;
  });
}

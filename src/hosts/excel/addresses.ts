/** A1 addresses as Office.js takes and returns them: `'My Sheet'!$B$3:D9`, `S!A1:B2, S!D1:D4`. */
import { a1, parseA1, type CellRange } from "../../core/grid";

/** `Sheet!A1:B2` (sheet and `$` optional) → 0-based rectangle; undefined when not an address. */
export function parseRangeAddress(address: string): CellRange | undefined {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = bare.split(":");
  const p = parseA1(from);
  const q = parseA1(to);
  if (!p || !q) return undefined;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** A RangeAreas address (`S!A1:B2, S!D1:D4`) → rectangles. Sheet names may hold commas, so split after a cell ref. */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(/(?:^|[,;]\s*)(?:[^!]*!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g)) {
    const r = parseRangeAddress(m[1]);
    if (r) out.push(r);
  }
  return out;
}

export function rangeA1(r: CellRange): string {
  const tl = a1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? tl : `${tl}:${a1(r.r2, r.c2)}`;
}

/** Cells → addresses of vertical runs (`B3:B9`), so a RangeAreas address stays short. */
export function cellRuns(cells: readonly { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((x, y) => x.col - y.col || x.row - y.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i];
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1].col === start.col && sorted[i + 1].row <= end.row + 1)
      end = sorted[++i];
    out.push(rangeA1({ r1: start.row, c1: start.col, r2: end.row, c2: start.col }));
    i++;
  }
  return out;
}

/**
 * Joins addresses into comma lists no longer than `maxChars`. Excel caps a reference string at
 * 8,192 characters (the formula length limit); the host stays well below it.
 */
export function joinAddresses(addresses: readonly string[], maxChars = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

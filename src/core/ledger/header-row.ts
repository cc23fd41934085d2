/**
 * Reading one candidate header (one row, or two rows with merged parents) into column matches.
 * Pure over a SheetGrid; the choice between candidates is in locate.ts.
 */
import { cellAt, type CellRange, type SheetGrid } from "../grid";
import { matchHeader, normalizeHeader, type HeaderMatch } from "./headers";

export interface ColumnMatch extends HeaderMatch {
  col: number;
  /** Header as normalised, qualified by the parent for two-row headers (`包案领导/镇`). */
  header: string;
}

export interface HeaderCandidate {
  /** 0-based header rows: [r] or [r, r+1]. */
  rows: number[];
  matches: ColumnMatch[];
  /** Distinct fields recognised. */
  score: number;
}

/** Merges touching the scanned rows, indexed by the cells they cover (except the top-left one). */
export class MergeIndex {
  private readonly covered = new Map<number, CellRange>();

  constructor(merges: readonly CellRange[], maxRow: number) {
    for (const m of merges) {
      if (m.r1 > maxRow) continue;
      const r2 = Math.min(m.r2, maxRow);
      const c2 = Math.min(m.c2, m.c1 + 200);
      for (let r = m.r1; r <= r2; r++)
        for (let c = m.c1; c <= c2; c++) if (r !== m.r1 || c !== m.c1) this.covered.set(r * 16384 + c, m);
    }
  }

  /** The merge covering (r, c) when that cell is not the merge's top-left cell. */
  at(r: number, c: number): CellRange | undefined {
    return this.covered.get(r * 16384 + c);
  }
}

function text(sheet: SheetGrid, r: number, c: number): string {
  return normalizeHeader(cellAt(sheet, r, c));
}

function rowWidth(sheet: SheetGrid, r: number): number {
  return sheet.rows[r]?.length ?? 0;
}

function score(matches: readonly ColumnMatch[]): number {
  return new Set(matches.map((m) => m.field)).size;
}

/** One header row: each cell on its own; cells covered by a merge (but not its top-left) are blank. */
export function singleRowHeader(sheet: SheetGrid, r: number, merges: MergeIndex): HeaderCandidate {
  const matches: ColumnMatch[] = [];
  const width = rowWidth(sheet, r);
  for (let c = 0; c < width; c++) {
    if (merges.at(r, c)) continue;
    const t = text(sheet, r, c);
    const m = t ? matchHeader(t, "") : undefined;
    if (m) matches.push({ ...m, col: c, header: t });
  }
  return { rows: [r], matches, score: score(matches) };
}

/**
 * Two header rows: a parent in row r spanning several columns (a merge, or a lone parent followed
 * by blanks when the merge got lost), with children in row r+1 (`包案领导` over `镇` | `村`).
 * Only columns under a span read their child, so a data row right under a one-row header cannot
 * be mistaken for children. Undefined when row r has no span.
 */
export function twoRowHeader(sheet: SheetGrid, r: number, merges: MergeIndex): HeaderCandidate | undefined {
  const width = Math.max(rowWidth(sheet, r), rowWidth(sheet, r + 1));
  const parents: string[] = [];
  const spanned: boolean[] = [];
  let anySpan = false;
  for (let c = 0; c < width; c++) {
    const m = merges.at(r, c);
    if (m && m.r1 === r) {
      // continuation of a horizontal merge starting in this row
      parents[c] = text(sheet, m.r1, m.c1);
      spanned[c] = spanned[m.c1] = true;
      anySpan = true;
      continue;
    }
    if (m) {
      parents[c] = ""; // covered by a merge from above: not a header cell of this candidate
      spanned[c] = false;
      continue;
    }
    const own = text(sheet, r, c);
    const prev = parents[c - 1];
    // only a parent that is itself a header (`包案领导`) is taken to span: a title line is not
    if (
      !own &&
      prev &&
      text(sheet, r + 1, c) &&
      (spanned[c - 1] || text(sheet, r + 1, c - 1)) &&
      matchHeader(prev, "")
    ) {
      parents[c] = parents[c - 1]; // merge lost (a copy from Word or WPS): the parent still spans
      spanned[c] = spanned[c - 1] = true;
      anySpan = true;
      continue;
    }
    parents[c] = own;
    spanned[c] = false;
  }
  if (!anySpan) return undefined;
  const matches: ColumnMatch[] = [];
  let usesParent = false;
  for (let c = 0; c < width; c++) {
    const parent = parents[c] ?? "";
    const below = merges.at(r + 1, c);
    const childCovered = below !== undefined && below.r1 <= r;
    const child = spanned[c] || !parent ? (childCovered ? "" : text(sheet, r + 1, c)) : "";
    const m = matchHeader(child, parent);
    if (!m) continue;
    const header = m.qualified ? `${parent}/${child}` : matchedText(m, child, parent);
    if (header !== child) usesParent = true;
    matches.push({ ...m, col: c, header });
  }
  // with every match from row r+1 alone this is just the one-row header r+1 (e.g. under a merged title)
  if (!usesParent) return undefined;
  return { rows: [r, r + 1], matches, score: score(matches) };
}

/** The header text that produced a plain match (child preferred, as in matchHeader). */
function matchedText(m: HeaderMatch, child: string, parent: string): string {
  if (child && matchHeader(child, "")?.field === m.field) return child;
  return parent;
}

/**
 * In-place cell edits of a worksheet part. Only the `<c>` elements being changed are rewritten (and
 * the start tag of a row when a new cell widens its `spans`); every other byte of the sheet —
 * untouched rows, cols, merges, validations, conditional formats, extLst — is copied verbatim.
 */
import { a1, columnLetters } from "../../core/grid";
import { copyColumnWidth, findCols } from "./columns";
import { escapeXml, findAll, parseAttrs, removeAttr, setAttr, splice, type Edit } from "./xml";

export interface ExistingCell {
  /** The whole `<c …>…</c>` element. */
  xml: string;
  style: number;
  hasFormula: boolean;
  /** Whether the cell holds a value (a `<v>` or an inline string). */
  hasValue: boolean;
}

/**
 * Computes the new element for a cell (or null to remove it) from what is there now. For a cell that
 * does not exist yet, `defaultStyle` is the style Excel would give it: its row's, else its column's.
 */
export type CellEdit = (existing: ExistingCell | undefined, ref: string, defaultStyle: number) => string | null;

export interface SheetEdits {
  /** row → col → edit (0-based). */
  cells: Map<number, Map<number, CellEdit>>;
  /** Remove rows that end up with no cells and whose tag is exactly what we create (`<row r="N">`). */
  dropCreatedEmptyRows?: boolean;
  /** New columns: give column `to` the `<col>` width of column `from`. */
  columnWidths?: { from: number; to: number }[];
}

interface Span {
  start: number;
  end: number;
}

export function applySheetEdits(xml: string, edits: SheetEdits): string {
  return splice(xml, sheetEditList(xml, edits));
}

/** The replacements `applySheetEdits` makes, in `xml`'s coordinates (none inside `</sheetData>`'s tail). */
export function sheetEditList(xml: string, edits: SheetEdits): Edit[] {
  if (edits.cells.size === 0) return [];
  const sd = xml.indexOf("<sheetData");
  if (sd < 0) throw new Error("worksheet without sheetData");
  const sdOpenEnd = xml.indexOf(">", sd);
  const selfClosed = xml.charCodeAt(sdOpenEnd - 1) === 47;
  const sdEnd = selfClosed ? sdOpenEnd + 1 : xml.indexOf("</sheetData>", sdOpenEnd);
  const targets = [...edits.cells.keys()].sort((a, b) => a - b);
  const colStyles = columnStyles(xml);
  let ti = 0;
  const out: Edit[] = [];
  let bounds = { r1: Infinity, c1: Infinity, r2: -1, c2: -1 };
  const grow = (r: number, c: number): void => {
    bounds = {
      r1: Math.min(bounds.r1, r),
      c1: Math.min(bounds.c1, c),
      r2: Math.max(bounds.r2, r),
      c2: Math.max(bounds.c2, c),
    };
  };

  const newRows = (upTo: number): string => {
    let s = "";
    while (ti < targets.length && targets[ti] < upTo) {
      const r = targets[ti++];
      const body = rewriteCells("", r, edits.cells.get(r)!, grow, (c) => colStyles(c));
      if (body.cells !== "") s += `<row r="${r + 1}">${body.cells}</row>`;
    }
    return s;
  };

  if (!selfClosed) {
    let p = sdOpenEnd + 1;
    let row = -1;
    for (;;) {
      const lt = findRow(xml, p, sdEnd);
      if (lt < 0) break;
      const tagEnd = xml.indexOf(">", lt);
      if (tagEnd < 0) break;
      const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
      const close = selfClosing ? tagEnd : xml.indexOf("</row>", tagEnd);
      if (close < 0) break;
      const rowEnd = selfClosing ? tagEnd + 1 : close + 6;
      // Fast path for the usual ` r="12"`; the general regex only for odd spacing or no r at all.
      const rp = xml.indexOf(' r="', lt + 4);
      let hasR = rp > 0 && rp < tagEnd;
      if (hasR) row = Number(xml.slice(rp + 4, xml.indexOf('"', rp + 4))) - 1;
      else {
        const rAttr = /\sr\s*=\s*"(\d+)"/.exec(xml.slice(lt, tagEnd + 1));
        hasR = rAttr !== null;
        row = rAttr ? Number(rAttr[1]) - 1 : row + 1;
      }
      const edited = ti < targets.length && targets[ti] <= row;
      if (!edited && hasR) {
        p = rowEnd;
        continue;
      }
      const tag = xml.slice(lt, tagEnd + 1);
      const before = newRows(row);
      let newTag = hasR ? tag : setAttr(tag, "r", String(row + 1));
      let replacement: string | undefined;
      if (ti < targets.length && targets[ti] === row) {
        ti++;
        const inner = selfClosing ? "" : xml.slice(tagEnd + 1, rowEnd - 6);
        const rowStyle = /\scustomFormat\s*=\s*"(1|true)"/.test(tag)
          ? Number(/\ss\s*=\s*"(\d+)"/.exec(tag)?.[1] ?? 0)
          : 0;
        const body = rewriteCells(inner, row, edits.cells.get(row)!, grow, (c) => rowStyle || colStyles(c));
        newTag = widenSpans(newTag, body.minCol, body.maxCol);
        if (body.cells === "" && edits.dropCreatedEmptyRows && newTag === `<row r="${row + 1}">`) replacement = "";
        else replacement = `${newTag.replace(/\s*\/>$/, ">")}${body.cells}</row>`;
      }
      if (before !== "" || replacement !== undefined || newTag !== tag) {
        out.push({
          start: lt,
          end: replacement !== undefined ? rowEnd : tagEnd + 1,
          text: before + (replacement ?? newTag),
        });
      }
      p = rowEnd;
    }
  }
  const tail = newRows(Infinity);
  if (tail !== "") {
    if (selfClosed) out.push({ start: sd, end: sdEnd, text: `<sheetData>${tail}</sheetData>` });
    else out.push({ start: sdEnd, end: sdEnd, text: tail });
  }
  const dim = dimensionEdit(xml, bounds);
  if (dim) out.push(dim);
  for (const w of edits.columnWidths ?? []) {
    const e = copyColumnWidth(xml, w.from, w.to);
    if (e) out.push(e);
  }
  return out;
}

function findRow(xml: string, from: number, limit: number): number {
  let i = from;
  for (;;) {
    i = xml.indexOf("<row", i);
    if (i < 0 || i >= limit) return -1;
    const ch = xml.charCodeAt(i + 4);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) return i;
    i += 4;
  }
}

interface CellSpan extends Span {
  col: number;
  tag: string;
}

/** Parses the cells of one row's content. */
function cellsOf(inner: string, row: number): { cells: CellSpan[]; missingRefs: boolean } {
  const cells: CellSpan[] = [];
  let col = -1;
  let missingRefs = false;
  let p = 0;
  for (;;) {
    const lt = inner.indexOf("<c", p);
    if (lt < 0) break;
    const ch = inner.charCodeAt(lt + 2);
    if (!(ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13)) {
      p = lt + 2;
      continue;
    }
    const tagEnd = inner.indexOf(">", lt);
    if (tagEnd < 0) break;
    const tag = inner.slice(lt, tagEnd + 1);
    const closeAt = inner.charCodeAt(tagEnd - 1) === 47 ? tagEnd - 3 : inner.indexOf("</c>", tagEnd);
    if (closeAt < 0) break;
    const end = closeAt + 4;
    const c = refColumn(tag);
    if (c >= 0) col = c;
    else {
      col++;
      missingRefs = true;
    }
    cells.push({ start: lt, end, col, tag });
    p = end;
  }
  void row;
  return { cells, missingRefs };
}

/** Column (0-based) of a cell's start tag from its r attribute; -1 when it has none. */
function refColumn(tag: string): number {
  let i = tag.indexOf(' r="');
  if (i < 0) {
    const m = /\sr\s*=\s*"/.exec(tag);
    if (!m) return -1;
    i = m.index + m[0].length - 4;
  }
  let c = 0;
  for (let k = i + 4; k < tag.length; k++) {
    const ch = tag.charCodeAt(k) & ~32; // upper-case letters
    if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
    else if (tag.charCodeAt(k) !== 36) break; // `$`
  }
  return c - 1;
}

export function existingCell(xml: string, tag: string): ExistingCell {
  const a = parseAttrs(tag);
  return {
    xml,
    style: a.s !== undefined ? Number(a.s) : 0,
    hasFormula: /<f[\s>/]/.test(xml),
    hasValue: /<v>|<v\s|<is>/.test(xml),
  };
}

function rewriteCells(
  inner: string,
  row: number,
  edits: Map<number, CellEdit>,
  grow: (r: number, c: number) => void,
  defaultStyle: (col: number) => number,
): { cells: string; minCol: number; maxCol: number } {
  const appended = appendOnly(inner, row, edits, grow, defaultStyle);
  if (appended) return appended;
  const { cells, missingRefs } = cellsOf(inner, row);
  const replacements: { start: number; end: number; text: string }[] = [];
  const done = new Set<number>();
  let minCol = Infinity;
  let maxCol = -1;
  for (const c of cells) {
    const edit = edits.get(c.col);
    if (edit) {
      const ref = a1(row, c.col);
      done.add(c.col);
      let cellXml = inner.slice(c.start, c.end);
      if (missingRefs && !/\sr\s*=/.test(c.tag)) cellXml = setAttr(c.tag, "r", ref) + cellXml.slice(c.tag.length);
      const now = edit(existingCell(cellXml, c.tag), ref, 0);
      replacements.push({ start: c.start, end: c.end, text: now ?? "" });
      if (now !== null) grow(row, c.col);
    } else if (missingRefs) {
      // Neighbours may move: pin every cell of this row to its column.
      replacements.push({ start: c.start, end: c.start + c.tag.length, text: setAttr(c.tag, "r", a1(row, c.col)) });
    }
  }
  // New cells go before the first existing cell to their right.
  const added = [...edits.keys()].filter((col) => !done.has(col)).sort((a, b) => a - b);
  for (const col of added) {
    const text = edits.get(col)!(undefined, a1(row, col), defaultStyle(col));
    if (text === null) continue;
    grow(row, col);
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
    const right = cells.find((c) => c.col > col);
    const at = right ? right.start : cells.length ? cells[cells.length - 1].end : trailingCellEnd(inner);
    replacements.push({ start: at, end: at, text });
  }
  return { cells: splice(inner, replacements), minCol, maxCol };
}

/**
 * Fast path for the common case of a new column: every edit lies right of the row's last cell, so
 * the cells are appended without parsing the row. Undefined when the row needs the full treatment.
 */
function appendOnly(
  inner: string,
  row: number,
  edits: Map<number, CellEdit>,
  grow: (r: number, c: number) => void,
  defaultStyle: (col: number) => number,
): { cells: string; minCol: number; maxCol: number } | undefined {
  const last = inner.lastIndexOf("<c ");
  if (last < 0 || inner.indexOf("<extLst", last) >= 0) return undefined;
  const tagEnd = inner.indexOf(">", last);
  const lastCol = tagEnd < 0 ? -1 : refColumn(inner.slice(last, tagEnd + 1));
  if (lastCol < 0) return undefined;
  const cols = [...edits.keys()].sort((a, b) => a - b);
  if (cols[0] <= lastCol) return undefined;
  let added = "";
  let minCol = Infinity;
  let maxCol = -1;
  for (const col of cols) {
    const text = edits.get(col)!(undefined, a1(row, col), defaultStyle(col));
    if (text === null) continue;
    grow(row, col);
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
    added += text;
  }
  return { cells: inner + added, minCol, maxCol };
}

/** Style of empty cells per column, from `<col style>` (0 when none). */
function columnStyles(xml: string): (col: number) => number {
  const box = findCols(xml);
  if (!box) return () => 0;
  const ranges = findAll(xml, "col", box.innerStart, box.innerEnd)
    .map((e) => parseAttrs(e.tag))
    .filter((a) => a.style !== undefined && a.style !== "0")
    .map((a) => ({ min: Number(a.min) - 1, max: Number(a.max) - 1, style: Number(a.style) }));
  return (col) => ranges.find((r) => r.min <= col && col <= r.max)?.style ?? 0;
}

/** Where cells end in a row that has none: before any non-cell content such as `<extLst>`. */
function trailingCellEnd(inner: string): number {
  const ext = inner.indexOf("<extLst");
  return ext >= 0 ? ext : inner.length;
}

/** `spans="1:5"` is a load hint; keep it true when a new cell lies outside it. */
function widenSpans(tag: string, minCol: number, maxCol: number): string {
  if (maxCol < 0) return tag;
  const m = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(tag);
  if (!m) return tag;
  const lo = Math.min(Number(m[1]), minCol + 1);
  const hi = Math.max(Number(m[2]), maxCol + 1);
  if (lo === Number(m[1]) && hi === Number(m[2])) return tag;
  return setAttr(tag, "spans", `${lo}:${hi}`);
}

/** The `<dimension ref>` grown to cover cells added outside it (found near the top, not searched for). */
function dimensionEdit(xml: string, b: { r1: number; c1: number; r2: number; c2: number }): Edit | undefined {
  if (b.r2 < 0) return undefined;
  const sd = xml.indexOf("<sheetData");
  const m = /<dimension\s+ref\s*=\s*"([^"]*)"\s*\/>/.exec(sd < 0 ? xml : xml.slice(0, sd));
  if (!m) return undefined;
  const [from, to = from] = m[1].split(":");
  const p1 = /^([A-Z]+)(\d+)$/.exec(from);
  const p2 = /^([A-Z]+)(\d+)$/.exec(to);
  if (!p1 || !p2) return undefined;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Math.min(Number(p1[2]) - 1, b.r1);
  const c1 = Math.min(col(p1[1]), b.c1);
  const r2 = Math.max(Number(p2[2]) - 1, b.r2);
  const c2 = Math.max(col(p2[1]), b.c2);
  const ref = `${columnLetters(c1)}${r1 + 1}:${columnLetters(c2)}${r2 + 1}`;
  if (ref === m[1] || (from === to && r1 === r2 && c1 === c2 && ref === `${from}:${from}`)) return undefined;
  return { start: m.index, end: m.index + m[0].length, text: m[0].replace(m[1], ref) };
}

// ---- building cells

export function textCell(ref: string, style: number, text: string): string {
  const sp = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t${sp}>${escapeXml(text)}</t></is></c>`;
}

export function numberCell(ref: string, style: number, value: number): string {
  return `<c r="${ref}"${styleAttr(style)}><v>${numberText(value)}</v></c>`;
}

export function emptyCell(ref: string, style: number): string {
  return `<c r="${ref}"${styleAttr(style)}/>`;
}

/** Sets (or, with null, removes) the style attribute of a cell element, keeping everything else. */
export function restyleCell(cellXml: string, style: number | null): string {
  const tagEnd = cellXml.indexOf(">");
  const tag = cellXml.slice(0, tagEnd + 1);
  return (style === null ? removeAttr(tag, "s") : setAttr(tag, "s", String(style))) + cellXml.slice(tagEnd + 1);
}

function styleAttr(style: number): string {
  return style ? ` s="${style}"` : "";
}

function numberText(v: number): string {
  if (!Number.isFinite(v)) return "0";
  // Excel keeps 15 significant digits; String() never yields more than needed to round-trip.
  return String(v);
}

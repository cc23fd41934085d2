/**
 * Reads a worksheet part into a grid with a hand-written scanner over the XML string (indexOf and
 * charCodeAt; no DOM, no SAX events, no per-attribute objects). This is the hot path of opening a
 * 100k-row ledger, measured in docs/xlsx-host.md.
 */
import type { CellRange, CellValue } from "../../core/grid";
import { shiftFormula } from "./formula";
import { StyleRows } from "./style-rows";
import { detach, findAll, parseAttrs, richText, unescapeXml } from "./xml";

export interface ScannedSheet {
  rows: (CellValue[] | undefined)[];
  /**
   * Style (xf) index per cell, parallel to rows; 0 when absent. Rows with the same styles share one
   * array (a ledger has a handful of row patterns), so these are read-only.
   */
  styles: (readonly number[] | undefined)[];
  formulas: Map<number, string | SharedRef>;
  sharedMasters: Map<string, { row: number; col: number; text: string }>;
  hiddenRows: Set<number>;
  merges: CellRange[];
}

/** A follower of a shared formula: resolved against its master on demand. */
export interface SharedRef {
  si: string;
}

export const COLS = 16384;
const DATE1904_OFFSET = 1462;

// Attribute slots filled by scanTag (module-level to keep the hot loop allocation-free).
let aR0 = -1,
  aR1 = -1,
  aS0 = -1,
  aS1 = -1,
  aT0 = -1,
  aT1 = -1,
  aH0 = -1,
  tagEnd = -1,
  selfClosing = false;

/** Scans a start tag from `i` (just after the element name) for r/s/t/hidden attributes. */
function scanTag(xml: string, i: number): void {
  aR0 = aS0 = aT0 = aH0 = -1;
  aR1 = aS1 = aT1 = -1;
  const n = xml.length;
  while (i < n) {
    let ch = xml.charCodeAt(i);
    if (ch === 62) {
      tagEnd = i;
      selfClosing = xml.charCodeAt(i - 1) === 47;
      return;
    }
    if (ch <= 32 || ch === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && (ch = xml.charCodeAt(i)) !== 61 && ch > 32) i++;
    const nameEnd = i;
    while (i < n && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    const q = xml.charCodeAt(i);
    const v0 = i + 1;
    const v1 = xml.indexOf(q === 34 ? '"' : "'", v0);
    if (v1 < 0) break; // unterminated attribute: treat the rest as the tag
    i = v1 + 1;
    const len = nameEnd - nameStart;
    const c0 = xml.charCodeAt(nameStart);
    if (len === 1) {
      if (c0 === 114) ((aR0 = v0), (aR1 = v1));
      else if (c0 === 115) ((aS0 = v0), (aS1 = v1));
      else if (c0 === 116) ((aT0 = v0), (aT1 = v1));
    } else if (len === 6 && c0 === 104 && xml.startsWith("hidden", nameStart)) aH0 = v0;
  }
  tagEnd = n;
  selfClosing = false;
}

/** Offset just past the next `s` at or after `from`; the end of the text when there is none. */
function past(xml: string, s: string, from: number): number {
  const i = xml.indexOf(s, from);
  return i < 0 ? xml.length : i + s.length;
}

function allDigits(xml: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

function intAt(xml: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + (xml.charCodeAt(i) - 48);
  return v;
}

/** Parses `AB12` between a and b into refRow/refCol (0-based); refRow is -1 when only letters. */
let refRow = -1,
  refCol = -1;
function parseRef(xml: string, a: number, b: number): void {
  let c = 0;
  let i = a;
  for (; i < b; i++) {
    const ch = xml.charCodeAt(i);
    if (ch >= 65 && ch <= 90) c = c * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) c = c * 26 + (ch - 96);
    else if (ch !== 36) break;
  }
  refCol = c - 1;
  refRow = i < b ? intAt(xml, xml.charCodeAt(i) === 36 ? i + 1 : i, b) - 1 : -1;
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

export function scanSheet(
  xml: string,
  sst: readonly string[],
  dateXfs: readonly boolean[],
  date1904: boolean,
): ScannedSheet {
  const rows: (CellValue[] | undefined)[] = [];
  const styles: (readonly number[] | undefined)[] = [];
  const formulas = new Map<number, string | SharedRef>();
  const sharedMasters = new Map<string, { row: number; col: number; text: string }>();
  const hiddenRows = new Set<number>();
  const out: ScannedSheet = { rows, styles, formulas, sharedMasters, hiddenRows, merges: [] };

  const sd = xml.indexOf("<sheetData");
  if (sd < 0) return out;
  const sdOpenEnd = xml.indexOf(">", sd);
  if (sdOpenEnd < 0) return out;
  let end = xml.charCodeAt(sdOpenEnd - 1) === 47 ? sdOpenEnd : xml.indexOf("</sheetData>", sdOpenEnd);
  if (end < 0) end = xml.length;

  let p = sdOpenEnd + 1;
  let row = -1;
  let col = -1;
  // The row being read is collected in scratch arrays and copied out at its end: pushing into a
  // fresh array grows its store to 41 slots for 25 cells, 60% more than the grid needs.
  const vals: CellValue[] = [];
  const sts: number[] = [];
  let width = 0;
  let open = -1;
  const styleRows = new StyleRows();
  const flush = (): void => {
    if (open < 0) return;
    rows[open] = vals.slice(0, width);
    styles[open] = styleRows.intern(sts, width);
    open = -1;
  };
  while (p < end) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= end) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 99 && isNameEnd(xml.charCodeAt(lt + 2))) {
      // <c ...>
      scanTag(xml, lt + 2);
      if (aR0 >= 0) {
        parseRef(xml, aR0, aR1);
        col = refCol;
        if (refRow >= 0) row = refRow;
      } else col++;
      if (row < 0) row = 0;
      const style = aS0 >= 0 ? intAt(xml, aS0, aS1) : 0;
      const tKind = aT0 >= 0 ? xml.charCodeAt(aT0) + (aT1 - aT0 > 1 ? xml.charCodeAt(aT0 + 1) * 256 : 0) : 0;
      const t0 = aT0,
        t1 = aT1;
      let value: CellValue = null;
      if (selfClosing) {
        p = tagEnd + 1;
      } else {
        let close = xml.indexOf("</c>", tagEnd);
        if (close < 0 || close > end) close = end; // unterminated cell: read what is there, then stop
        let q = tagEnd + 1;
        let vText: string | undefined;
        while (q < close) {
          const lt2 = xml.indexOf("<", q);
          if (lt2 < 0 || lt2 >= close) break;
          const ch = xml.charCodeAt(lt2 + 1);
          if (ch === 118 && (xml.charCodeAt(lt2 + 2) === 62 || xml.charCodeAt(lt2 + 2) === 32)) {
            const vs = xml.charCodeAt(lt2 + 2) === 62 ? lt2 + 3 : past(xml, ">", lt2);
            if (xml.charCodeAt(vs - 2) === 47) {
              q = vs; // <v/>
              continue;
            }
            const ve = Math.min(close, past(xml, "</v>", vs) - 4);
            q = ve + 4;
            // Fast path, no substring: plain digits of a number or a shared-string index.
            const digits = ve - vs;
            if (
              digits > 0 &&
              digits < 16 &&
              (tKind === 0 || tKind === T_S || tKind === T_N) &&
              allDigits(xml, vs, ve)
            ) {
              const n = intAt(xml, vs, ve);
              if (tKind === T_S) {
                const str = sst[n];
                value = str === undefined ? null : str;
              } else value = date1904 && dateXfs[style] ? n + DATE1904_OFFSET : n;
              continue;
            }
            vText = xml.slice(vs, ve);
          } else if (ch === 102 && isNameEnd(xml.charCodeAt(lt2 + 2))) {
            q = readFormula(xml, lt2, row, col, formulas, sharedMasters);
          } else if (ch === 105 && xml.charCodeAt(lt2 + 2) === 115) {
            const ie = xml.indexOf("</is>", lt2);
            if (ie < 0 || ie > close) {
              q = past(xml, ">", lt2);
              continue;
            }
            value = detach(richText(xml.slice(past(xml, ">", lt2), ie)));
            vText = undefined;
            q = ie + 5;
          } else {
            q = past(xml, ">", lt2);
          }
        }
        p = close + 4;
        if (vText !== undefined) value = convert(vText, tKind, xml, t0, t1, sst, style, dateXfs, date1904);
      }
      if (open !== row) {
        flush();
        open = row;
        // A row met again (cells out of order in the file) continues from what was read before.
        const before = rows[row];
        const beforeStyles = styles[row];
        width = before ? before.length : 0;
        for (let i = 0; i < width; i++) {
          vals[i] = before![i];
          sts[i] = beforeStyles![i];
        }
      }
      for (; width < col; width++) {
        vals[width] = null;
        sts[width] = 0;
      }
      vals[col] = value;
      sts[col] = style;
      if (col >= width) width = col + 1;
    } else if (c1 === 114 && xml.startsWith("row", lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
      scanTag(xml, lt + 4);
      row = aR0 >= 0 ? intAt(xml, aR0, aR1) - 1 : row + 1;
      col = -1;
      flush();
      if (aH0 >= 0 && (xml.charCodeAt(aH0) === 49 || xml.charCodeAt(aH0) === 116)) hiddenRows.add(row);
      p = tagEnd + 1;
    } else {
      p = past(xml, ">", lt);
    }
  }
  flush();
  out.merges = readMerges(xml, end);
  return out;
}

// t attribute codes: first char + second char * 256 (distinguishes s / str, n, b, e, d, inlineStr).
const T_S = 115;
const T_N = 110;
const T_STR = 115 + 116 * 256;
const T_B = 98;
const T_E = 101;
const T_D = 100;
const T_INLINE = 105 + 110 * 256;

function convert(
  text: string,
  tKind: number,
  xml: string,
  t0: number,
  t1: number,
  sst: readonly string[],
  style: number,
  dateXfs: readonly boolean[],
  date1904: boolean,
): CellValue {
  switch (tKind) {
    case T_S: {
      if (t1 - t0 !== 1) break;
      const s = sst[Number(text)];
      return s === undefined ? null : s;
    }
    case T_STR:
      return detach(unescapeXml(text));
    case T_INLINE:
      return detach(unescapeXml(text));
    case T_B:
      return text === "1" || text === "true";
    case T_E:
      return { error: detach(unescapeXml(text)) };
    case T_D:
      return isoToSerial(text);
  }
  if (text === "") return null;
  const n = Number(text);
  if (Number.isNaN(n)) return detach(unescapeXml(text));
  return date1904 && dateXfs[style] ? n + DATE1904_OFFSET : n;
}

/** `t="d"` cells hold ISO 8601 text; the core wants a 1900-system serial. */
function isoToSerial(iso: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return detach(iso);
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) +
    Number(m[6] ?? 0) * 1000;
  return ms / 86400000 + 25569;
}

function readFormula(
  xml: string,
  lt: number,
  row: number,
  col: number,
  formulas: Map<number, string | SharedRef>,
  masters: Map<string, { row: number; col: number; text: string }>,
): number {
  const gt = past(xml, ">", lt) - 1;
  const tag = xml.slice(lt, gt + 1);
  let text = "";
  let next = gt + 1;
  if (xml.charCodeAt(gt - 1) !== 47) {
    const fe = past(xml, "</f>", gt) - 4;
    text = detach(unescapeXml(xml.slice(gt + 1, fe)));
    next = fe + 4;
  }
  const key = row * COLS + col;
  if (tag.indexOf("shared") > 0) {
    const a = parseAttrs(tag);
    if (a.t === "shared" && a.si !== undefined) {
      if (text !== "") {
        masters.set(a.si, { row, col, text });
        formulas.set(key, text);
      } else formulas.set(key, { si: a.si });
      return next;
    }
  }
  formulas.set(key, text);
  return next;
}

export function formulaOf(s: ScannedSheet, row: number, col: number): string | undefined {
  const f = s.formulas.get(row * COLS + col);
  if (f === undefined || typeof f === "string") return f;
  const m = s.sharedMasters.get(f.si);
  // A follower without its master still holds a formula: say so with an empty text.
  return m ? shiftFormula(m.text, row - m.row, col - m.col) : "";
}

function readMerges(xml: string, from: number): CellRange[] {
  const out: CellRange[] = [];
  const box = xml.indexOf("<mergeCells", from);
  if (box < 0) return out;
  for (const e of findAll(xml, "mergeCell", box)) {
    const ref = parseAttrs(e.tag).ref ?? "";
    const [a, b = a] = ref.split(":");
    parseRef(a, 0, a.length);
    const r1 = refRow,
      c1 = refCol;
    parseRef(b, 0, b.length);
    if (r1 >= 0 && refRow >= 0) out.push({ r1, c1, r2: refRow, c2: refCol });
  }
  return out;
}

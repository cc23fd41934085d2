/**
 * The smallest honest bridge between the two hosts' worlds, for the cross-host tests: an .xlsx opened
 * "in Excel" (a FakeExcel holding its values, fills, notes with authors, visibility and the raw
 * `_xinfang_marks` rows), and a FakeExcel "saved" back into that .xlsx (fills, notes and the
 * bookkeeping sheet written into the package by plain XML surgery, independent of the file host's
 * writer). It models what marks touch and nothing else: values must be unchanged (checked), number
 * formats, formulas, merges, fonts and rich note formatting are not carried, only solid RGB fills are,
 * and Excel's renumbering of styles on save is not imitated.
 */
import { a1, parseA1, type CellValue } from "../../../src/core/grid";
import { MARK_SHEET, XlsxWorkbook } from "../../../src/hosts/file";
import { FakeExcel, type FakeSheet } from "../excel/fake-excel";
import { unzipParts, zipParts, type Parts } from "../../fixtures/xlsx/zip-parts";

const MAX_COLS = 16384;
const key = (r: number, c: number): number => r * MAX_COLS + c;
const dec = new TextDecoder();
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface CellLook {
  value: string | number | boolean | null;
  /** `#RRGGBB`, null = none, "other" = a fill that is not solid RGB. */
  fill: string | null;
  note: string | null;
}

/** What a clerk sees in every cell of every sheet (the bookkeeping sheet left out): value, fill, note. */
export function readLooks(bytes: Uint8Array): Record<string, Record<string, CellLook>> {
  const wb = XlsxWorkbook.open(bytes);
  const parts = texts(bytes);
  const out: Record<string, Record<string, CellLook>> = {};
  for (const sheet of wb.grid().sheets) {
    const part = wb.sheetPart(sheet.name)!;
    const cells: Record<string, CellLook> = {};
    const look = (ref: string): CellLook => (cells[ref] ??= { value: null, fill: null, note: null });
    sheet.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null) look(a1(r, c)).value = plain(v);
      }),
    );
    const fills = fillsOf(parts);
    for (const [ref, xf] of cellStyles(parts[part])) {
      const fill = fills(xf);
      if (fill !== null) look(ref).fill = fill;
    }
    for (const [ref, n] of notesOf(parts, part)) look(ref).note = n.text;
    out[sheet.name] = cells;
  }
  return out;
}

/** "Excel opens the file": every worksheet with its values, fills, notes (and authors) and visibility. */
export function openInExcel(bytes: Uint8Array): FakeExcel {
  const wb = XlsxWorkbook.open(bytes);
  const parts = texts(bytes);
  const grid = wb.grid();
  const excel = new FakeExcel();
  const fills = fillsOf(parts);
  for (const { name, state } of wb.sheetList()) {
    const part = wb.sheetPart(name);
    if (!part) continue;
    const rows =
      name === MARK_SHEET
        ? rawRows(parts[part])
        : grid.sheets.find((s) => s.name === name)!.rows.map((r) => (r ?? []).map((v) => plain(v) ?? ""));
    const visibility = state === "veryHidden" ? "VeryHidden" : state === "hidden" ? "Hidden" : "Visible";
    const sheet = excel.addSheet(name, rows, { visibility });
    for (const [ref, xf] of cellStyles(parts[part])) {
      const fill = fills(xf);
      if (fill === "other") throw new Error(`bridge: ${name}!${ref} has a fill that is not solid RGB`);
      const at = parseA1(ref)!;
      if (fill) sheet.fills.set(key(at.row, at.col), fill);
    }
    for (const [ref, n] of notesOf(parts, part)) {
      const at = parseA1(ref)!;
      sheet.notes.set(key(at.row, at.col), n.text);
      sheet.noteAuthors.set(key(at.row, at.col), n.author);
    }
  }
  return excel;
}

/**
 * "Excel saves the file": `base` (the file `excel` was opened from) with the fills, notes and
 * bookkeeping sheet `excel` has now. Throws where the bridge cannot say it honestly (values changed,
 * a sheet added or removed other than the bookkeeping, a filled cell missing from a row that is).
 */
export function saveFromExcel(base: Uint8Array, excel: FakeExcel): Uint8Array {
  const wb = XlsxWorkbook.open(base);
  const parts = texts(base);
  const before = openInExcel(base);
  for (const sheet of excel.sheets) {
    if (sheet.name === MARK_SHEET) continue;
    const part = wb.sheetPart(sheet.name);
    const was = before.findSheet(sheet.name);
    if (!part || !was) throw new Error(`bridge: sheet ${sheet.name} is not in the file`);
    if (JSON.stringify(trim(sheet.values)) !== JSON.stringify(trim(was.values)))
      throw new Error(`bridge: values of ${sheet.name} changed`);
    for (const k of new Set([...sheet.fills.keys(), ...was.fills.keys()])) {
      const fill = sheet.fills.get(k) ?? null;
      if (fill !== (was.fills.get(k) ?? null)) setFill(parts, part, a1(Math.floor(k / MAX_COLS), k % MAX_COLS), fill);
    }
    if (noteList(sheet) !== noteList(was)) setNotes(parts, part, sheet);
  }
  const book = excel.findSheet(MARK_SHEET);
  const bookPart = wb.sheetPart(MARK_SHEET);
  if (book && bookPart) parts[bookPart] = sheetXml(book.values);
  else if (book) addBookSheet(parts, book);
  else if (bookPart) removeBookSheet(parts, bookPart);
  const out: Parts = {};
  for (const [name, data] of Object.entries(unzipParts(base))) if (!isText(name)) out[name] = data;
  return zipParts({ ...out, ...parts });
}

// ---------------------------------------------------------------- reading

const isText = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/** The XML parts of a package as text (binary parts are left out; saveFromExcel copies them as they are). */
function texts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipParts(bytes))) if (isText(name)) out[name] = dec.decode(data);
  return out;
}

function plain(v: CellValue): string | number | boolean | null {
  return v !== null && typeof v === "object" ? v.error : v;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const CELL = /<c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The style index of every cell element (0 when it has no `s`). */
function cellStyles(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of xml.matchAll(CELL)) {
    const tag = m[0].slice(0, m[0].indexOf(">") + 1);
    out.set(m[1], Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0));
  }
  return out;
}

function items(xml: string, box: string, item: string): string[] {
  const inner = new RegExp(`<${box}\\b[^>]*>([\\s\\S]*?)</${box}>`).exec(xml)?.[1] ?? "";
  return inner.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

/** xf index → the fill it shows, read from styles.xml without the host's Styles class. */
function fillsOf(parts: Record<string, string>): (xf: number) => string | null {
  const styles = parts["xl/styles.xml"];
  const xfs = items(styles, "cellXfs", "xf");
  const fills = items(styles, "fills", "fill");
  return (xf) => {
    const fill = fills[Number(/fillId="(\d+)"/.exec(xfs[xf] ?? "")?.[1] ?? 0)] ?? "";
    const pattern = /patternType="(\w+)"/.exec(fill)?.[1];
    if (pattern === undefined || pattern === "none") return null;
    const rgb = /<fgColor\s[^>]*rgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"/.exec(fill)?.[1];
    return pattern === "solid" && rgb ? "#" + rgb.toUpperCase() : "other";
  };
}

/** The part a sheet's relationship of `type` points at, with the rels part and the relationship id. */
function related(parts: Record<string, string>, sheetPart: string, type: string): string | undefined {
  const dir = sheetPart.slice(0, sheetPart.lastIndexOf("/"));
  const rels = parts[`${dir}/_rels/${sheetPart.slice(dir.length + 1)}.rels`] ?? "";
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!new RegExp(`Type="[^"]*/${type}"`).test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])![1];
    if (target.startsWith("/")) return target.slice(1);
    const path = `${dir}/${target}`.split("/");
    const out: string[] = [];
    for (const p of path)
      if (p === "..") out.pop();
      else out.push(p);
    return out.join("/");
  }
  return undefined;
}

function notesOf(parts: Record<string, string>, sheetPart: string): Map<string, { author: string; text: string }> {
  const out = new Map<string, { author: string; text: string }>();
  const part = related(parts, sheetPart, "comments");
  const xml = part ? parts[part] : undefined;
  if (!xml) return out;
  const authors = items(xml, "authors", "author").map((a) => unescape(a.replace(/<\/?author>/g, "")));
  for (const c of items(xml, "commentList", "comment")) {
    const ref = /ref="([A-Z]+\d+)"/.exec(c)![1];
    const author = authors[Number(/authorId="(\d+)"/.exec(c)?.[1] ?? 0)] ?? "";
    const text = [...c.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join("");
    out.set(ref, { author, text });
  }
  return out;
}

/** Cells of an owned sheet as written (inline strings and numbers), for the bookkeeping sheet. */
function rawRows(xml: string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const m of xml.matchAll(CELL)) {
    const at = parseA1(m[1])!;
    const t = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/.exec(m[0]);
    const v = /<v>([^<]*)<\/v>/.exec(m[0]);
    const value = t ? unescape(t[1]) : v ? Number(v[1]) : "";
    const row = (rows[at.row] ??= []);
    while (row.length < at.col) row.push("");
    row[at.col] = value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

// ---------------------------------------------------------------- writing

function trim(values: unknown[][]): unknown[][] {
  const rows = values.map((r) => {
    const row = (r ?? []).slice();
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function noteList(sheet: FakeSheet): string {
  const author = (k: number): string => sheet.noteAuthors.get(k) ?? "当前用户";
  return JSON.stringify([...sheet.notes].sort((a, b) => a[0] - b[0]).map(([k, t]) => [k, t, author(k)]));
}

function appendItem(xml: string, box: string, item: string): { xml: string; index: number } {
  const m = new RegExp(`<${box}\\b[^>]*count="(\\d+)"[^>]*>`).exec(xml)!;
  const index = items(xml, box, item.match(/^<(\w+)/)![1]).length;
  const close = xml.indexOf(`</${box}>`, m.index);
  const tag = m[0].replace(/count="\d+"/, `count="${index + 1}"`);
  return {
    xml: xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length, close) + item + xml.slice(close),
    index,
  };
}

/** Gives a cell a copy of its style with another fill (none, or solid `#RRGGBB`), as Excel would. */
function setFill(parts: Record<string, string>, sheetPart: string, ref: string, fill: string | null): void {
  let styles = parts["xl/styles.xml"];
  let fillId = 0;
  if (fill) {
    const added = appendItem(
      styles,
      "fills",
      `<fill><patternFill patternType="solid"><fgColor rgb="FF${fill.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    styles = added.xml;
    fillId = added.index;
  }
  let sheet = parts[sheetPart];
  const xf = cellStyles(sheet).get(ref) ?? 0;
  const xfXml = items(styles, "cellXfs", "xf")[xf].replace(/fillId="\d+"/, `fillId="${fillId}"`);
  const added = appendItem(styles, "cellXfs", xfXml);
  parts["xl/styles.xml"] = added.xml;
  const cell = new RegExp(`<c\\s[^>]*?\\br="${ref}"[^>]*?(/>|>)`).exec(sheet);
  if (cell) {
    const tag = /\ss="\d+"/.test(cell[0])
      ? cell[0].replace(/\ss="\d+"/, ` s="${added.index}"`)
      : cell[0].replace(/^<c/, `<c s="${added.index}"`);
    sheet = sheet.slice(0, cell.index) + tag + sheet.slice(cell.index + cell[0].length);
  } else {
    const at = parseA1(ref)!;
    const row = new RegExp(`<row\\b[^>]*\\br="${at.row + 1}"[^>]*>`).exec(sheet);
    if (!row) throw new Error(`bridge: row ${at.row + 1} of ${sheetPart} does not exist`);
    const end = sheet.indexOf("</row>", row.index);
    let at2 = end;
    for (const m of sheet.slice(row.index, end).matchAll(CELL)) {
      if (parseA1(m[1])!.col > at.col) {
        at2 = row.index + m.index!;
        break;
      }
    }
    sheet = sheet.slice(0, at2) + `<c r="${ref}" s="${added.index}"/>` + sheet.slice(at2);
  }
  parts[sheetPart] = sheet;
}

/** Rewrites a sheet's legacy comments and their VML shapes from the notes `sheet` has. */
function setNotes(parts: Record<string, string>, sheetPart: string, sheet: FakeSheet): void {
  let comments = related(parts, sheetPart, "comments");
  let vml = related(parts, sheetPart, "vmlDrawing");
  if (!comments || !vml) ({ comments, vml } = addNoteParts(parts, sheetPart));
  const notes = [...sheet.notes].sort((a, b) => a[0] - b[0]);
  const authors: string[] = [];
  const authorId = (k: number): number => {
    const a = sheet.noteAuthors.get(k) ?? "当前用户";
    if (!authors.includes(a)) authors.push(a);
    return authors.indexOf(a);
  };
  const list = notes
    .map(([k, text]) => {
      const ref = a1(Math.floor(k / MAX_COLS), k % MAX_COLS);
      return `<comment ref="${ref}" authorId="${authorId(k)}"><text><t xml:space="preserve">${escape(text)}</t></text></comment>`;
    })
    .join("");
  parts[comments] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors>` +
    authors.map((a) => `<author>${escape(a)}</author>`).join("") +
    `</authors><commentList>${list}</commentList></comments>`;
  const head = parts[vml].replace(/<v:shape\s[\s\S]*?<\/v:shape>/g, "").replace(/<\/xml>\s*$/, "");
  const block = Number(/<o:idmap[^>]*data="(\d+)"/.exec(head)?.[1] ?? 1);
  const shapes = notes.map(([k], i) => {
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    return (
      `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;visibility:hidden">` +
      `<x:ClientData ObjectType="Note"><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 4</x:Anchor>` +
      `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  parts[vml] = head + shapes.join("") + "</xml>";
}

function addNoteParts(parts: Record<string, string>, sheetPart: string): { comments: string; vml: string } {
  let n = 1;
  while (parts[`xl/comments${n}.xml`] !== undefined || parts[`xl/drawings/vmlDrawing${n}.vml`] !== undefined) n++;
  const comments = `xl/comments${n}.xml`;
  const vml = `xl/drawings/vmlDrawing${n}.vml`;
  const blocks = Object.values(parts).flatMap((x) =>
    [...x.matchAll(/<o:idmap[^>]*data="(\d+)"/g)].map((m) => Number(m[1])),
  );
  parts[vml] =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${Math.max(0, ...blocks) + 1}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/></xml>';
  const dir = sheetPart.slice(0, sheetPart.lastIndexOf("/"));
  const relsPart = `${dir}/_rels/${sheetPart.slice(dir.length + 1)}.rels`;
  const rels =
    parts[relsPart] ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  parts[relsPart] = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdBridgeC" Type="${REL}/comments" Target="../comments${n}.xml"/>` +
      `<Relationship Id="rIdBridgeV" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/></Relationships>`,
  );
  addContentType(parts, comments, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  if (!/Extension="vml"/.test(parts["[Content_Types].xml"]))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
      "<Override",
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override',
    );
  // legacyDrawing follows pageMargins/pageSetup/headerFooter/drawing; the test sheets end there.
  parts[sheetPart] = parts[sheetPart].replace("</worksheet>", `<legacyDrawing r:id="rIdBridgeV"/></worksheet>`);
  return { comments, vml };
}

function addContentType(parts: Record<string, string>, part: string, type: string): void {
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    "</Types>",
    `<Override PartName="/${part}" ContentType="${type}"/></Types>`,
  );
}

function sheetXml(values: unknown[][]): string {
  const rows = trim(values)
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = a1(r, c);
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          if (v === "" || v === null || v === undefined) return "";
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(String(v))}</t></is></c>`;
        })
        .join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

function addBookSheet(parts: Record<string, string>, book: FakeSheet): void {
  let n = 1;
  while (parts[`xl/worksheets/sheet${n}.xml`] !== undefined) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  parts[part] = sheetXml(book.values);
  addContentType(parts, part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
    "</Relationships>",
    `<Relationship Id="rIdBridgeBook" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
  );
  const ids = [...parts["xl/workbook.xml"].matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const state = book.visibility === "VeryHidden" ? "veryHidden" : book.visibility === "Hidden" ? "hidden" : "visible";
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
    "</sheets>",
    `<sheet name="${MARK_SHEET}" sheetId="${Math.max(...ids) + 1}" state="${state}" r:id="rIdBridgeBook"/></sheets>`,
  );
}

/** Deletes the bookkeeping sheet as Excel does when the add-in deleted it (it is the last sheet). */
function removeBookSheet(parts: Record<string, string>, part: string): void {
  const wbXml = parts["xl/workbook.xml"];
  const el = new RegExp(`<sheet\\b[^>]*name="${MARK_SHEET}"[^>]*/>`).exec(wbXml)!;
  if (
    wbXml.indexOf("<sheet ", el.index + 1) >= 0 &&
    wbXml.indexOf("<sheet ", el.index + 1) < wbXml.indexOf("</sheets>")
  )
    throw new Error("bridge: the bookkeeping sheet is not the last sheet");
  const relId = /r:id="([^"]+)"/.exec(el[0])![1];
  parts["xl/workbook.xml"] = wbXml.slice(0, el.index) + wbXml.slice(el.index + el[0].length);
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
    new RegExp(`<Relationship\\b[^>]*Id="${relId}"[^>]*/>`),
    "",
  );
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    new RegExp(`<Override PartName="/${part}"[^>]*/>`),
    "",
  );
  delete parts[part];
}

/**
 * The add-in's notes as legacy comments (a comments part + a VML drawing, found through the sheet's
 * relationships). Our notes are recognised by their author, so each run first removes the previous
 * run's notes; comments by anyone else stay byte for byte, and a cell that already has someone's
 * comment gets no second one (the message is in the 校验结果 sheet anyway).
 */
import { a1, parseA1 } from "../../core/grid";
import { CONTENT_TYPE, REL, relTypeIs, type OpcPackage } from "./package";
import { escapeXml, findAll, findElement, parseAttrs, richText, splice, unescapeXml, type Edit } from "./xml";

import { NOTE_AUTHOR } from "../marks-format";

export { NOTE_AUTHOR };

export interface Note {
  row: number;
  col: number;
  text: string;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface CommentEntry {
  ref: string;
  xml: string;
  ours: boolean;
}

/** Text of every comment on a sheet by cell (author → text), for tests and previews. */
export function readComments(pkg: OpcPackage, sheetPart: string): Map<string, { author: string; text: string }> {
  const out = new Map<string, { author: string; text: string }>();
  const rel = pkg.rels(sheetPart).find((r) => relTypeIs(r.type, REL.comments) && r.part);
  const xml = rel?.part ? pkg.getText(rel.part) : undefined;
  if (!xml) return out;
  const authors = authorList(xml);
  for (const e of findAll(xml, "comment")) {
    const a = parseAttrs(e.tag);
    out.set(a.ref ?? "", {
      author: authors[Number(a.authorId ?? 0)] ?? "",
      text: richText(xml.slice(e.innerStart, e.innerEnd)),
    });
  }
  return out;
}

function authorList(xml: string): string[] {
  const box = findElement(xml, "authors");
  if (!box) return [];
  return findAll(xml, "author", box.innerStart, box.innerEnd).map((e) =>
    unescapeXml(xml.slice(e.innerStart, e.innerEnd)),
  );
}

/**
 * The note every cell of a sheet will show once the previous marks are undone (before new marks):
 * anyone's comment but ours, with the notes the Excel add-in replaced put back (`foreignNotes`), exactly
 * as replaceNotes leaves them. This is the 原批注 of a cell marked now.
 */
export function notesBeforeMarks(
  pkg: OpcPackage,
  sheetPart: string,
  foreignNotes: ReadonlyMap<string, string | null>,
): Map<string, string> {
  const out = new Map<string, string>();
  const rel = pkg.rels(sheetPart).find((r) => relTypeIs(r.type, REL.comments) && r.part);
  const xml = rel?.part ? pkg.getText(rel.part) : undefined;
  if (!xml) return out;
  // Most comments are ours on a marked ledger: their text is never needed, so it is not extracted.
  for (const e of commentEntries(xml, authorList(xml))) {
    if (e.ours) continue;
    const before = foreignNotes.has(e.ref) ? foreignNotes.get(e.ref)! : commentText(e.xml);
    if (before !== null) out.set(e.ref, before);
  }
  return out;
}

/**
 * Replaces the add-in's notes on a sheet with `notes`. Writes the comments and VML parts into the
 * package and returns the edits the sheet XML needs (a legacyDrawing reference added/removed), in
 * `sheetXml`'s coordinates, so they are spliced with the cell edits in one pass over a big sheet.
 * Only the root tag and what follows `</sheetData>` are touched.
 */
export function replaceNotes(
  pkg: OpcPackage,
  sheetPart: string,
  sheetXml: string,
  notes: readonly Note[],
  /** Notes the Excel add-in put on cells, by ref → the note the cell had before (null = none). */
  foreignNotes: ReadonlyMap<string, string | null> = new Map(),
): Edit[] {
  const rels = pkg.rels(sheetPart);
  const commentsRel = rels.find((r) => relTypeIs(r.type, REL.comments) && r.part && pkg.has(r.part));
  const legacy = legacyDrawing(sheetXml);
  const legacyId = legacy ? /\s(?:\w+:)?id\s*=\s*"([^"]+)"/.exec(legacy.tag)?.[1] : undefined;
  const vmlRel =
    rels.find((r) => r.id === legacyId && r.part) ??
    rels.find((r) => relTypeIs(r.type, REL.vmlDrawing) && r.part && pkg.has(r.part));
  if (!commentsRel && notes.length === 0) return [];

  const oldXml = commentsRel?.part ? pkg.getText(commentsRel.part) : undefined;
  const authors = oldXml ? authorList(oldXml) : [];
  const entries = oldXml ? commentEntries(oldXml, authors) : [];
  const removed = new Set(entries.filter((e) => e.ours || foreignNotes.get(e.ref) === null).map((e) => e.ref));
  const survivors = entries.filter((e) => !removed.has(e.ref));
  const kept = survivors.map((e) => {
    const before = foreignNotes.get(e.ref);
    // A note that already reads as recorded keeps its runs (bold author line and all).
    return before === undefined || before === null || commentText(e.xml) === before
      ? e
      : { ...e, xml: withText(e.xml, before) };
  });
  const restoredTexts = kept.some((e, i) => e !== survivors[i]);
  const userRefs = new Set(kept.map((e) => e.ref));
  const added = notes.filter((n) => !userRefs.has(a1(n.row, n.col))).sort((a, b) => a.row - b.row || a.col - b.col);
  if (removed.size === 0 && added.length === 0 && !restoredTexts) return [];

  // Comments part.
  let ourAuthor = authors.indexOf(NOTE_AUTHOR);
  let authorsXml: string | undefined;
  if (ourAuthor < 0 && added.length) {
    ourAuthor = authors.length;
    authorsXml = `<author>${NOTE_AUTHOR}</author>`;
  }
  const newComments = added.map((n) => commentXml(n, ourAuthor)).join("");
  const vmlXml = vmlRel?.part ? pkg.getText(vmlRel.part) : undefined;
  const vmlOut = updateVml(vmlXml, removed, added, vmlXml === undefined ? freeShapeBlock(pkg) : 1);
  const empty = kept.length === 0 && added.length === 0 && (vmlOut === undefined || !/<v:shape[\s>]/.test(vmlOut));

  const dropLegacy: Edit[] = legacy ? [{ start: legacy.start, end: legacy.end, text: "" }] : [];
  if (empty && commentsRel?.part) {
    // Nothing left: take the parts away so the sheet is as it was before the first run.
    pkg.remove(commentsRel.part);
    if (vmlRel?.part) pkg.remove(vmlRel.part);
    removeRels(pkg, sheetPart, [commentsRel.id, ...(vmlRel ? [vmlRel.id] : [])]);
    return dropLegacy;
  }

  let commentsPart = commentsRel?.part;
  if (oldXml !== undefined && commentsPart) {
    let xml = oldXml;
    const list = findElement(xml, "commentList");
    const keptXml = kept.map((e) => e.xml).join("");
    if (list)
      xml = xml.slice(0, list.start) + `<commentList>${keptXml}${newComments}</commentList>` + xml.slice(list.end);
    if (authorsXml) {
      const box = findElement(xml, "authors")!;
      xml =
        box.innerEnd > box.innerStart || !box.tag.endsWith("/>")
          ? xml.slice(0, box.innerEnd) + authorsXml + xml.slice(box.innerEnd)
          : xml.slice(0, box.start) + `<authors>${authorsXml}</authors>` + xml.slice(box.end);
    }
    pkg.setText(commentsPart, xml);
  } else {
    commentsPart = pkg.freeName("xl/comments", ".xml");
    pkg.setText(
      commentsPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<authors><author>${NOTE_AUTHOR}</author></authors><commentList>${newComments}</commentList></comments>`,
    );
    pkg.ensureContentType(commentsPart, CONTENT_TYPE.comments);
    pkg.addRel(sheetPart, REL.comments, commentsPart);
  }

  if (vmlRel?.part) {
    pkg.setText(vmlRel.part, vmlOut!);
    return legacyId ? [] : addLegacyDrawing(sheetXml, vmlRel.id);
  }
  const vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
  pkg.setText(vmlPart, vmlOut!);
  pkg.ensureContentType(vmlPart, CONTENT_TYPE.vml, true);
  const id = pkg.addRel(sheetPart, REL.vmlDrawing, vmlPart);
  // A stale legacyDrawing (its part gone) is not one of the elements addLegacyDrawing places
  // the new one before, so both edits can be taken against the same text.
  return [...dropLegacy, ...addLegacyDrawing(sheetXml, id)];
}

function commentEntries(xml: string, authors: string[]): CommentEntry[] {
  const list = findElement(xml, "commentList");
  if (!list) return [];
  return findAll(xml, "comment", list.innerStart, list.innerEnd).map((e) => {
    const a = parseAttrs(e.tag);
    return { ref: a.ref ?? "", xml: xml.slice(e.start, e.end), ours: authors[Number(a.authorId ?? 0)] === NOTE_AUTHOR };
  });
}

/** The text of a `<comment>` element (all runs). */
function commentText(commentXml: string): string {
  return richText(commentXml.slice(commentXml.indexOf(">") + 1, commentXml.lastIndexOf("</comment>")));
}

/** A comment element with its text replaced (the note a cell had before the Excel add-in marked it). */
function withText(commentXml: string, text: string): string {
  const open = commentXml.slice(0, commentXml.indexOf(">") + 1);
  return `${open}<text><t xml:space="preserve">${escapeXml(text)}</t></text></comment>`;
}

function commentXml(n: Note, author: number): string {
  return (
    `<comment ref="${a1(n.row, n.col)}" authorId="${author}"><text>` +
    `<r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>${NOTE_AUTHOR}:</t></r>` +
    `<r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n${escapeXml(n.text)}</t></r>` +
    `</text></comment>`
  );
}

/** Reads a note's text back without the author prefix. */
export function noteBody(text: string): string {
  return text.startsWith(NOTE_AUTHOR + ":\n") ? text.slice(NOTE_AUTHOR.length + 2) : text;
}

const VML_HEAD = (idmap: number): string =>
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>`;
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** `block` is the shape-id block (idmap) of a new drawing; an existing drawing continues its own ids. */
function updateVml(xml: string | undefined, removed: Set<string>, added: readonly Note[], block: number): string {
  let out = xml ?? VML_HEAD(block) + SHAPETYPE + "</xml>";
  if (removed.size) {
    const drop = findAll(out, "v:shape").filter((s) => {
      const body = out.slice(s.innerStart, s.innerEnd);
      if (!/ObjectType\s*=\s*"Note"/.test(body)) return false;
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(body)?.[1];
      const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(body)?.[1];
      return row !== undefined && col !== undefined && removed.has(a1(Number(row), Number(col)));
    });
    out = splice(
      out,
      drop.map((s) => ({ start: s.start, end: s.end, text: "" })),
    );
  }
  if (added.length) {
    if (!/<v:shapetype[^>]*id\s*=\s*"_x0000_t202"/.test(out)) out = insertBeforeClose(out, SHAPETYPE);
    let next = Math.max(block * 1024, ...[...out.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
    out = insertBeforeClose(out, added.map((n) => shapeXml(n, next++)).join(""));
  }
  return out;
}

function insertBeforeClose(xml: string, text: string): string {
  const close = xml.lastIndexOf("</xml>");
  return close >= 0 ? xml.slice(0, close) + text + xml.slice(close) : xml + text;
}

function shapeXml(n: Note, id: number): string {
  const lines = Math.min(12, n.text.split("\n").length + Math.ceil(n.text.length / 18));
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;` +
    `width:200pt;height:${20 + lines * 12}pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 2 + lines}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * VML shape ids are workbook-wide, in blocks of 1024 announced by `o:idmap`. A new drawing takes the
 * block after every block any other drawing uses, so ids never collide.
 */
function freeShapeBlock(pkg: OpcPackage): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    const xml = pkg.getText(name) ?? "";
    for (const m of xml.matchAll(/<o:idmap[^>]*data\s*=\s*"([^"]*)"/g)) {
      for (const n of m[1].split(/[,\s]+/)) if (/^\d+$/.test(n)) max = Math.max(max, Number(n));
    }
    for (const m of xml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max + 1;
}

/** The sheet's `<legacyDrawing>` element; searched from the end, where it lives, not through 100 MB of cells. */
function legacyDrawing(sheetXml: string): { start: number; end: number; tag: string } | undefined {
  const start = sheetXml.indexOf("<legacyDrawing ", afterSheetData(sheetXml));
  if (start < 0) return undefined;
  const end = sheetXml.indexOf(">", start) + 1;
  return { start, end, tag: sheetXml.slice(start, end) };
}

/** Elements that must follow <legacyDrawing> in a worksheet (schema order). */
const AFTER_LEGACY = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function addLegacyDrawing(sheetXml: string, relId: string): Edit[] {
  const edits: Edit[] = [];
  let prefix = /xmlns:(\w+)\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")) + 1),
  )?.[1];
  if (!prefix) {
    prefix = "r";
    const root = /<worksheet\b/.exec(sheetXml);
    if (root) edits.push({ start: root.index, end: root.index + 10, text: `<worksheet xmlns:r="${REL_NS}"` });
  }
  const el = `<legacyDrawing ${prefix}:id="${relId}"/>`;
  const base = afterSheetData(sheetXml);
  const tail = sheetXml.slice(base);
  for (const name of AFTER_LEGACY) {
    const e = findElement(tail, name);
    if (e) return [...edits, { start: base + e.start, end: base + e.start, text: el }];
  }
  const close = sheetXml.lastIndexOf("</worksheet>");
  return [...edits, { start: close, end: close, text: el }];
}

/** Where the elements after the cells start: past `</sheetData>` (or an empty `<sheetData/>`). */
function afterSheetData(sheetXml: string): number {
  const close = sheetXml.lastIndexOf("</sheetData>");
  if (close >= 0) return close;
  const open = sheetXml.indexOf("<sheetData");
  return open < 0 ? 0 : sheetXml.indexOf(">", open) + 1;
}

function removeRels(pkg: OpcPackage, part: string, ids: string[]): void {
  const relsPart = pkg.relsPartOf(part);
  let xml = pkg.getText(relsPart);
  if (!xml) return;
  for (const e of findAll(xml, "Relationship").reverse()) {
    if (ids.includes(parseAttrs(e.tag).Id ?? "")) xml = xml.slice(0, e.start) + xml.slice(e.end);
  }
  if (findAll(xml, "Relationship").length === 0) pkg.remove(relsPart);
  else pkg.setText(relsPart, xml);
}

/** Whether a ref is a valid A1 address (guards against odd comment refs). */
export function isRef(ref: string): boolean {
  return parseA1(ref) !== undefined;
}

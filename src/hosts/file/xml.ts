/**
 * Small string-level XML helpers. The package is edited as text: we locate elements by scanning,
 * replace exact substrings and leave every other byte alone, so no DOM and no re-serialisation.
 */

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes entities and Excel's `_xHHHH_` escapes (used for control characters such as `_x000D_`). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
      if (e[0] !== "#") return ENTITY[e] ?? m;
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    });
  }
  if (s.indexOf("_x") >= 0) {
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return s;
}

/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8 makes a slice of 13 or more
 * characters a view into its parent, so one inline string left in the grid would hold a 228 MB sheet
 * text in memory after the package has let it go. Concatenating, then slicing, forces a flat copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** Escapes text content and attribute values; control characters become `_xHHHH_` as Excel writes them. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex -- the characters the replaces below deal with
  if (!/[&<>"_\x00-\x08\x0b-\x1f]/.test(s)) return s;
  return (
    s
      .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1")
      .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
      // eslint-disable-next-line no-control-regex -- XML cannot carry these (CR would be normalised away); Excel writes them as _xHHHH_
      .replace(/[\x00-\x08\x0b-\x0d\x0e-\x1f]/g, (c) => "_x" + c.charCodeAt(0).toString(16).padStart(4, "0") + "_")
  );
}

/** Attributes of one start tag (the text from `<name` to `>`), by local-name-with-prefix. */
export function parseAttrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  const start = tag.search(/\s/);
  if (start < 0) return out;
  re.lastIndex = start;
  while ((m = re.exec(tag))) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** Sets (or adds) an attribute on a start tag string, keeping the rest of the tag as is. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, pre: string) => pre + v);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${v}${tag.slice(close)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

export interface Element {
  /** Start offset of `<name`. */
  start: number;
  /** Offset just past the element (after `/>` or the closing tag). */
  end: number;
  /** The start tag text. */
  tag: string;
  /** Offsets of the inner content (equal when self-closing). */
  innerStart: number;
  innerEnd: number;
}

/**
 * Finds the next element with the given qualified name at or after `from` (not nested-aware for
 * same-name descendants, which SpreadsheetML parts we touch never have).
 */
export function findElement(xml: string, name: string, from = 0, limit = xml.length): Element | undefined {
  let i = from;
  for (;;) {
    i = xml.indexOf("<" + name, i);
    if (i < 0 || i >= limit) return undefined;
    const after = xml.charCodeAt(i + name.length + 1);
    // the name must end here: whitespace, `>` or `/`
    if (after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13) break;
    i += name.length + 1;
  }
  const tagEnd = xml.indexOf(">", i);
  if (tagEnd < 0) return undefined;
  const tag = xml.slice(i, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 47) {
    return { start: i, end: tagEnd + 1, tag, innerStart: tagEnd + 1, innerEnd: tagEnd + 1 };
  }
  const close = xml.indexOf("</" + name + ">", tagEnd);
  if (close < 0) return undefined;
  return { start: i, end: close + name.length + 3, tag, innerStart: tagEnd + 1, innerEnd: close };
}

export function findAll(xml: string, name: string, from = 0, limit = xml.length): Element[] {
  const out: Element[] = [];
  let p = from;
  for (;;) {
    const e = findElement(xml, name, p, limit);
    if (!e || e.start >= limit) return out;
    out.push(e);
    p = e.end;
  }
}

/** Concatenated text of `<t>` runs, skipping phonetic runs (`<rPh>`) and the phonetic properties. */
export function richText(inner: string): string {
  let out = "";
  let p = 0;
  for (;;) {
    const t = inner.indexOf("<t", p);
    if (t < 0) return out;
    const c = inner.charCodeAt(t + 2);
    if (c !== 62 && c !== 32) {
      p = t + 2;
      continue;
    }
    const rph = inner.lastIndexOf("<rPh", t);
    if (rph >= 0 && inner.indexOf("</rPh>", rph) > t) {
      p = inner.indexOf("</rPh>", rph) + 6;
      continue;
    }
    const open = inner.indexOf(">", t);
    if (open < 0) return out;
    if (inner.charCodeAt(open - 1) === 47) {
      p = open + 1;
      continue;
    }
    let close = inner.indexOf("</t>", open);
    if (close < 0) close = inner.length;
    out += unescapeXml(inner.slice(open + 1, close));
    p = close + 4;
  }
}

/** A replacement of `xml.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Splices several replacements (sorted or not, non-overlapping) into a string in one pass. */
export function splice(xml: string, edits: Edit[]): string {
  if (edits.length === 0) return xml;
  return spliceParts(xml, edits).join("");
}

/** The pieces `splice` would join: slices of `xml` between the replacements, and their texts. */
export function spliceParts(xml: string, edits: Edit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let p = 0;
  for (const e of sorted) {
    parts.push(xml.slice(p, e.start), e.text);
    p = e.end;
  }
  parts.push(xml.slice(p));
  return parts;
}

/** Whether the pieces, joined, would be exactly `text` (without joining them). */
export function sameText(text: string, parts: readonly string[]): boolean {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length !== text.length) return false;
  let at = 0;
  for (const part of parts) {
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return true;
}

const MAIN_NS = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
];

/**
 * Some generators (the .NET Open XML SDK among them) write `<x:worksheet xmlns:x="…main">`, every
 * element prefixed. The scanners look for `<c`, `<row`, `<si`…, so such a part is rewritten with the
 * main namespace as the default (same document, same meaning). Other parts are returned as they are.
 */
export function unprefixMain(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) return xml;
    const c = xml.charCodeAt(i + 1);
    if (c !== 63 && c !== 33) break; // skip <?xml …?> and <!-- … -->
    i++;
  }
  const tagEnd = xml.indexOf(">", i);
  const root = xml.slice(i, tagEnd + 1);
  const m = /^<([A-Za-z_][\w.-]*):[A-Za-z_]/.exec(root);
  if (!m) return xml;
  const prefix = m[1];
  const ns = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*"([^"]*)"`).exec(root)?.[1];
  if (!ns || !MAIN_NS.includes(ns)) return xml;
  let out = xml.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1");
  if (!/\sxmlns\s*=/.test(root)) {
    const at = out.indexOf(">", i);
    const selfClose = out.charCodeAt(at - 1) === 47 ? at - 1 : at;
    out = `${out.slice(0, selfClose)} xmlns="${ns}"${out.slice(selfClose)}`;
  }
  return out;
}

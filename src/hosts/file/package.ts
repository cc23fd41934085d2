/**
 * The OPC package: parts by name, their relationships and content types. Parts are inflated and
 * decoded only on first read; a part counts as changed only after `setText`, and only changed
 * parts are re-compressed on output — all others keep their original compressed bytes.
 */
import { findAll, parseAttrs, escapeXml, findElement, unprefixMain } from "./xml";
import { inflateEntry, readZip, storedEntry, writeZip, type ZipEntry } from "./zip";

export interface Relationship {
  id: string;
  type: string;
  /** Target as written in the rels part. */
  target: string;
  /** Resolved part name without the leading slash (`xl/worksheets/sheet1.xml`); undefined when external. */
  part?: string;
  external: boolean;
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

const STRICT_PREFIX = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const TRANSITIONAL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** Relationship types compared by their last segment, so Strict OOXML packages resolve too. */
export function relTypeIs(type: string, wanted: string): boolean {
  return type === wanted || type.replace(STRICT_PREFIX, TRANSITIONAL_PREFIX) === wanted;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export class OpcPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  /** Lower-cased name → real name: zip names are case-insensitive in OPC. */
  private readonly byLower = new Map<string, string>();
  /** Decoded parts; a changed part may be held as pieces to be joined (see setText). */
  private readonly text = new Map<string, string | readonly string[]>();
  private readonly changed = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
    for (const e of this.entries) {
      this.byName.set(e.name, e);
      this.byLower.set(e.name.toLowerCase(), e.name);
    }
  }

  /** The real name of a part (case-insensitive lookup), or undefined. */
  resolve(part: string): string | undefined {
    if (this.byName.has(part)) return part;
    return this.byLower.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.resolve(part) !== undefined;
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  getText(part: string): string | undefined {
    const name = this.resolve(part);
    if (name === undefined) return undefined;
    const held = this.text.get(name);
    if (typeof held === "string") return held;
    let t: string;
    if (held) t = held.join("");
    else {
      t = decoder.decode(inflateEntry(this.byName.get(name)!));
      if (name.endsWith(".xml")) t = unprefixMain(t);
    }
    this.text.set(name, t);
    return t;
  }

  /** Drops the decoded text of an unchanged part (large sheets are re-inflated when needed). */
  forget(part: string): void {
    const name = this.resolve(part);
    if (name !== undefined && !this.changed.has(name)) this.text.delete(name);
  }

  /**
   * Replaces a part's content. `xml` may be given as pieces whose concatenation is the content: a big
   * sheet edited in place is then never copied into one string, only encoded piece by piece on save.
   */
  setText(part: string, xml: string | readonly string[]): void {
    const name = this.resolve(part) ?? part;
    if (!this.byName.has(name)) {
      const e: ZipEntry = {
        name,
        method: 0,
        crc: 0,
        compressedSize: 0,
        size: 0,
        dosTime: 0,
        dosDate: 33,
        raw: new Uint8Array(),
      };
      this.entries.push(e);
      this.byName.set(name, e);
      this.byLower.set(name.toLowerCase(), name);
    }
    this.text.set(name, xml);
    this.changed.add(name);
  }

  /** Removes a part and its content-type Override (an Override naming a missing part is an error). */
  remove(part: string): void {
    const name = this.resolve(part);
    if (name === undefined) return;
    this.removeOverride(name);
    const i = this.entries.findIndex((e) => e.name === name);
    if (i >= 0) this.entries.splice(i, 1);
    this.byName.delete(name);
    this.byLower.delete(name.toLowerCase());
    this.text.delete(name);
    this.changed.delete(name);
  }

  isChanged(part: string): boolean {
    const name = this.resolve(part);
    return name !== undefined && this.changed.has(name);
  }

  /**
   * The package as zip bytes. Changed parts are compressed once and become the new originals, and
   * their text is dropped: a 100 MB sheet string is not kept alive after saving. The text goes
   * before deflating, so that a big sheet is never held as text, UTF-8 and deflate buffer at once.
   */
  toBytes(): Uint8Array {
    this.entries.forEach((e, i) => {
      if (!this.changed.has(e.name)) return;
      const text = this.text.get(e.name)!;
      const data = typeof text === "string" ? encoder.encode(text) : encodePieces(text);
      this.text.delete(e.name);
      const fresh = storedEntry(e.name, data);
      this.entries[i] = fresh;
      this.byName.set(e.name, fresh);
    });
    this.changed.clear();
    return writeZip(this.entries);
  }

  // ---- relationships

  relsPartOf(part: string): string {
    const slash = part.lastIndexOf("/");
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  rels(part: string): Relationship[] {
    const relsPart = part === "" ? "_rels/.rels" : this.relsPartOf(part);
    const xml = this.getText(relsPart);
    if (xml === undefined) return [];
    const base = part.slice(0, part.lastIndexOf("/") + 1);
    return findAll(xml, "Relationship").map((e) => {
      const a = parseAttrs(e.tag);
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      const target = a.Target ?? "";
      return {
        id: a.Id ?? "",
        type: a.Type ?? "",
        target,
        external,
        part: external ? undefined : resolveTarget(base, target),
      };
    });
  }

  /** Adds a relationship; returns its new id. */
  addRel(part: string, type: string, targetPart: string): string {
    const relsPart = this.relsPartOf(part);
    const existing = this.rels(part);
    const ids = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(part, targetPart);
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
    const xml =
      this.getText(relsPart) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const close = xml.lastIndexOf("</Relationships>");
    this.setText(
      relsPart,
      close >= 0
        ? xml.slice(0, close) + rel + xml.slice(close)
        : xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`),
    );
    return id;
  }

  // ---- content types

  private removeOverride(part: string): void {
    const xml = this.getText("[Content_Types].xml");
    if (!xml) return;
    const wanted = "/" + part.toLowerCase();
    const hit = findAll(xml, "Override").find((e) => (parseAttrs(e.tag).PartName ?? "").toLowerCase() === wanted);
    if (hit) this.setText("[Content_Types].xml", xml.slice(0, hit.start) + xml.slice(hit.end));
  }

  contentTypeOf(part: string): string | undefined {
    const xml = this.getText("[Content_Types].xml") ?? "";
    for (const e of findAll(xml, "Override")) {
      const a = parseAttrs(e.tag);
      if ((a.PartName ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) return a.ContentType;
    }
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const e of findAll(xml, "Default")) {
      const a = parseAttrs(e.tag);
      if ((a.Extension ?? "").toLowerCase() === ext) return a.ContentType;
    }
    return undefined;
  }

  /** Makes sure a part has the given content type (an Override, or a Default for its extension). */
  ensureContentType(part: string, type: string, asDefaultExtension = false): void {
    if (this.contentTypeOf(part) === type) return;
    const xml = this.getText("[Content_Types].xml") ?? "";
    const entry = asDefaultExtension
      ? `<Default Extension="${part.slice(part.lastIndexOf(".") + 1)}" ContentType="${type}"/>`
      : `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
    const types = findElement(xml, "Types");
    if (!types) return;
    this.setText("[Content_Types].xml", xml.slice(0, types.innerEnd) + entry + xml.slice(types.innerEnd));
  }

  /** A part name not yet used: `xl/worksheets/sheet{n}.xml` with the smallest free n. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }
}

/** UTF-8 of the pieces' concatenation, the same bytes as encoding the joined string. */
export function encodePieces(pieces: readonly string[]): Uint8Array {
  let chars = 0;
  for (const p of pieces) chars += p.length;
  // Sheet XML is nearly all ASCII: room for the characters plus a little is usually enough.
  let out = new Uint8Array(chars + (chars >> 6) + 64);
  let n = 0;
  for (const piece of pieces) {
    let rest = piece;
    for (;;) {
      const r = encoder.encodeInto(rest, out.subarray(n));
      n += r.written;
      if (r.read === rest.length) break;
      rest = rest.slice(r.read);
      const grown = new Uint8Array(out.length + Math.max(out.length >> 1, rest.length * 3));
      grown.set(out.subarray(0, n));
      out = grown;
    }
  }
  return out.subarray(0, n);
}

/** Resolves a relationship target against the source part's folder; absolute targets start at the root. */
export function resolveTarget(base: string, target: string): string {
  const t = decodeURIComponentSafe(target.replace(/\\/g, "/"));
  const segs = (t.startsWith("/") ? t.slice(1) : base + t).split("/");
  const out: string[] = [];
  for (const s of segs) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/**
 * styles.xml: reads number formats per cell style (xf), and adds fonts/fills/borders/xfs the add-in
 * needs. Additions are appended (existing indexes never move) and deduplicated by their exact XML,
 * so re-running a check reuses the xfs of the previous run instead of growing the file.
 */
import { colourOfTag, indexedColours, themeColours, type Palette } from "./colours";
import { BUILTIN_FORMATS, isDateFormat } from "./numfmt";
import { escapeXml, findAll, findElement, parseAttrs, setAttr, type Element } from "./xml";

/** Child element name of each collection we may append to, in schema order. */
const COLLECTIONS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
  ["tableStyles", "tableStyle"],
  ["colors", "color"],
  ["extLst", "ext"],
] as const;

type CollectionName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

interface Collection {
  items: string[];
  /** Number of items present in the original XML. */
  original: number;
  index: Map<string, number>;
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export const THIN_BORDER =
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

export class Styles {
  readonly xml: string;
  private readonly cols = new Map<CollectionName, Collection>();
  private readonly formats = new Map<number, string>();
  private xfNumFmt: number[] = [];
  private xfIsDate: boolean[] = [];
  private readonly fillColours = new Map<number, string | null | undefined>();
  private readonly palette: Palette;

  /** `themeXml`: the workbook's theme part, which names the theme colours of fills (colours.ts). */
  constructor(xml: string | undefined, themeXml?: string) {
    this.xml = xml ?? MINIMAL_STYLES;
    this.palette = { theme: themeColours(themeXml), indexed: indexedColours(this.xml) };
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const) {
      const child = COLLECTIONS.find((c) => c[0] === name)![1];
      const box = findElement(this.xml, name);
      const items = box ? findAll(this.xml, child, box.innerStart, box.innerEnd).map((e) => itemXml(this.xml, e)) : [];
      const index = new Map<string, number>();
      items.forEach((it, i) => index.has(it) || index.set(it, i));
      this.cols.set(name, { items, original: items.length, index });
    }
    for (const it of this.cols.get("numFmts")!.items) {
      const a = parseAttrs(it);
      if (a.numFmtId !== undefined) this.formats.set(Number(a.numFmtId), a.formatCode ?? "");
    }
    this.refreshXfs();
  }

  private refreshXfs(): void {
    const xfs = this.cols.get("cellXfs")!.items;
    this.xfNumFmt = xfs.map((x) => Number(parseAttrs(startTag(x)).numFmtId ?? 0));
    this.xfIsDate = this.xfNumFmt.map((id) => isDateFormat(this.formatCode(id)));
  }

  get changed(): boolean {
    for (const c of this.cols.values()) if (c.items.length !== c.original) return true;
    return false;
  }

  formatCode(numFmtId: number): string | undefined {
    return this.formats.get(numFmtId) ?? BUILTIN_FORMATS[numFmtId];
  }

  /** Number-format code of a cell style; undefined for General. */
  formatOfXf(xf: number): string | undefined {
    const code = this.formatCode(this.xfNumFmt[xf] ?? 0);
    return code === undefined || code === "General" ? undefined : code;
  }

  /** The solid fill colour (ARGB, upper case) a cell style shows; undefined when none. */
  fillOfXf(xf: number): string | undefined {
    const tag = startTag(this.cols.get("cellXfs")!.items[xf] ?? "");
    const fill = this.cols.get("fills")!.items[Number(parseAttrs(tag).fillId ?? 0)] ?? "";
    if (!/patternType="solid"/.test(fill)) return undefined;
    return /<fgColor\s[^>]*rgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1].toUpperCase();
  }

  /**
   * The fill a cell style shows, as Office.js reports it (`#RRGGBB`); null for no fill; undefined when
   * it cannot be named (patterns, gradients, a theme colour without a theme part, system colours).
   */
  fillColourOfXf(xf: number): string | null | undefined {
    // Asked once per marked cell; an xf never changes once it exists.
    if (this.fillColours.has(xf)) return this.fillColours.get(xf);
    const colour = this.fillColourOf(xf);
    this.fillColours.set(xf, colour);
    return colour;
  }

  private fillColourOf(xf: number): string | null | undefined {
    const tag = startTag(this.cols.get("cellXfs")!.items[xf] ?? "");
    const fill = this.cols.get("fills")!.items[Number(parseAttrs(tag).fillId ?? 0)];
    if (fill === undefined) return null;
    const pattern = /<patternFill\b[^>]*?\bpatternType="(\w+)"/.exec(fill)?.[1];
    if (/<gradientFill\b/.test(fill)) return undefined;
    if (pattern === undefined || pattern === "none") return null;
    if (pattern !== "solid") return undefined;
    const fg = /<fgColor\s[^>]*>/.exec(fill)?.[0];
    return fg ? colourOfTag(fg, this.palette) : undefined;
  }

  isDateXf(xf: number): boolean {
    return this.xfIsDate[xf] ?? false;
  }

  xfCount(): number {
    return this.cols.get("cellXfs")!.items.length;
  }

  /** Dates of every xf at once, for the sheet scanner's hot loop. */
  dateXfs(): readonly boolean[] {
    return this.xfIsDate;
  }

  private add(name: CollectionName, item: string): number {
    const c = this.cols.get(name)!;
    const hit = c.index.get(item);
    if (hit !== undefined) return hit;
    c.items.push(item);
    c.index.set(item, c.items.length - 1);
    return c.items.length - 1;
  }

  /** Id of a number format with this code, declaring a custom one (id ≥ 164) when needed. */
  numFmtId(code: string): number {
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  solidFill(argb: string): number {
    return this.add(
      "fills",
      `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  border(xml: string): number {
    return this.add("borders", xml);
  }

  /** A variant of the workbook's default font (font 0): bold, sized, underlined/blue for links. */
  font(opts: { bold?: boolean; size?: number; link?: boolean }): number {
    const fonts = this.cols.get("fonts")!.items;
    let f = fonts[0] ?? '<font><sz val="11"/><name val="宋体"/><charset val="134"/></font>';
    if (!opts.bold && opts.size === undefined && !opts.link) return 0;
    if (/^<font[^>]*\/>$/.test(f)) f = f.replace(/\s*\/>$/, "></font>");
    f = f.replace(/<b\/>|<b val="[^"]*"\/>/g, "");
    if (opts.size !== undefined) {
      f = /<sz\s/.test(f)
        ? f.replace(/<sz val="[^"]*"\/>/, `<sz val="${opts.size}"/>`)
        : f.replace(/^<font([^>]*)>/, `<font$1><sz val="${opts.size}"/>`);
    }
    if (opts.link) f = f.replace(/<color [^>]*\/>/, "").replace(/<u\/>|<u val="[^"]*"\/>/g, "");
    const extra = (opts.bold ? "<b/>" : "") + (opts.link ? '<u/><color rgb="FF0563C1"/>' : "");
    f = f.replace(/^<font([^>]*)>/, `<font$1>${extra}`);
    return this.add("fonts", f);
  }

  /** A copy of cell style `xf` with some attributes replaced (fill, number format, font, border). */
  cloneXf(xf: number, change: { fillId?: number; numFmtId?: number; fontId?: number; borderId?: number }): number {
    const xfs = this.cols.get("cellXfs")!.items;
    const base = xfs[xf] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    let tag = startTag(base);
    const rest = base.slice(tag.length);
    const set = (attr: string, apply: string, v: number | undefined): void => {
      if (v === undefined) return;
      tag = setAttr(setAttr(tag, attr, String(v)), apply, "1");
    };
    set("fillId", "applyFill", change.fillId);
    set("numFmtId", "applyNumberFormat", change.numFmtId);
    set("fontId", "applyFont", change.fontId);
    set("borderId", "applyBorder", change.borderId);
    const n = this.add("cellXfs", tag + rest);
    if (n >= this.xfNumFmt.length) this.refreshXfs();
    return n;
  }

  /** A fresh style for owned sheets, based on the workbook's normal style (xf 0). */
  ownedXf(opts: {
    bold?: boolean;
    size?: number;
    link?: boolean;
    border?: boolean;
    percent?: boolean;
    wrap?: boolean;
  }): number {
    const fontId = this.font(opts);
    const borderId = opts.border ? this.border(THIN_BORDER) : 0;
    const numFmtId = opts.percent ? 10 : 0;
    const align = opts.wrap ? '<alignment vertical="center" wrapText="1"/>' : '<alignment vertical="center"/>';
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1" applyBorder="1" applyAlignment="1">${align}</xf>`;
    const n = this.add("cellXfs", xml);
    if (n >= this.xfNumFmt.length) this.refreshXfs();
    return n;
  }

  /** styles.xml with the additions spliced in; byte-identical to the input when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    // Later collections first so earlier offsets stay valid.
    for (const name of ["cellXfs", "borders", "fills", "fonts", "numFmts"] as const) {
      const c = this.cols.get(name)!;
      if (c.items.length === c.original) continue;
      const added = c.items.slice(c.original).join("");
      const box = findElement(xml, name);
      if (box && box.innerEnd > box.innerStart) {
        const tag = setAttr(box.tag, "count", String(c.items.length));
        xml = xml.slice(0, box.start) + tag + xml.slice(box.innerStart, box.innerEnd) + added + xml.slice(box.innerEnd);
      } else {
        const block = `<${name} count="${c.items.length}">${added}</${name}>`;
        const at = box ? box.start : insertionPoint(xml, name);
        xml = xml.slice(0, at) + block + xml.slice(box ? box.end : at);
      }
    }
    return xml;
  }
}

function itemXml(xml: string, e: Element): string {
  return xml.slice(e.start, e.end);
}

function startTag(item: string): string {
  return item.slice(0, item.indexOf(">") + 1);
}

/** Where a missing collection goes: before the first collection that follows it in schema order. */
function insertionPoint(xml: string, name: string): number {
  const order = COLLECTIONS.map((c) => c[0] as string);
  for (const later of order.slice(order.indexOf(name) + 1)) {
    const e = findElement(xml, later);
    if (e) return e.start;
  }
  return xml.lastIndexOf("</styleSheet>");
}

/** Test helpers that look at sheet XML independently of the host's own scanner. */
import { emptyPatch, type Patch } from "../../../src/core/patch";

/** Every `<c>` element of a sheet by its r attribute: the whole element text. */
export function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
  for (const m of xml.matchAll(re)) out.set(m[1], m[0]);
  return out;
}

/** The s attribute of every cell ("" when absent). */
export function cellStyles(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ref, el] of cellElements(xml)) {
    const tag = el.slice(0, el.indexOf(">") + 1);
    out.set(ref, /\ss="(\d+)"/.exec(tag)?.[1] ?? "");
  }
  return out;
}

/** The sheet XML without the given cells, `spans` hints, the dimension and rows left empty. */
export function withoutCells(xml: string, refs: Iterable<string>): string {
  const drop = new Set(refs);
  let out = xml.replace(/<c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (m, ref: string) =>
    drop.has(ref) ? "" : m,
  );
  out = out.replace(/\sspans="[^"]*"/g, "").replace(/<dimension [^>]*\/>/, "");
  return out.replace(/<row r="\d+"><\/row>/g, "");
}

/** The verbatim text of a block such as `<dataValidations …>…</dataValidations>`. */
export function block(xml: string, name: string): string | undefined {
  const start = xml.search(new RegExp(`<${name}[\\s>/]`));
  if (start < 0) return undefined;
  const selfEnd = xml.indexOf(">", start);
  if (xml[selfEnd - 1] === "/") return xml.slice(start, selfEnd + 1);
  const close = xml.indexOf(`</${name}>`, start);
  return xml.slice(start, close + name.length + 3);
}

export function patch(p: Partial<Patch>): Patch {
  return { ...emptyPatch(), ...p };
}

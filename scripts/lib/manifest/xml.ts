/**
 * A small namespace-aware element tree over saxes, enough for the manifest checks: each element
 * keeps its namespace URI, local name, attributes by qualified name, text and source line.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes by the name as written (`xsi:type`, `DefaultValue`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  parser.on("error", (e) => {
    failure ??= e.message;
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = a.value;
    const el: XmlElement = {
      uri: tag.uri ?? "",
      local: tag.local ?? tag.name,
      attrs,
      children: [],
      text: "",
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure !== undefined || !root) throw new XmlSyntaxError(`not well-formed XML: ${failure ?? "no root element"}`);
  return root;
}

/** Depth-first walk of an element and all its descendants. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

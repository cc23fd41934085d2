/**
 * sharedStrings.xml → array of plain strings. Rich-text runs are concatenated; phonetic guides
 * (`<rPh>`, pinyin/furigana) are not part of the cell's value and are skipped.
 */
import { richText, unescapeXml } from "./xml";

export function parseSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let p = 0;
  for (;;) {
    const si = xml.indexOf("<si", p);
    if (si < 0) return out;
    const c = xml.charCodeAt(si + 3);
    if (c !== 62 && c !== 32 && c !== 47) {
      p = si + 3;
      continue;
    }
    const gt = xml.indexOf(">", si);
    if (gt < 0) return out;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push(""); // <si/>
      p = gt + 1;
      continue;
    }
    let close = xml.indexOf("</si>", gt);
    if (close < 0) close = xml.length;
    out.push(siText(xml, gt + 1, close));
    p = close + 5;
  }
}

function siText(xml: string, start: number, end: number): string {
  // Fast path: a single plain <t> (the overwhelmingly common case).
  if (xml.startsWith("<t>", start)) {
    const tEnd = xml.indexOf("</t>", start + 3);
    if (tEnd + 4 === end) return unescapeXml(xml.slice(start + 3, tEnd));
  }
  return richText(xml.slice(start, end));
}

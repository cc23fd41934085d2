/**
 * workbook.xml: the sheet list (names, visibility, relationship ids), the 1904 date system, and the
 * few edits the add-in makes there (append a sheet, hide a sheet, ask Excel to recalculate).
 */
import { escapeXml, findAll, findElement, parseAttrs, removeAttr, setAttr } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function readSheetEntries(xml: string): SheetEntry[] {
  const box = findElement(xml, "sheets");
  if (!box) return [];
  return findAll(xml, "sheet", box.innerStart, box.innerEnd).map((e) => {
    const a = parseAttrs(e.tag);
    const relKey = Object.keys(a).find((k) => k === "id" || k.endsWith(":id"));
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    return { name: a.name ?? "", sheetId: Number(a.sheetId ?? 0), relId: relKey ? a[relKey] : "", state };
  });
}

export function isDate1904(xml: string): boolean {
  const pr = findElement(xml, "workbookPr");
  if (!pr) return false;
  const v = parseAttrs(pr.tag).date1904;
  return v === "1" || v === "true";
}

export function appendSheet(
  xml: string,
  name: string,
  relId: string,
  state: SheetState,
): { xml: string; sheetId: number } {
  const sheetId = Math.max(0, ...readSheetEntries(xml).map((s) => s.sheetId)) + 1;
  const root = findElement(xml, "workbook")!;
  let prefix = new RegExp(`xmlns:(\\w+)\\s*=\\s*"${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(root.tag)?.[1];
  if (!prefix) {
    prefix = "r";
    xml = xml.slice(0, root.start) + setAttr(root.tag, "xmlns:r", REL_NS) + xml.slice(root.start + root.tag.length);
  }
  const st = state === "visible" ? "" : ` state="${state}"`;
  const el = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${st} ${prefix}:id="${relId}"/>`;
  const box = findElement(xml, "sheets")!;
  return { xml: xml.slice(0, box.innerEnd) + el + xml.slice(box.innerEnd), sheetId };
}

export function setSheetState(xml: string, relId: string, state: SheetState): string {
  const box = findElement(xml, "sheets");
  if (!box) return xml;
  for (const e of findAll(xml, "sheet", box.innerStart, box.innerEnd)) {
    const a = parseAttrs(e.tag);
    const relKey = Object.keys(a).find((k) => k === "id" || k.endsWith(":id"));
    if (!relKey || a[relKey] !== relId) continue;
    const tag = state === "visible" ? removeAttr(e.tag, "state") : setAttr(e.tag, "state", state);
    return tag === e.tag ? xml : xml.slice(0, e.start) + tag + xml.slice(e.start + e.tag.length);
  }
  return xml;
}

/** Elements that follow calcPr in CT_Workbook, to place a new one. */
const AFTER_CALC = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Values we wrote change what formulas compute; Excel recalculates on open only when told. */
export function requestFullCalc(xml: string): string {
  const calc = findElement(xml, "calcPr");
  if (calc) {
    const tag = setAttr(calc.tag, "fullCalcOnLoad", "1");
    return tag === calc.tag ? xml : xml.slice(0, calc.start) + tag + xml.slice(calc.start + calc.tag.length);
  }
  const tail = xml.indexOf("</sheets>");
  for (const name of AFTER_CALC) {
    const e = findElement(xml, name, tail);
    if (e) return xml.slice(0, e.start) + '<calcPr fullCalcOnLoad="1"/>' + xml.slice(e.start);
  }
  const close = xml.lastIndexOf("</workbook>");
  return xml.slice(0, close) + '<calcPr fullCalcOnLoad="1"/>' + xml.slice(close);
}

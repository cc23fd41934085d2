/**
 * 是/否 and 有/无 cells (DOMAIN.md §1.3): the YES_NO / HAVE_NOT tables, plus Excel's TRUE/FALSE
 * and the numbers 1/0. A bracketed note is ignored (`是（已核实）`). Blank → null; anything else
 * → "unknown" (the caller reports it).
 */
import { isCellError, type CellValue } from "../grid";
import { HAVE_NOT, YES_NO } from "../schema/fields";
import { normalizeToken } from "../schema/normalize";
import { isBlankCell } from "./text";

const NOTE = /[(（[【][^)）\]】]*[)）\]】]/g;

function fromTable(table: Readonly<Record<string, boolean>>, v: CellValue): boolean | null | "unknown" {
  if (v === null || isBlankCell(v)) return null;
  if (typeof v === "boolean") return v;
  if (isCellError(v)) return "unknown";
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : "unknown";
  const direct = table[v];
  if (direct !== undefined) return direct;
  const token = normalizeToken(v.replace(NOTE, "")).replace(/[。.]+$/, "");
  const hit = table[token] ?? table[token.toUpperCase()] ?? table[token.toLowerCase()];
  if (hit !== undefined) return hit;
  if (token.toUpperCase() === "TRUE") return true;
  if (token.toUpperCase() === "FALSE") return false;
  return "unknown";
}

export function parseYesNo(v: CellValue): boolean | null | "unknown" {
  return fromTable(YES_NO, v);
}

export function parseHaveNot(v: CellValue): boolean | null | "unknown" {
  return fromTable(HAVE_NOT, v);
}

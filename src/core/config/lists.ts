/** Lists inside one config cell: `银河村委、银河`, `涉法涉诉 征地拆迁` (DOMAIN.md §7). */
import type { CellValue } from "../grid";
import { cellText } from "../parse/text";
import { toHalfWidth } from "../schema/normalize";

/** Splits on `、，,;；/` and blanks (a list entry never contains a blank); entries half-width, unique. */
export function splitList(v: CellValue): string[] {
  const out: string[] = [];
  for (const part of toHalfWidth(cellText(v)).split(/[、，,;；/|\s\u3000\u00a0]+/)) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

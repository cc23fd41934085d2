/**
 * category.differs (DOMAIN.md §2, §4): the sheet's category is kept, but when the rules confidently
 * suggest another one the user sees the suggestion and the cues. Only 'high' confidence counts, so a
 * clerk's deliberate choice on a borderline complaint is not nagged about.
 * category.unknown is not emitted here: it belongs to assignment, which alone decides to leave a cell empty.
 */
import type { Facts } from "../derive/facts";
import type { Finding } from "../findings";
import { SEVERITY } from "../findings";
import { a1 } from "../grid";
import { message } from "../messages";
import type { Config, Ledger } from "../model";
import { textClassifier } from "./classify";

export function categoryFindings(ledger: Ledger, config: Config, facts?: Facts): Finding[] {
  void facts; // accepted for a uniform call shape with the other finding producers
  const col = ledger.layout.columns.category;
  if (col === undefined || ledger.layout.columns.complaint === undefined) return [];
  const out: Finding[] = [];
  const classify = textClassifier(config.categoryRules, config.domainRules);
  for (const c of ledger.cases) {
    if (c.category === null || !c.complaint.trim()) continue;
    const k = classify.category(classify.normalize(c.complaint), c.registeredOn);
    if (k.value === null || k.value === c.category || k.confidence !== "high") continue;
    out.push({
      sheet: ledger.layout.sheet,
      row: c.row + 1,
      cell: a1(c.row, col),
      field: "category",
      code: "category.differs",
      severity: SEVERITY["category.differs"],
      message: message("category.differs", { value: c.category, suggestion: k.value, reason: k.reason }),
      suggestion: k.value,
    });
  }
  return out;
}

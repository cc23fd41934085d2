/**
 * Measures the classifier on a labelled set (test/fixtures/complaints.ts): agreement, the share
 * left for a person, the confusion table and the confident mistakes. Used by the tests (targets on
 * the held-out part) and by `npm run bench`, which prints `formatEvaluation`.
 */
import { classifyComplaint, classifyDomain, type Classification } from "../../src/core/classify/classify";
import { dayFromIso } from "../../src/core/day";
import type { KeywordRule } from "../../src/core/model";

export interface EvalItem {
  text: string;
  category: string;
  domain: string;
  /** ISO date. */
  registeredOn: string;
}

export type EvalField = "category" | "domain";

export interface Miss {
  text: string;
  expected: string;
  got: string | null;
  confidence: "high" | "low";
  reason: string;
}

export interface Evaluation {
  field: EvalField;
  total: number;
  decided: number;
  correct: number;
  /** Decided and correct, over all items (undecided items count against it). */
  accuracy: number;
  /** Correct over decided items. */
  decidedAccuracy: number;
  /** Items left for a person (no decision), over all items. */
  undecidedShare: number;
  /** expected → predicted → count; an undecided item is predicted as UNDECIDED. */
  confusion: Record<string, Record<string, number>>;
  /** Wrong answers given with confidence 'high' (target: none). */
  highConfidenceWrong: Miss[];
  /** Every wrong or undecided item, for tuning. */
  misses: Miss[];
}

export const UNDECIDED = "待定";

function classify(item: EvalItem, rules: readonly KeywordRule[], field: EvalField): Classification {
  if (field === "domain") return classifyDomain(item.text, rules);
  return classifyComplaint(item.text, rules, dayFromIso(item.registeredOn) ?? null);
}

export function evaluate(
  set: readonly EvalItem[],
  rules: readonly KeywordRule[],
  field: EvalField = "category",
): Evaluation {
  const confusion: Record<string, Record<string, number>> = {};
  const misses: Miss[] = [];
  let decided = 0;
  let correct = 0;
  for (const item of set) {
    const expected = field === "domain" ? item.domain : item.category;
    const c = classify(item, rules, field);
    const got = c.value ?? UNDECIDED;
    const row = (confusion[expected] ??= {});
    row[got] = (row[got] ?? 0) + 1;
    if (c.value !== null) decided++;
    if (c.value === expected) correct++;
    else misses.push({ text: item.text, expected, got: c.value, confidence: c.confidence, reason: c.reason });
  }
  const total = set.length;
  return {
    field,
    total,
    decided,
    correct,
    accuracy: total ? correct / total : 0,
    decidedAccuracy: decided ? correct / decided : 0,
    undecidedShare: total ? (total - decided) / total : 0,
    confusion,
    highConfidenceWrong: misses.filter((m) => m.got !== null && m.confidence === "high"),
    misses,
  };
}

const pct = (x: number): string => (x * 100).toFixed(1) + "%";

/** A plain-text report: headline numbers, then the confusion table (rows: label, columns: answer). */
export function formatEvaluation(e: Evaluation, title: string): string {
  const lines = [
    `${title}：${e.total} 条，一致 ${e.correct} 条（${pct(e.accuracy)}），` +
      `待人工判断 ${e.total - e.decided} 条（${pct(e.undecidedShare)}），` +
      `已判断的准确率 ${pct(e.decidedAccuracy)}，高置信度错判 ${e.highConfidenceWrong.length} 条`,
  ];
  const labels = Object.keys(e.confusion).sort();
  const answers = [...new Set(Object.values(e.confusion).flatMap((r) => Object.keys(r)))].sort((a, b) =>
    a === UNDECIDED ? 1 : b === UNDECIDED ? -1 : a.localeCompare(b),
  );
  lines.push(["标注＼判断", ...answers].join("\t"));
  for (const label of labels) lines.push([label, ...answers.map((a) => String(e.confusion[label][a] ?? 0))].join("\t"));
  for (const m of e.highConfidenceWrong)
    lines.push(`  高置信度错判：${m.text} → ${m.got}（应为 ${m.expected}；${m.reason}）`);
  return lines.join("\n");
}

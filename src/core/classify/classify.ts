/**
 * Category and domain from the complaint text by weighted cues (DOMAIN.md §4). Each target's score
 * is the sum of the weights of the distinct keywords found (match.ts); the best score wins, a tie
 * or no cue decides nothing, and the decision carries the cues as a Chinese reason.
 */
import { ymd, type Day } from "../day";
import type { KeywordRule } from "../model";
import { LEGACY_YEAR_CUE } from "./cues";
import { compileRules, normalizeText, scan } from "./match";

export interface Classification {
  /** The winning target, or null on a tie or when no cue was found. */
  value: string | null;
  /** Score of the winner (of the tied best when value is null). */
  score: number;
  /** Best score among the other targets. */
  runnerUp: number;
  /** The target with the runner-up score, or null. */
  runnerUpValue: string | null;
  /** Cues that decided (the winner's; every cue found when undecided), in text order. */
  matched: string[];
  /** high: the cues agree clearly enough to flag a disagreeing cell (category.differs). */
  confidence: "high" | "low";
  /** Chinese, shown to the user: `关键词“低保”“医保”`. */
  reason: string;
}

/**
 * When a decision counts as confident: at least `minScore` in total and at least `minRatio` times
 * the runner-up. Tuned on the labelled set's tuning part so that no confident answer is wrong.
 */
export const CONFIDENCE = { minScore: 4, minRatio: 2 } as const;

/** The domain used when no domain cue is found (DOMAIN.md §1.3). */
export const NO_DOMAIN = "其他";

const NO_DOMAIN_FOUND = (): Classification => ({
  value: NO_DOMAIN,
  score: 0,
  runnerUp: 0,
  runnerUpValue: null,
  matched: [],
  confidence: "low",
  reason: "诉求内容中没有重点领域关键词，归入“其他”",
});

interface Tally {
  target: string;
  score: number;
  /** Keywords, in text order. */
  cues: string[];
  /** The legacy year cue (`1996年`), when it counted. */
  year: string | null;
}

function quote(cues: readonly string[]): string {
  let s = "";
  for (const c of cues) s += "“" + c + "”";
  return s;
}

/** `关键词“改制”“下岗”，年份“1996年”早于登记10年以上` */
function describe(t: Tally): string {
  const words = t.cues.length ? "关键词" + quote(t.cues) : "";
  if (t.year === null) return words;
  const year = `年份“${t.year}”早于登记${LEGACY_YEAR_CUE.minYears}年以上`;
  return words ? `${words}，${year}` : year;
}

const cuesOf = (t: Tally): string[] => (t.year === null ? t.cues : [...t.cues, t.year]);

const CHINESE_DIGIT: Record<string, string> = {
  〇: "0",
  零: "0",
  "○": "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** The earliest year written as `1998年` or `一九九八年` in a normalised text, or null. */
export function earliestYear(text: string): number | null {
  if (!text.includes("年")) return null;
  let best: number | null = null;
  for (const m of text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)年/g)) best = Math.min(best ?? Infinity, Number(m[1]));
  for (const m of text.matchAll(/([〇零○一二三四五六七八九]{4})年/g)) {
    const y = Number([...m[1]].map((ch) => CHINESE_DIGIT[ch]).join(""));
    if (y >= 1800) best = Math.min(best ?? Infinity, y);
  }
  return best;
}

/** Scores per target (only targets with a cue appear; a text has few, so a list beats a map). */
function tally(text: string, rules: readonly KeywordRule[]): Tally[] {
  const tallies: Tally[] = [];
  const m = compileRules(rules);
  scan(text, m, (k) => {
    for (const [target, weight] of m.hits[k]) {
      // Weight 0 marks a shadow phrase (`非低保`): it consumes the text so the shorter keyword inside
      // does not count, and adds nothing.
      if (weight === 0) continue;
      const name = m.targets[target];
      let t: Tally | undefined;
      for (const x of tallies) if (x.target === name) t = x;
      if (t) {
        t.score += weight;
        t.cues.push(m.keywords[k]);
      } else tallies.push({ target: name, score: weight, cues: [m.keywords[k]], year: null });
    }
  });
  return tallies;
}

function decide(tallies: readonly Tally[], none: () => Classification): Classification {
  // One pass for the best and second best: this runs twice per row on 100k-row ledgers.
  let best: Tally | null = null;
  let second: Tally | null = null;
  for (const t of tallies) {
    if (t.score <= 0) continue;
    if (best === null || t.score > best.score) {
      second = best;
      best = t;
    } else if (second === null || t.score > second.score) second = t;
  }
  if (best === null) return none();
  const runnerUp = second?.score ?? 0;
  const runnerUpValue = second?.target ?? null;
  if (second !== null && runnerUp === best.score) {
    const top = best.score;
    const tied = tallies.filter((t) => t.score === top);
    return {
      value: null,
      score: top,
      runnerUp,
      runnerUpValue,
      matched: tied.flatMap(cuesOf),
      confidence: "low",
      reason: "关键词得分相同：" + tied.map((t) => `${t.target}（${describe(t)}）`).join("、"),
    };
  }
  const confident = best.score >= CONFIDENCE.minScore && best.score >= CONFIDENCE.minRatio * runnerUp;
  return {
    value: best.target,
    score: best.score,
    runnerUp,
    runnerUpValue,
    matched: cuesOf(best),
    confidence: confident ? "high" : "low",
    reason: describe(best),
  };
}

const undecided = (reason: string, value: string | null) => (): Classification => ({
  value,
  score: 0,
  runnerUp: 0,
  runnerUpValue: null,
  matched: [],
  confidence: "low",
  reason,
});

const NO_CATEGORY = undecided("诉求内容中没有可用于分类的关键词", null);

/**
 * Category (组织人事问题类 / 民生问题类 / 其它遗留问题类) from a complaint. A year written more than ten
 * years before `registeredOn` counts as a legacy cue; without a registration date it is not used.
 */
export function classifyComplaint(
  text: string,
  rules: readonly KeywordRule[],
  registeredOn: Day | null,
): Classification {
  return classifyNormalized(normalizeText(text), rules, registeredOn);
}

/** classifyComplaint on a text already passed through normalizeText (assignment normalises once per row). */
export function classifyNormalized(
  norm: string,
  rules: readonly KeywordRule[],
  registeredOn: Day | null,
): Classification {
  const tallies = tally(norm, rules);
  const year = earliestYear(norm);
  if (year !== null && registeredOn !== null && ymd(registeredOn).y - year > LEGACY_YEAR_CUE.minYears) {
    const target = LEGACY_YEAR_CUE.target;
    const t = tallies.find((x) => x.target === target);
    if (t) t.score += LEGACY_YEAR_CUE.weight;
    else tallies.push({ target, score: LEGACY_YEAR_CUE.weight, cues: [], year: null });
    (t ?? tallies[tallies.length - 1]).year = `${year}年`;
  }
  return decide(tallies, NO_CATEGORY);
}

/** 重点领域 from a complaint; `其他` when no domain cue is found, null on a tie. */
export function classifyDomain(text: string, rules: readonly KeywordRule[]): Classification {
  return classifyDomainNormalized(normalizeText(text), rules);
}

/** classifyDomain on a text already passed through normalizeText. */
export function classifyDomainNormalized(norm: string, rules: readonly KeywordRule[]): Classification {
  return decide(tally(norm, rules), NO_DOMAIN_FOUND);
}

export interface TextClassifier {
  normalize(text: string): string;
  category(norm: string, registeredOn: Day | null): Classification;
  domain(norm: string): Classification;
}

/**
 * classifyNormalized and classifyDomainNormalized remembered by text, for one ledger pass: 100k
 * rows hold a few thousand distinct complaints. The date only matters through the legacy-year cue
 * (§4), so a category is kept per text for each of its two outcomes. Results are shared: read-only.
 */
export function textClassifier(
  categoryRules: readonly KeywordRule[],
  domainRules: readonly KeywordRule[],
): TextClassifier {
  interface Entry {
    year: number | null;
    plain?: Classification;
    legacy?: Classification;
    domain?: Classification;
  }
  const byText = new Map<string, Entry>();
  const entry = (norm: string): Entry => {
    let e = byText.get(norm);
    if (!e) byText.set(norm, (e = { year: earliestYear(norm) }));
    return e;
  };
  const normOf = new Map<string, string>();
  return {
    /** normalizeText, remembered. */
    normalize(text: string): string {
      let norm = normOf.get(text);
      if (norm === undefined) normOf.set(text, (norm = normalizeText(text)));
      return norm;
    },
    category(norm: string, registeredOn: Day | null): Classification {
      const e = entry(norm);
      const legacy =
        e.year !== null && registeredOn !== null && ymd(registeredOn).y - e.year > LEGACY_YEAR_CUE.minYears;
      if (legacy) return (e.legacy ??= classifyNormalized(norm, categoryRules, registeredOn));
      return (e.plain ??= classifyNormalized(norm, categoryRules, registeredOn));
    },
    domain(norm: string): Classification {
      const e = entry(norm);
      return (e.domain ??= classifyDomainNormalized(norm, domainRules));
    },
  };
}

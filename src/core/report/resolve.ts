/**
 * From the words of a row label and its column headers to one metric key (§6.1), or a reason why
 * not. A label with no scope takes ytd for flows and rates (§6.2); stocks are as of the period end
 * and ignore 本月/累计; a count with no unit is in 批次.
 */
import type { Measure, ScopeWord, Token } from "./label-table";

export type Resolution = { key: string } | { why: string };

/** The one value of a kind, `null` when absent, `undefined` when the words disagree. */
function single<T>(values: T[]): T | null | undefined {
  const set = [...new Set(values)];
  if (set.length === 0) return null;
  return set.length === 1 ? set[0] : undefined;
}

const BACKLOG_PART: Partial<Record<Measure, string>> = {
  backlog: "total",
  total: "total",
  resolved: "resolved",
  unresolved: "open",
  resolvedRate: "resolvedRate",
};
const HANDLING_KEY: Partial<Record<Measure, string>> = {
  onTimeRate: "closed.onTimeRate",
  ratedRate: "rated.rate",
  satisfactionRate: "satisfaction.rate",
};
const FIRST_PART: Partial<Record<Measure, string>> = {
  total: "total",
  closed: "closed",
  open: "open",
  closedRate: "closedRate",
};

/** Count scopes from the scope words; undefined when they contradict each other. */
function countScope(words: Set<ScopeWord>): string | undefined {
  const month = words.has("month");
  const ytd = words.has("ytd");
  if (month && ytd) return undefined;
  if (words.has("yoy") && words.has("mom")) return undefined;
  if (words.has("mom")) return ytd || words.has("lastYear") ? undefined : "monthMoM";
  // 同比 alone is the cumulative comparison: the habit of Chinese reports (seed 003).
  if (words.has("yoy")) return month ? "monthYoY" : "ytdYoY";
  if (words.has("lastMonth")) return ytd || words.has("lastYear") ? undefined : "lastMonth";
  if (words.has("lastYear")) return month ? "monthLastYear" : "ytdLastYear";
  return month ? "month" : "ytd";
}

/** Scopes of the handling rates: no comparisons, no 上月. */
function handlingScope(words: Set<ScopeWord>): string | undefined {
  if (words.has("yoy") || words.has("mom") || words.has("lastMonth")) return undefined;
  return countScope(words);
}

/** Stocks are as of the period end: 本月/累计 add nothing; comparisons are not computed. */
function stockScopeOk(words: Set<ScopeWord>): boolean {
  return !["yoy", "mom", "lastMonth", "lastYear"].some((w) => words.has(w as ScopeWord));
}

export function resolveTokens(tokens: readonly Token[]): Resolution {
  const of = <K extends Token["kind"]>(kind: K) =>
    tokens.filter((t): t is Extract<Token, { kind: K }> => t.kind === kind).map((t) => ("value" in t ? t.value : ""));
  const direct = single(of("key"));
  if (direct !== null) {
    const others = tokens.filter((t) => !["key", "unit", "filler", "corner", "scope"].includes(t.kind));
    const scopes = of("scope").filter((w) => w !== "ytd");
    return direct !== undefined && others.length === 0 && scopes.length === 0
      ? { key: direct }
      : { why: "指标相互矛盾" };
  }
  const subjects = of("subject").filter((s) => s !== "all");
  const subject = single(subjects);
  const level = single(of("level"));
  const category = single(of("category"));
  const unit = single(of("unit"));
  const scopes = new Set(of("scope") as ScopeWord[]);
  const measures = new Set(of("measure") as Measure[]);
  if (subject === undefined || level === undefined || category === undefined || unit === undefined)
    return { why: "标签含义相互矛盾" };

  const isBacklog =
    measures.has("backlog") || measures.has("resolved") || measures.has("unresolved") || measures.has("resolvedRate");
  if (isBacklog) {
    const parts = single([...measures].map((m) => BACKLOG_PART[m]).filter((p) => p !== "total"));
    if (parts === undefined || [...measures].some((m) => BACKLOG_PART[m] === undefined))
      return { why: "积案指标相互矛盾" };
    if (subject !== null || level !== null || !stockScopeOk(scopes)) return { why: "积案只统计期末存量" };
    const part = parts ?? "total";
    return { key: category ? `backlog.${category}.${part}` : `backlog.${part}` };
  }
  const measure = single([...measures].filter((m) => m !== "total"));
  if (measure === undefined) return { why: "指标相互矛盾" };
  if (measure === "overdue") {
    if (subject !== null || level !== null || category !== null || !stockScopeOk(scopes))
      return { why: "超期未办结只统计期末存量" };
    return { key: "overdue.open" };
  }
  if (measure !== null && HANDLING_KEY[measure]) {
    const scope = handlingScope(scopes);
    if (subject !== null || level !== null || category !== null || !scope) return { why: "办理指标不能这样细分" };
    return { key: `${HANDLING_KEY[measure]}.${scope}` };
  }
  if (measure !== null || (measures.has("total") && subject === "first")) {
    // 办结 / 办结率 / 未办结 belong to 初信初访 (seed 003), also when the label leaves it implicit.
    const part = FIRST_PART[measure ?? "total"];
    const scope = handlingScope(scopes);
    if ((subject !== null && subject !== "first") || level !== null || category !== null || !part || !scope)
      return { why: "办结指标只对初信初访统计" };
    return { key: `first.${part}.${scope}` };
  }
  const stem = countStem(subject, level, category, tokens);
  if (!stem) return { why: "这几个分类不能交叉统计" };
  const scope = countScope(scopes);
  if (!scope) return { why: "统计时段相互矛盾" };
  return { key: `${stem}.${unit ?? "batches"}.${scope}` };
}

function countStem(
  subject: string | null,
  level: string | null,
  category: string | null,
  tokens: readonly Token[],
): string | undefined {
  if (category !== null) return subject === null && level === null ? `category.${category}` : undefined;
  if (level !== null) {
    if (subject === null) return `level.${level}`;
    if (subject === "group") return `group.${level}`;
    // 进京非正常访 is what the abnormal count holds.
    if (subject === "abnormal" && level === "national") return "abnormal";
    return undefined;
  }
  if (subject !== null) return subject;
  // `信访总量`, or a bare 总数/受理 (`本月受理信访事项`): everything.
  return tokens.some((t) => t.kind === "subject" || (t.kind === "measure" && t.value === "total")) ? "all" : undefined;
}

/** Rates and ratios are written as fractions with a percentage format. */
export function isRateKey(key: string): boolean {
  return /(Rate|\.rate)\.|\.resolvedRate$|YoY$|MoM$/.test(key);
}

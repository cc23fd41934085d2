/**
 * The count metrics of §6.1: `<count>.<unit>.<scope>`, in 批次 (rows) and 人次 (headcount), for
 * the five span scopes, plus 同比 and 环比 ratios. One pass over the cases; each case names the
 * counts it falls in through the dimension table below (a lookup, not a test per count, so 100k
 * rows stay well under the time budget).
 */
import type { Facts } from "../derive/facts";
import type { CaseRecord } from "../model";
import { CATEGORY_KEY, CHANNEL_KEY, LEVEL_KEY } from "../schema/fields";
import { isOverlevel, isRepeat } from "./case-view";
import { SPAN_SCOPES, type ReportPeriod } from "./period";
import { change, type ZeroBase } from "./ratio";

/** Which of a dimension's stems a case counts under: an index into `stems`, or -1. */
type View = (c: CaseRecord, i: number, facts: Facts) => number;

const indexOf = <K extends string>(table: Readonly<Record<K, string>>): Readonly<Record<K, number>> =>
  Object.fromEntries(Object.keys(table).map((k, i) => [k, i])) as Record<K, number>;
const CHANNEL_AT = indexOf(CHANNEL_KEY);
const LEVEL_AT = indexOf(LEVEL_KEY);
const CATEGORY_AT = indexOf(CATEGORY_KEY);
const stemsOf = (prefix: string, table: Readonly<Record<string, string>>): string[] =>
  Object.values(table).map((k) => `${prefix}.${k}`);

/**
 * Every count of §6.1, as data: each dimension lists its stems and says which one a case is in.
 * `all` · channel.* · level.* · overlevel · group · group.<level> · abnormal · repeat | first · category.*
 */
export const COUNT_DIMENSIONS: readonly { stems: readonly string[]; of: View }[] = [
  { stems: ["all"], of: () => 0 },
  { stems: stemsOf("channel", CHANNEL_KEY), of: (c) => (c.channel ? CHANNEL_AT[c.channel] : -1) },
  { stems: stemsOf("level", LEVEL_KEY), of: (c) => (c.level ? LEVEL_AT[c.level] : -1) },
  { stems: ["overlevel"], of: (c) => (isOverlevel(c) ? 0 : -1) },
  { stems: ["group"], of: (_c, i, f) => (f.group[i] === 1 ? 0 : -1) },
  { stems: stemsOf("group", LEVEL_KEY), of: (c, i, f) => (f.group[i] === 1 && c.level ? LEVEL_AT[c.level] : -1) },
  // The ledger's 非正常访 flag; in practice 进京非接待场所访, which is how §6.1 glosses the key.
  { stems: ["abnormal"], of: (c) => (c.abnormal ? 0 : -1) },
  { stems: ["repeat", "first"], of: (c, i, f) => (isRepeat(c, i, f) ? 0 : 1) },
  { stems: stemsOf("category", CATEGORY_KEY), of: (c) => (c.category ? CATEGORY_AT[c.category] : -1) },
];

export const COUNT_STEMS: readonly string[] = COUNT_DIMENSIONS.flatMap((d) => d.stems);
const OFFSETS: readonly number[] = COUNT_DIMENSIONS.map((_d, k) =>
  COUNT_DIMENSIONS.slice(0, k).reduce((n, d) => n + d.stems.length, 0),
);

/** The ratio scopes and the span scopes they compare. */
export const CHANGE_SCOPES = [
  { scope: "monthYoY", current: "month", base: "monthLastYear" },
  { scope: "ytdYoY", current: "ytd", base: "ytdLastYear" },
  { scope: "monthMoM", current: "month", base: "lastMonth" },
] as const;

/** `mask[i]` has bit s set when case i is counted and registered inside SPAN_SCOPES[s]. */
export function countMetrics(
  cases: readonly CaseRecord[],
  mask: Uint8Array,
  facts: Facts,
  zeroBase: ZeroBase,
  out: Record<string, number | null>,
): void {
  const nScopes = SPAN_SCOPES.length;
  const batches = new Float64Array(COUNT_STEMS.length * nScopes);
  const persons = new Float64Array(COUNT_STEMS.length * nScopes);
  for (let i = 0; i < cases.length; i++) {
    const bits = mask[i];
    if (bits === 0) continue;
    const c = cases[i];
    for (let k = 0; k < COUNT_DIMENSIONS.length; k++) {
      const at = COUNT_DIMENSIONS[k].of(c, i, facts);
      if (at < 0) continue;
      const base = (OFFSETS[k] + at) * nScopes;
      for (let s = 0; s < nScopes; s++) {
        if ((bits & (1 << s)) === 0) continue;
        batches[base + s] += 1;
        persons[base + s] += c.headcount;
      }
    }
  }
  COUNT_STEMS.forEach((stem, r) => {
    for (const [unit, arr] of [
      ["batches", batches],
      ["persons", persons],
    ] as const) {
      const at = (scope: (typeof SPAN_SCOPES)[number]): number => arr[r * nScopes + SPAN_SCOPES.indexOf(scope)];
      for (const scope of SPAN_SCOPES) out[`${stem}.${unit}.${scope}`] = at(scope);
      for (const ch of CHANGE_SCOPES)
        out[`${stem}.${unit}.${ch.scope}`] = change(at(ch.current), at(ch.base), zeroBase);
    }
  });
}

/** Bit s set when the case is counted and registered inside SPAN_SCOPES[s]. */
export function scopeMasks(cases: readonly CaseRecord[], counted: Uint8Array, period: ReportPeriod): Uint8Array {
  const spans = SPAN_SCOPES.map((s) => period.scopes[s]);
  const mask = new Uint8Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const d = cases[i].registeredOn;
    if (!counted[i] || d === null) continue;
    let bits = 0;
    for (let s = 0; s < spans.length; s++) if (d >= spans[s].from && d <= spans[s].to) bits |= 1 << s;
    mask[i] = bits;
  }
  return mask;
}

/**
 * The 月报明细 sheet (§6.1 breakdowns), owned and rewritten whole: per village (批次, 人次 for the
 * month and ytd, open 积案, and 三无 over ytd — seed 001: 无到市赴省进京非正常访、无越级集体访、无信访积案 —
 * with the reason when not met), per leader (包案数, 已办结, 未办结, 超期), the seed 002 targets, and
 * the rows the report could not count.
 */
import type { Day } from "../day";
import { isoDay } from "../day";
import { BacklogState, type Facts } from "../derive/facts";
import type { CaseRecord, Config } from "../model";
import type { OwnedCell, OwnedSheet } from "../patch";
import { closedBy, inSpan, isOverlevel, overdueAt } from "./case-view";
import type { UncountedRow } from "./counted";
import type { ReportPeriod } from "./period";
import { TARGET_RULES, type TargetResult } from "./targets";

export const DETAILS_SHEET = "月报明细";

export interface DetailsInput {
  cases: readonly CaseRecord[];
  facts: Facts;
  config: Config;
  period: ReportPeriod;
  /** BacklogState per case as of `asOf`. */
  backlog: Uint8Array;
  /** The day stocks are taken (the period end, or today when the period has not ended). */
  asOf: Day;
  targets: Record<string, TargetResult>;
  uncounted: readonly UncountedRow[];
  /** Rows the report counts (1) or not (0), as computeMetrics decided. */
  counted: Uint8Array;
}

const NO_VILLAGE = "（未填村）";
const HIGH_LEVELS = new Set(["到市", "赴省", "进京"]);

interface VillageTally {
  month: [number, number];
  ytd: [number, number];
  openBacklog: number;
  abnormalHigh: number;
  overlevelGroup: number;
}

/** The 三无 conditions as data: what breaks each, and how the reason reads. */
const THREE_NONE: readonly { broken: (t: VillageTally) => number; reason: (n: number) => string }[] = [
  { broken: (t) => t.abnormalHigh, reason: (n) => `到市赴省进京非正常访${n}批` },
  { broken: (t) => t.overlevelGroup, reason: (n) => `越级集体访${n}批` },
  { broken: (t) => t.openBacklog, reason: (n) => `未化解积案${n}件` },
];

function villageRows(input: DetailsInput): OwnedCell[][] {
  const { cases, facts, config, period, backlog, counted } = input;
  const tallies = new Map<string, VillageTally>();
  const get = (v: string): VillageTally => {
    let t = tallies.get(v);
    if (!t) tallies.set(v, (t = { month: [0, 0], ytd: [0, 0], openBacklog: 0, abnormalHigh: 0, overlevelGroup: 0 }));
    return t;
  };
  for (const v of config.villages) get(v.name);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const t = get(c.village ?? c.villageTyped ?? NO_VILLAGE);
    if (backlog[i] === BacklogState.Open) t.openBacklog++;
    if (!counted[i] || !inSpan(c.registeredOn, period.scopes.ytd)) continue;
    t.ytd[0]++;
    t.ytd[1] += c.headcount;
    if (inSpan(c.registeredOn, period.scopes.month)) {
      t.month[0]++;
      t.month[1] += c.headcount;
    }
    if (c.abnormal && c.level !== null && HIGH_LEVELS.has(c.level)) t.abnormalHigh++;
    if (facts.group[i] === 1 && isOverlevel(c)) t.overlevelGroup++;
  }
  const rows: OwnedCell[][] = [];
  for (const [name, t] of tallies) {
    const reasons = THREE_NONE.filter((q) => q.broken(t) > 0).map((q) => q.reason(q.broken(t)));
    rows.push([
      name,
      t.month[0],
      t.month[1],
      t.ytd[0],
      t.ytd[1],
      t.openBacklog,
      reasons.length ? "未达标" : "达标",
      reasons.join("；"),
    ]);
  }
  return rows;
}

function leaderRows(input: DetailsInput): OwnedCell[][] {
  const { cases, facts, config, asOf } = input;
  const tallies = new Map<string, [number, number, number, number]>();
  for (const l of config.leaders) tallies.set(l.name, [0, 0, 0, 0]);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (c.registeredOn === null || c.registeredOn > asOf) continue;
    // indexed, not for…of: no iterator per row
    for (let k = 0; k < c.leaders.length; k++) {
      const name = c.leaders[k];
      let t = tallies.get(name);
      if (!t) tallies.set(name, (t = [0, 0, 0, 0]));
      t[0]++;
      if (closedBy(c, asOf)) t[1]++;
      else t[2]++;
      if (overdueAt(c, facts.dueOn[i], asOf)) t[3]++;
    }
  }
  return [...tallies].map(([name, t]) => [name, ...t]);
}

function targetRows(targets: Record<string, TargetResult>): OwnedCell[][] {
  return TARGET_RULES.map((rule) => {
    const t = targets[rule.name];
    const verdict = t.met === null ? "未配置辖区人口" : t.met ? "达标" : "未达标";
    return [rule.label, t.value, t.limit, verdict];
  });
}

export function detailsSheet(input: DetailsInput): OwnedSheet {
  const { period, asOf } = input;
  const rows: OwnedCell[][] = [];
  const titleRows: number[] = [];
  const title = (text: string): void => {
    titleRows.push(rows.length);
    rows.push([text]);
  };
  title(
    `${period.year}年${period.monthNo}月月报明细（本月 ${isoDay(period.from)} 至 ${isoDay(period.to)}，累计自 ${isoDay(period.scopes.ytd.from)}；积案、超期截至 ${isoDay(asOf)}）`,
  );
  title("一、各村（社区）情况");
  rows.push(["村（社区）", "本月批次", "本月人次", "累计批次", "累计人次", "未化解积案", "“三无”情况", "未达标原因"]);
  rows.push(...villageRows(input));
  rows.push([]);
  title("二、包案领导情况");
  rows.push(["包案领导", "包案数", "已办结", "未办结", "其中超期"]);
  rows.push(...leaderRows(input));
  rows.push([]);
  title("三、信访工作目标（累计）");
  rows.push(["目标", "实际", "上限", "情况"]);
  rows.push(...targetRows(input.targets));
  if (input.uncounted.length > 0) {
    rows.push([]);
    title(`四、未计入统计的台账行（${input.uncounted.length}行）`);
    rows.push(["台账行号", "原因"]);
    for (const u of input.uncounted) rows.push([u.row, u.reason]);
  }
  return {
    name: DETAILS_SHEET,
    rows,
    widths: [22, 10, 10, 10, 10, 12, 12, 40],
    titleRows,
  };
}

/**
 * The `参数` block (DOMAIN.md §7): each parameter as data — its name and synonyms, default, how its
 * value is read and the 说明 shown in the default sheet. A bad value falls back to the default with
 * a config.param finding; an unknown name is config.value.
 */
import type { CellValue } from "../grid";
import type { ConfigParams } from "../model";
import { parseInteger } from "../parse/integer";
import { cellText } from "../parse/text";
import { parseYesNo } from "../parse/yesno";
import { normalizeHeader, toHalfWidth, BLANKS } from "../schema/normalize";

export const DEFAULT_PARAMS: Readonly<ConfigParams> = {
  population: null,
  handlingDays: 60,
  extensionDays: 30,
  warningDays: 7,
  groupSize: 5,
  oneLeaderPerCase: true,
  reportStartDay: 1,
  yoyZeroBase: "blank",
  holidayShift: false,
};

/** How the sheet's 分类规则 / 领域规则 rows combine with the built-in ones. */
export type RuleMode = "add" | "replace";

export interface RuleModes {
  categoryRules: RuleMode;
  domainRules: RuleMode;
}

/** A parsed value, or the reason (Chinese, for the finding's detail) it was rejected. */
type Read<T> = { ok: true; value: T } | { ok: false; detail: string };

type Settable = ConfigParams & RuleModes;

export interface ParamSpec<K extends keyof Settable = keyof Settable> {
  key: K;
  name: string;
  synonyms: readonly string[];
  /** Value in the default sheet ("" = left blank). */
  example: string | number;
  /** 说明 column of the default sheet. */
  note: string;
  /** Reads a non-blank value. */
  read(v: CellValue): Read<Settable[K]>;
  /** The default, as text for the message's `fallback`. */
  fallbackText: string;
}

function integerIn(min: number, max: number, unit: string): (v: CellValue) => Read<number> {
  return (v) => {
    const p = parseInteger(v);
    if (p.kind !== "ok") return { ok: false, detail: `应为整数${unit ? `（${unit}）` : ""}` };
    if (p.value < min || p.value > max) return { ok: false, detail: `应在 ${min}～${max} 之间` };
    return { ok: true, value: p.value };
  };
}

function yesNo(v: CellValue): Read<boolean> {
  const p = parseYesNo(v);
  return typeof p === "boolean" ? { ok: true, value: p } : { ok: false, detail: "应填“是”或“否”" };
}

/** 辖区人口: `56000`, `5.6万`, `56,000人`. */
function population(v: CellValue): Read<number | null> {
  if (typeof v === "number") {
    return Number.isInteger(v) && v > 0 ? { ok: true, value: v } : { ok: false, detail: "应为正整数（人）" };
  }
  const s = toHalfWidth(cellText(v)).replace(BLANKS, "").replace(/,/g, "").replace(/人$/, "");
  const m = /^(\d+(?:\.\d+)?)(万)?$/.exec(s);
  const value = m ? Math.round(Number(m[1]) * (m[2] ? 10000 : 1)) : NaN;
  return Number.isInteger(value) && value > 0
    ? { ok: true, value }
    : { ok: false, detail: "应为正整数（人），如 56000 或 5.6万" };
}

function yoyZeroBase(v: CellValue): Read<"blank" | "100%"> {
  const s = normalizeHeader(cellText(v));
  if (["留空", "空", "空白", "不填"].includes(s)) return { ok: true, value: "blank" };
  if (["100%", "100", "1"].includes(s) || v === 1) return { ok: true, value: "100%" };
  return { ok: false, detail: "应填“留空”或“100%”" };
}

function ruleMode(v: CellValue): Read<RuleMode> {
  const s = normalizeHeader(cellText(v));
  if (["追加", "增加", "补充", "添加"].includes(s)) return { ok: true, value: "add" };
  if (["替换", "覆盖", "只用本表"].includes(s)) return { ok: true, value: "replace" };
  return { ok: false, detail: "应填“追加”或“替换”" };
}

function spec<K extends keyof Settable>(s: ParamSpec<K>): ParamSpec {
  return s as unknown as ParamSpec;
}

export const PARAMS: readonly ParamSpec[] = [
  spec({
    key: "population",
    name: "辖区人口",
    synonyms: ["人口", "户籍人口", "常住人口"],
    example: "",
    note: "本镇（街道）人口，用于月报考核指标（进京走访纯人数≤人口/10万 等）；可写 56000 或 5.6万",
    read: population,
    fallbackText: "未设置（考核指标不计算上限）",
  }),
  spec({
    key: "handlingDays",
    name: "办理时限天数",
    synonyms: ["办理时限", "办结时限天数", "时限天数"],
    example: 60,
    note: "自受理之日起的办结天数（《信访工作条例》：60日）",
    read: integerIn(1, 365, "天"),
    fallbackText: "60",
  }),
  spec({
    key: "extensionDays",
    name: "延期天数",
    synonyms: ["延长天数", "延期时限"],
    example: 30,
    note: "“是否延期”为是时增加的天数（不超过30日）",
    read: integerIn(0, 365, "天"),
    fallbackText: "30",
  }),
  spec({
    key: "warningDays",
    name: "预警天数",
    synonyms: ["到期预警天数", "提前预警天数"],
    example: 7,
    note: "距化解时限不足该天数时提示“即将到期”",
    read: integerIn(0, 60, "天"),
    fallbackText: "7",
  }),
  spec({
    key: "groupSize",
    name: "集体访人数",
    synonyms: ["集访人数", "集体访标准"],
    example: 5,
    note: "人数达到该值即为集体访（通常为5人）",
    read: integerIn(2, 1000, "人"),
    fallbackText: "5",
  }),
  spec({
    key: "oneLeaderPerCase",
    name: "一案一领导",
    synonyms: ["一人包一案", "一案一名领导"],
    example: "是",
    note: "是：一案只安排一名镇级包案领导，多名时提示",
    read: yesNo,
    fallbackText: "是",
  }),
  spec({
    key: "reportStartDay",
    name: "月报起始日",
    synonyms: ["月报开始日", "统计起始日"],
    example: 1,
    note: "1 = 自然月；21 = 上月21日至本月20日（1～28）",
    read: integerIn(1, 28, "1～28"),
    fallbackText: "1",
  }),
  spec({
    key: "yoyZeroBase",
    name: "同比基数为0时",
    synonyms: ["同比基数为零时", "基数为0时"],
    example: "留空",
    note: "去年同期为0时同比怎么写：留空 或 100%",
    read: yoyZeroBase,
    fallbackText: "留空",
  }),
  spec({
    key: "holidayShift",
    name: "节假日顺延",
    synonyms: ["节假日顺延时限", "时限节假日顺延"],
    example: "否",
    note: "是：推算的化解时限落在法定节假日或周末时顺延到下一个工作日（调休上班日照常计算；按内置2020年起国务院放假安排和“节假日”块）",
    read: yesNo,
    fallbackText: "否",
  }),
  spec({
    key: "categoryRules",
    name: "分类规则",
    synonyms: ["分类规则方式"],
    example: "追加",
    note: "追加：“分类规则”块在内置关键词基础上增改（权重0删除）；替换：只用本表的规则",
    read: ruleMode,
    fallbackText: "追加",
  }),
  spec({
    key: "domainRules",
    name: "领域规则",
    synonyms: ["领域规则方式"],
    example: "追加",
    note: "同上，作用于“领域规则”块",
    read: ruleMode,
    fallbackText: "追加",
  }),
];

export function paramByName(name: CellValue): ParamSpec | undefined {
  const n = normalizeHeader(name);
  return PARAMS.find((p) => normalizeHeader(p.name) === n || p.synonyms.some((s) => normalizeHeader(s) === n));
}

/**
 * The synonym table of the report template (§6.2): what the words in a 月报 label mean. A label is
 * read as a sequence of these words (longest first); words combine across a row label and its
 * column headers (`来信` + `本月批次` → channel.letter.batches.month). Rules as data; resolve.ts
 * turns the combined words into a metric key.
 */

export type Token =
  | { kind: "subject"; value: string } // a count stem: all, channel.letter, overlevel, group, abnormal, repeat, first
  | { kind: "level"; value: string } // town … national (a count of its own, or qualifies 集体访)
  | { kind: "category"; value: string } // personnel | livelihood | legacy
  | { kind: "measure"; value: Measure }
  | { kind: "unit"; value: "batches" | "persons" }
  | { kind: "scope"; value: ScopeWord }
  | { kind: "key"; value: string } // a label that names one metric outright (纯人数 targets)
  | { kind: "corner" } // 项目, 指标, 类别 … : header corner words, never reported
  | { kind: "filler" }; // words that add nothing: 数, 情况, 增减幅度, %

export type Measure =
  | "total"
  | "closed"
  | "open"
  | "closedRate"
  | "onTimeRate"
  | "ratedRate"
  | "satisfactionRate"
  | "backlog"
  | "resolved"
  | "unresolved"
  | "resolvedRate"
  | "overdue";

/** Scope words: a base period (本月 / 累计), 去年, 上月, and a comparison (同比 / 环比). */
export type ScopeWord = "month" | "ytd" | "lastYear" | "lastMonth" | "yoy" | "mom";

const S = (value: string): Token => ({ kind: "subject", value });
const L = (value: string): Token => ({ kind: "level", value });
const C = (value: string): Token => ({ kind: "category", value });
const M = (value: Measure): Token => ({ kind: "measure", value });
const U = (value: "batches" | "persons"): Token => ({ kind: "unit", value });
const P = (value: ScopeWord): Token => ({ kind: "scope", value });
const CORNER: Token = { kind: "corner" };
const FILL: Token = { kind: "filler" };

const group = (tokens: Token[], words: string[]): [string, Token[]][] => words.map((w) => [w, tokens]);

/** Word → meaning. Normalised words (half-width, no blanks). */
export const LABEL_WORDS: ReadonlyMap<string, readonly Token[]> = new Map<string, Token[]>([
  // Counts (rows)
  ...group([S("all")], ["信访总量", "信访总数", "信访量", "总量", "合计", "总计", "小计", "信访总件数"]),
  ...group([S("channel.letter")], ["来信", "信件", "写信", "群众来信"]),
  ...group([S("channel.visit")], ["来访", "群众来访", "走访"]),
  ...group([S("channel.phone")], ["电话", "电话访", "来电", "电话访(举报)", "热线", "12345"]),
  ...group(
    [S("channel.online")],
    ["网上信访", "网上", "网络访", "网络", "网信", "网上投诉", "阳光信访", "网络访(举报)"],
  ),
  ...group([S("channel.assigned")], ["上级交办", "交办", "转送", "转办", "领导交办", "上级转交办"]),
  ...group([L("town")], ["来镇", "本镇", "镇级", "到镇", "来乡", "乡级"]),
  ...group([L("county")], ["到区", "到县", "赴区", "赴县", "来区", "县级", "区级", "到区县"]),
  ...group([L("city")], ["到市", "赴市", "市级"]),
  ...group([L("province")], ["赴省", "到省", "省级"]),
  ...group([L("national")], ["进京", "赴京", "到京", "国家级"]),
  ...group([S("overlevel")], ["越级访", "越级上访", "越级", "越级信访"]),
  ...group([S("group")], ["集体访", "集访", "集体上访", "群体访"]),
  ...group(
    [S("abnormal")],
    [
      "非正常访",
      "非正常上访",
      "进京非正常访",
      "进京非正常上访",
      "非接待场所访",
      "进京非接待场所访",
      "进京非接待场所上访",
      "非访",
    ],
  ),
  ...group([S("repeat")], ["重复信访", "重信重访", "重复访", "重复上访", "重复来信", "重复来访"]),
  ...group([S("first")], ["初信初访", "初次信访", "初信", "初访"]),
  ...group([C("personnel")], ["组织人事问题类", "组织人事问题", "组织人事类", "组织人事"]),
  ...group([C("livelihood")], ["民生问题类", "民生问题", "民生类", "民生"]),
  ...group(
    [C("legacy")],
    [
      "其它遗留问题类",
      "其他遗留问题类",
      "其它遗留问题",
      "其他遗留问题",
      "历史遗留问题类",
      "历史遗留问题",
      "其它遗留",
      "其他遗留",
      "遗留问题类",
      "遗留问题",
    ],
  ),
  ...group([{ kind: "key", value: "target.unique.national.visitors" }], ["进京走访纯人数", "进京纯人数"]),
  ...group([{ kind: "key", value: "target.unique.province.visitors" }], ["赴省走访纯人数", "赴省纯人数"]),
  // Handling and stocks
  ...group([M("total")], ["总数", "总件数", "件数", "受理", "受理数"]),
  ...group([M("closed")], ["办结", "已办结", "办结数", "办结件数"]),
  ...group([M("open")], ["未办结", "正在办理", "办理中", "在办"]),
  ...group([M("closedRate")], ["办结率", "一次性办结率"]),
  ...group([M("onTimeRate")], ["按期办结率", "按时办结率", "及时办结率", "按期办结", "按期结案率"]),
  ...group([M("ratedRate")], ["参评率", "评价率"]),
  ...group([M("satisfactionRate")], ["满意率", "群众满意率", "满意度"]),
  ...group([M("backlog")], ["积案", "信访积案", "积案数", "积案总数", "积案总量", "积案件数"]),
  ...group([M("resolved")], ["已化解", "化解", "化解数", "已化解数", "息诉罢访"]),
  ...group([M("unresolved")], ["未化解", "未化解数", "尚未化解"]),
  ...group([M("resolvedRate")], ["化解率", "积案化解率"]),
  ...group([M("overdue")], ["超期未办结", "超期", "逾期未办结", "超期未结", "超期件数", "超期案件"]),
  // Units (columns)
  ...group([U("batches")], ["批次", "批", "件次", "件", "批数", "批次数", "起"]),
  ...group([U("persons")], ["人次", "人", "人数", "人次数"]),
  // Scopes (columns)
  ...group([P("month")], ["本月", "当月", "本期", "月"]),
  ...group(
    [P("ytd")],
    ["累计", "本年累计", "今年累计", "年累计", "1-本月累计", "1至本月累计", "1-本月", "本年", "今年"],
  ),
  ...group([P("lastYear"), P("ytd")], ["去年同期累计", "上年同期累计", "去年累计", "上年累计"]),
  ...group([P("lastYear")], ["去年同期", "上年同期", "同期", "去年"]),
  ...group([P("lastYear"), P("month")], ["去年同月", "去年本月", "上年同月", "上年本月", "去年当月"]),
  ...group([P("lastMonth")], ["上月", "上期"]),
  ...group(
    [P("yoy")],
    ["同比", "同比增减", "同比增长", "同比增幅", "同比变化", "比去年同期", "较去年同期", "与去年同期相比"],
  ),
  ...group([P("mom")], ["环比", "环比增减", "与上月相比", "比上月", "较上月", "与上月比"]),
  // Words that add nothing
  ...group(
    [FILL],
    ["数", "的", "情况", "增减", "幅度", "增减幅度", "增幅", "%", "其中", "信访", "上访", "数量", "群众", "事项", "访"],
  ),
  ...group(
    [CORNER],
    [
      "项目",
      "指标",
      "类别",
      "分类",
      "内容",
      "序号",
      "名称",
      "统计项目",
      "指标名称",
      "备注",
      "单位",
      "项目名称",
      "信访形式",
      "信访层级",
      "问题类别",
      "信访类别",
      "形式",
      "层级",
      "类型",
      "统计指标",
      "项目内容",
    ],
  ),
]);

/** `1-5月累计`, `1至5月`, `1—5月` are ytd. */
export const LABEL_PATTERNS: readonly { re: RegExp; tokens: readonly Token[] }[] = [
  { re: /^1[-至~—－]\d{1,2}月(份)?(累计)?/, tokens: [P("ytd")] },
];

/** Cells that are not labels at all: titles, signatures, dates. Never reported. */
export const IGNORED_LABELS: readonly RegExp[] = [
  /月报|报表|统计表|情况表|汇总表|一览表/,
  /^(填报|制表|审核|负责人|联系人|联系电话|报送|日期|盖章|签发)/,
  /^(注|说明|备注)[:：]/,
  /^单位[:：]/,
];

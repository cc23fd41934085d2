/**
 * The ledger's fields (DOMAIN.md §1.2) as data: key, Chinese label, header synonyms, value type.
 * Header matching normalises both sides with `normalizeHeader` (schema/normalize.ts).
 */

export type FieldKey =
  | "seq"
  | "caseId"
  | "registeredOn"
  | "petitioners"
  | "headcount"
  | "idNumbers"
  | "phone"
  | "address"
  | "village"
  | "channel"
  | "level"
  | "abnormal"
  | "repeat"
  | "complaint"
  | "category"
  | "domain"
  | "backlog"
  | "leader"
  | "villageLead"
  | "unit"
  | "measures"
  | "dueOn"
  | "extended"
  | "status"
  | "closedOn"
  | "resolvedOn"
  | "satisfaction"
  | "pledge"
  | "followUp"
  | "notes";

export type FieldType =
  "integer" | "text" | "date" | "names" | "idList" | "phone" | "village" | "enum" | "yesNo" | "haveNot" | "person";

export interface FieldSpec {
  key: FieldKey;
  /** The canonical Chinese header, used in messages and for new columns. */
  label: string;
  /** Other headers that mean this field (DOMAIN.md §1.2). Matched after normalisation. */
  synonyms: readonly string[];
  /** Headers qualified by a merged parent: `包案领导/镇`. */
  qualified?: readonly string[];
  type: FieldType;
  /** cell.required when empty (DOMAIN.md §2). */
  required?: boolean;
  /** For enum fields: the enumeration key in ENUMS. */
  enumKey?: EnumKey;
}

export const FIELDS: readonly FieldSpec[] = [
  { key: "seq", label: "序号", synonyms: ["序号", "编号"], type: "integer" },
  { key: "caseId", label: "案件编号", synonyms: ["案件编号", "信访件编号", "登记编号"], type: "text" },
  {
    key: "registeredOn",
    label: "登记日期",
    synonyms: ["登记日期", "信访日期", "来信来访日期", "受理日期", "日期"],
    type: "date",
    required: true,
  },
  {
    key: "petitioners",
    label: "信访人",
    synonyms: ["信访人", "姓名", "信访人姓名", "上访人"],
    type: "names",
    required: true,
  },
  { key: "headcount", label: "人数", synonyms: ["人数", "信访人数", "上访人数"], type: "integer" },
  { key: "idNumbers", label: "身份证号", synonyms: ["身份证号", "身份证号码", "公民身份号码"], type: "idList" },
  { key: "phone", label: "联系电话", synonyms: ["联系电话", "电话", "手机", "联系方式"], type: "phone" },
  { key: "address", label: "户籍地", synonyms: ["户籍地", "住址", "家庭住址", "地址", "户籍所在地"], type: "text" },
  { key: "village", label: "所属村", synonyms: ["所属村", "村(社区)", "所在村", "村居", "村别"], type: "village" },
  {
    key: "channel",
    label: "信访形式",
    synonyms: ["信访形式", "信访方式", "来源", "形式"],
    type: "enum",
    enumKey: "channel",
    required: true,
  },
  {
    key: "level",
    label: "信访层级",
    synonyms: ["信访层级", "去向", "上访层级", "走访层级"],
    type: "enum",
    enumKey: "level",
    required: true,
  },
  {
    key: "abnormal",
    label: "非正常访",
    synonyms: ["非正常访", "是否非正常访", "非接待场所访", "非访", "进京非接待场所"],
    type: "yesNo",
  },
  { key: "repeat", label: "重复信访", synonyms: ["重复信访", "是否重复访", "重信重访"], type: "yesNo" },
  {
    key: "complaint",
    label: "诉求内容",
    synonyms: ["诉求内容", "反映问题", "主要诉求", "信访事项", "事由"],
    type: "text",
    required: true,
  },
  { key: "category", label: "问题类别", synonyms: ["问题类别", "类别", "问题分类"], type: "enum", enumKey: "category" },
  { key: "domain", label: "重点领域", synonyms: ["重点领域", "涉及领域"], type: "enum", enumKey: "domain" },
  { key: "backlog", label: "是否积案", synonyms: ["是否积案", "积案"], type: "yesNo" },
  {
    key: "leader",
    label: "包案领导",
    synonyms: ["包案领导", "镇级包案领导"],
    qualified: ["包案领导/镇"],
    type: "person",
  },
  {
    key: "villageLead",
    label: "村级责任人",
    synonyms: ["村级责任人", "村包案人"],
    qualified: ["包案领导/村"],
    type: "person",
  },
  { key: "unit", label: "责任单位", synonyms: ["责任单位", "承办单位"], type: "text" },
  { key: "measures", label: "工作措施", synonyms: ["工作措施", "化解措施", "稳控措施"], type: "text" },
  { key: "dueOn", label: "化解时限", synonyms: ["化解时限", "办结时限", "办理期限"], type: "date" },
  { key: "extended", label: "是否延期", synonyms: ["是否延期", "延期"], type: "yesNo" },
  {
    key: "status",
    label: "办理状态",
    synonyms: ["办理状态", "办理情况", "状态"],
    type: "enum",
    enumKey: "status",
    required: true,
  },
  { key: "closedOn", label: "办结日期", synonyms: ["办结日期"], type: "date" },
  { key: "resolvedOn", label: "化解日期", synonyms: ["化解日期", "息诉罢访日期"], type: "date" },
  {
    key: "satisfaction",
    label: "满意度",
    synonyms: ["满意度", "评价"],
    type: "enum",
    enumKey: "satisfaction",
  },
  { key: "pledge", label: "息诉罢访保证书", synonyms: ["息诉罢访保证书", "保证书"], type: "haveNot" },
  { key: "followUp", label: "回访记录", synonyms: ["回访记录", "回访"], type: "haveNot" },
  { key: "notes", label: "备注", synonyms: ["备注"], type: "text" },
];

export const FIELD_BY_KEY: Readonly<Record<FieldKey, FieldSpec>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f]),
) as Record<FieldKey, FieldSpec>;

export const REQUIRED_FIELDS: readonly FieldKey[] = FIELDS.filter((f) => f.required).map((f) => f.key);

export type EnumKey = "channel" | "level" | "status" | "category" | "domain" | "satisfaction";

export type Channel = "来信" | "来访" | "电话" | "网上" | "交办";
export type Level = "来镇" | "到区" | "到市" | "赴省" | "进京";
export type Status = "办理中" | "已办结" | "已化解";
export type Category = "组织人事问题类" | "民生问题类" | "其它遗留问题类";
export type Domain =
  | "房地产"
  | "重大工程项目"
  | "环境污染"
  | "征地拆迁"
  | "医患矛盾"
  | "劳资纠纷"
  | "社会保障"
  | "企业倒闭破产"
  | "土地流转"
  | "棚户区改造"
  | "涉法涉诉"
  | "退役军人"
  | "民代幼"
  | "其他";
export type Satisfaction = "满意" | "基本满意" | "不满意" | "未评价";

export interface EnumSpec {
  /** Canonical values, in display order. */
  values: readonly string[];
  /** Accepted spellings → canonical value (DOMAIN.md §1.3). Canonical values map to themselves implicitly. */
  aliases: Readonly<Record<string, string>>;
}

export const ENUMS: Readonly<Record<EnumKey, EnumSpec>> = {
  channel: {
    values: ["来信", "来访", "电话", "网上", "交办"],
    aliases: {
      信: "来信",
      写信: "来信",
      信件: "来信",
      邮件: "来信",
      走访: "来访",
      上访: "来访",
      来人: "来访",
      电话访: "电话",
      "12345": "电话",
      热线: "电话",
      网络: "网上",
      网上信访: "网上",
      网信: "网上",
      手机APP: "网上",
      阳光信访: "网上",
      网络访: "网上",
      上级交办: "交办",
      转送: "交办",
      转办: "交办",
      领导交办: "交办",
    },
  },
  level: {
    values: ["来镇", "到区", "到市", "赴省", "进京"],
    aliases: {
      本镇: "来镇",
      镇级: "来镇",
      乡级: "来镇",
      到县: "到区",
      县级: "到区",
      区级: "到区",
      到区县: "到区",
      市级: "到市",
      省级: "赴省",
      到省: "赴省",
      国家级: "进京",
      到京: "进京",
      北京: "进京",
      国家信访局: "进京",
    },
  },
  status: {
    values: ["办理中", "已办结", "已化解"],
    aliases: {
      正在办理: "办理中",
      在办: "办理中",
      未办结: "办理中",
      受理: "办理中",
      办结: "已办结",
      结案: "已办结",
      化解: "已化解",
      息诉罢访: "已化解",
      案结事了: "已化解",
    },
  },
  category: {
    values: ["组织人事问题类", "民生问题类", "其它遗留问题类"],
    aliases: {
      组织人事: "组织人事问题类",
      人事: "组织人事问题类",
      民生: "民生问题类",
      其它遗留: "其它遗留问题类",
      其他遗留: "其它遗留问题类",
      历史遗留: "其它遗留问题类",
      遗留问题: "其它遗留问题类",
      其他遗留问题类: "其它遗留问题类",
    },
  },
  domain: {
    values: [
      "房地产",
      "重大工程项目",
      "环境污染",
      "征地拆迁",
      "医患矛盾",
      "劳资纠纷",
      "社会保障",
      "企业倒闭破产",
      "土地流转",
      "棚户区改造",
      "涉法涉诉",
      "退役军人",
      "民代幼",
      "其他",
    ],
    aliases: { 其它: "其他" },
  },
  satisfaction: {
    values: ["满意", "基本满意", "不满意", "未评价"],
    aliases: {},
  },
};

/** 是/否 spellings (DOMAIN.md §1.3). */
export const YES_NO: Readonly<Record<string, boolean>> = {
  是: true,
  否: false,
  Y: true,
  N: false,
  y: true,
  n: false,
  YES: true,
  NO: false,
  yes: true,
  no: false,
  "√": true,
  "×": false,
  "1": true,
  "0": false,
  有: true,
  无: false,
};

/** 有/无 spellings; 有/无 also accepts 是/否 and √/×. */
export const HAVE_NOT: Readonly<Record<string, boolean>> = YES_NO;

/** English metric keys of the enumerations (DOMAIN.md §6.1). */
export const CHANNEL_KEY: Readonly<Record<Channel, string>> = {
  来信: "letter",
  来访: "visit",
  电话: "phone",
  网上: "online",
  交办: "assigned",
};
export const LEVEL_KEY: Readonly<Record<Level, string>> = {
  来镇: "town",
  到区: "county",
  到市: "city",
  赴省: "province",
  进京: "national",
};
export const CATEGORY_KEY: Readonly<Record<Category, string>> = {
  组织人事问题类: "personnel",
  民生问题类: "livelihood",
  其它遗留问题类: "legacy",
};
export const LEVEL_RANK: Readonly<Record<Level, number>> = { 来镇: 0, 到区: 1, 到市: 2, 赴省: 3, 进京: 4 };

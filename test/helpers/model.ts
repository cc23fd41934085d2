/**
 * Test builders for parsed records and configs (model.ts), independent of the readers under test.
 * The sample town is 孟河镇 of seed 004: its villages and the leaders of its 包案 table.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid";
import type { CaseRecord, Config, ConfigParams, LeaderConfig, VillageConfig } from "../../src/core/model";
import { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES } from "../../src/core/classify/cues";

/** Defaults of DOMAIN.md §7 `参数`. */
export const DEFAULT_PARAMS: ConfigParams = {
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

/** Seed 004's leaders (孟河镇). 高栋 is the principal; the rest cover fields and villages. */
export const SAMPLE_LEADERS: LeaderConfig[] = [
  { name: "高栋", title: "镇党委书记", principal: true, duties: [], villages: [], cap: null },
  { name: "周洪春", title: "镇长", principal: true, duties: [], villages: [], cap: null },
  { name: "杨波", title: "副镇长", principal: false, duties: ["民生问题类", "社会保障"], villages: ["银河村"], cap: 5 },
  { name: "许波", title: "副镇长", principal: false, duties: ["征地拆迁"], villages: ["九龙村"], cap: 5 },
  { name: "梅卫峰", title: "纪委书记", principal: false, duties: ["组织人事问题类"], villages: ["东陆村"], cap: 5 },
  { name: "汤浩明", title: "副书记", principal: false, duties: ["劳资纠纷"], villages: ["通江村"], cap: 5 },
  { name: "徐冰", title: "武装部长", principal: false, duties: ["退役军人"], villages: ["荫沙村"], cap: 5 },
  { name: "石青华", title: "副镇长", principal: false, duties: ["其它遗留问题类"], villages: [], cap: 5 },
  { name: "丁国强", title: "人大主席", principal: false, duties: ["环境污染"], villages: [], cap: 5 },
];

export const SAMPLE_VILLAGES: VillageConfig[] = [
  { name: "银河村", aliases: ["银河村委", "银河"], lead: "蒋亚军", leader: "杨波" },
  { name: "九龙村", aliases: ["九龙村委"], lead: "倪华强", leader: "许波" },
  { name: "东陆村", aliases: ["东陆村委"], lead: "杨孝良", leader: "梅卫峰" },
  { name: "通江村", aliases: ["通江村委"], lead: "管忠芳", leader: "汤浩明" },
  { name: "荫沙村", aliases: ["荫沙村委"], lead: "王俍", leader: "徐冰" },
];

export interface ConfigOverrides {
  params?: Partial<ConfigParams>;
  leaders?: LeaderConfig[];
  villages?: VillageConfig[];
}

/** A Config for tests: §7 defaults, the 孟河镇 leaders and villages, the built-in cue rules. */
export function makeConfig(o: ConfigOverrides = {}): Config {
  return {
    params: { ...DEFAULT_PARAMS, ...o.params },
    leaders: o.leaders ?? SAMPLE_LEADERS.map((l) => ({ ...l })),
    villages: o.villages ?? SAMPLE_VILLAGES.map((v) => ({ ...v })),
    categoryRules: [...DEFAULT_CATEGORY_RULES],
    domainRules: [...DEFAULT_DOMAIN_RULES],
    fromSheet: {
      params: false,
      leaders: !!o.leaders,
      villages: !!o.villages,
      categoryRules: false,
      domainRules: false,
    },
  };
}

/** A CaseRecord with neutral defaults (来访, 来镇, 办理中, one petitioner); override what the test is about. */
export function makeCase(p: Partial<CaseRecord> & { row: number }): CaseRecord {
  const petitioners = p.petitioners ?? ["殷飞"];
  return {
    seq: null,
    caseId: null,
    registeredOn: null,
    petitioners,
    headcountTyped: null,
    headcount: p.headcount ?? Math.max(1, petitioners.length),
    idNumbers: [],
    phone: null,
    address: null,
    villageTyped: null,
    village: null,
    channel: "来访",
    level: "来镇",
    abnormal: false,
    repeatTyped: null,
    complaint: "",
    category: null,
    domain: null,
    backlogFlag: false,
    leaders: [],
    villageLeads: [],
    unit: null,
    measures: null,
    dueOnTyped: null,
    extended: false,
    status: "办理中",
    closedOn: null,
    resolvedOn: null,
    satisfaction: null,
    pledge: false,
    followUp: false,
    ...p,
  };
}

/**
 * A 配置 sheet in the layout of DOMAIN.md §7 (titled blocks, header under the title, blank row
 * between blocks). Pass only the blocks the test needs; missing blocks mean built-in defaults.
 */
export function configGrid(
  blocks: {
    params?: Record<string, CellValue>;
    leaders?: LeaderConfig[];
    villages?: VillageConfig[];
    categoryRules?: [string, string, number?][];
  } = {},
): SheetGrid {
  const rows: CellValue[][] = [];
  const block = (title: string, header: string[], body: CellValue[][]) => {
    if (rows.length) rows.push([]);
    rows.push([title], header, ...body);
  };
  if (blocks.params)
    block(
      "参数",
      ["参数", "值"],
      Object.entries(blocks.params).map(([k, v]) => [k, v]),
    );
  if (blocks.leaders)
    block(
      "领导分工",
      ["姓名", "职务", "主要领导", "分管领域", "包村", "包案上限"],
      blocks.leaders.map((l) => [
        l.name,
        l.title,
        l.principal ? "是" : "否",
        l.duties.join("、"),
        l.villages.join("、"),
        l.cap,
      ]),
    );
  if (blocks.villages)
    block(
      "村(社区)",
      ["村名", "别名", "村级责任人", "包村领导"],
      blocks.villages.map((v) => [v.name, v.aliases.join("、"), v.lead, v.leader]),
    );
  if (blocks.categoryRules)
    block(
      "分类规则",
      ["类别", "关键词", "权重"],
      blocks.categoryRules.map(([c, k, w]) => [c, k, w ?? 1]),
    );
  return { name: "配置", rows, merges: [] };
}

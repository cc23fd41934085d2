/**
 * Built-in classification cues (DOMAIN.md §4), drawn from the seeds' vocabulary. The config sheet's
 * 分类规则 / 领域规则 blocks add to these (or replace them, see config/read.ts).
 * Weight: how strongly one occurrence points at the target.
 */
import type { KeywordRule } from "../model";

const rules = (target: string, weight: number, keywords: string[]): KeywordRule[] =>
  keywords.map((keyword) => ({ target, keyword, weight }));

export const DEFAULT_CATEGORY_RULES: readonly KeywordRule[] = [
  ...rules("组织人事问题类", 2, [
    "干部调整",
    "换届",
    "选举",
    "任免",
    "编制",
    "党员",
    "村干部",
    "考核",
    "辞退",
    "人事档案",
    "职称",
    "工龄认定",
  ]),
  ...rules("民生问题类", 2, [
    "低保",
    "医保",
    "养老",
    "社保",
    "住房",
    "危房",
    "拆迁",
    "征地补偿",
    "饮水",
    "道路",
    "污染",
    "噪音",
    "拖欠工资",
    "就业",
    "上学",
    "救助",
    "看病",
  ]),
  ...rules("其它遗留问题类", 2, [
    "历史遗留",
    "改制",
    "下岗",
    "知青",
    "民办教师",
    "代课",
    "民代幼",
    "退役",
    "老案",
    "几十年",
    "当年",
  ]),
];

export const DEFAULT_DOMAIN_RULES: readonly KeywordRule[] = [
  ...rules("征地拆迁", 2, ["征地", "拆迁"]),
  ...rules("劳资纠纷", 2, ["拖欠工资", "欠薪", "工资"]),
  ...rules("环境污染", 2, ["污染", "噪音", "异味", "排污"]),
  ...rules("社会保障", 2, ["低保", "医保", "养老", "社保", "救助"]),
  ...rules("房地产", 2, ["房产证", "物业", "开发商", "商品房"]),
  ...rules("医患矛盾", 2, ["医疗事故", "医院", "看病"]),
  ...rules("企业倒闭破产", 2, ["倒闭", "破产"]),
  ...rules("土地流转", 2, ["土地流转", "流转费"]),
  ...rules("棚户区改造", 2, ["棚户区", "棚改"]),
  ...rules("涉法涉诉", 2, ["判决", "法院", "诉讼"]),
  ...rules("退役军人", 2, ["退役", "退伍", "复员"]),
  ...rules("民代幼", 2, ["民办教师", "代课", "幼儿教师"]),
  ...rules("重大工程项目", 2, ["工程项目", "施工"]),
];

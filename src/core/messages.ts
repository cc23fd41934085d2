/**
 * The one catalog of Chinese finding messages. Each says what is wrong and what to do.
 * Placeholders `{name}` are filled by `message()`; unknown placeholders stay visible so a missing
 * parameter shows up in tests rather than as an empty phrase.
 */
import type { FindingCode } from "./findings";

export const MESSAGES: Record<FindingCode, string> = {
  "header.missing":
    "表头中找不到必需的“{label}”列，本列相关的检查已跳过。请在表头行加上“{label}”列（或把现有列名改为“{label}”）。",
  "header.duplicate": "“{header}”与 {other} 列都对应“{label}”，只采用 {used} 列。请删除或改名其中一列。",
  "cell.required": "“{label}”未填写。请补填。",
  "cell.error": "单元格是公式错误值 {value}，无法读取“{label}”。请检查公式或改为直接填写数值。",
  "date.invalid": "“{value}”不是有效日期。请按 2023-03-05 或 2023年3月5日 的格式填写{label}。",
  "date.future": "{label} {value} 晚于今天（{today}）。请核对年份和月份。",
  "date.order": "{label} {value} 早于{otherLabel} {other}。请核对两个日期。",
  "id.format": "身份证号“{value}”格式不对：应为18位（17位数字加1位数字或X），或15位旧号码。请核对后重新填写。",
  "id.checksum": "身份证号“{value}”校验位不对（按前17位计算应为 {expected}），号码可能抄错了。请与信访人核对。",
  "id.birthdate": "身份证号“{value}”中的出生日期 {birth} 不存在或晚于登记日期。请核对号码。",
  "id.numeric":
    "身份证号被存成了数字（显示为 {value}），Excel 只保留15位有效数字，后几位已经丢失。请把该列设为“文本”格式后重新录入完整号码。",
  "id.legacy": "“{value}”是15位旧身份证号。如能取得，请换成18位号码。",
  "id.count": "填了 {ids} 个身份证号，但只有 {names} 个姓名。请按姓名顺序核对身份证号。",
  "phone.invalid": "电话“{value}”不是有效的手机号（11位，1开头）或固定电话（区号-号码）。请核对。",
  "enum.unknown": "“{value}”不是规定的{label}取值（{allowed}）。{hint}",
  "headcount.invalid": "人数“{value}”无效，应为不小于1的整数。请改正。",
  "headcount.names": "人数 {count} 少于信访人姓名数 {names}。请核对人数。",
  "status.no-date": "办理状态为“{status}”，但{missing}未填写。请补填日期，或把状态改为“办理中”。",
  "status.date-open": "办理状态为“办理中”，却已填写办结日期 {value}。请把状态改为“已办结”，或删去办结日期。",
  "closure.docs":
    "状态为“已化解”，但缺少{missing}（结案案件要有信访人的息诉罢访保证书和回访记录）。请补齐材料并填“有”。",
  "backlog.plan": "积案缺少{missing}（每一项问题都要明确责任人、工作措施和化解时限）。请补填。",
  "deadline.overdue": "已超过化解时限 {due}（逾期 {days} 天）仍未办结。请督促包案领导尽快办结，或按规定办理延期。",
  "deadline.soon": "化解时限 {due} 将在 {days} 天内到期。请提醒包案领导按期办结。",
  "leader.multiple": "本案有 {count} 名镇级包案领导（{names}）。原则上一人包一案，请明确一名包案领导。",
  "leader.unknown": "包案领导“{value}”不在配置表“领导分工”名单中。请核对姓名，或在配置表中补充。",
  "village.unknown": "“{value}”不是配置表“村(社区)”中的村（社区）。请核对名称，或在配置表中补充别名。",
  "duplicate.row": "与第 {other} 行的信访人、登记日期和诉求内容完全相同，可能重复登记。请核对后删除多余的一行。",
  "repeat.unflagged":
    "该信访人此前已于 {date}（第 {other} 行）反映过同一问题，本件属重复信访，但未标注。请在“重复信访”列填“是”。",
  "seq.duplicate": "序号 {value} 与第 {other} 行重复。请重新编排序号。",
  "caseId.duplicate": "案件编号“{value}”与第 {other} 行重复。请核对编号。",
  "category.unknown":
    "无法根据诉求内容判断问题类别{detail}。请人工选择“组织人事问题类”“民生问题类”或“其它遗留问题类”。",
  "category.differs": "表中类别为“{value}”，按诉求内容应为“{suggestion}”（依据：{reason}）。请核对；如确认无误可忽略。",
  "row.blank": "数据中间有空行{span}，已跳过。可删除{which}。",
  "config.param": "配置参数“{name}”的值“{value}”无效：{detail}。已使用默认值 {fallback}。",
  "config.duplicate": "配置中“{value}”重复出现（另见第 {other} 行），只采用第一次出现的设置。请删除重复行。",
  "config.reference": "配置中“{value}”的引用有误：{detail}。请核对名称。",
  "config.header": "配置块“{block}”的表头不对：{detail}。该块已按默认设置处理，请按模板改正表头。",
  "config.value": "配置中“{value}”无效：{detail}。",
};

export function message(code: FindingCode, params: Record<string, string | number> = {}): string {
  return MESSAGES[code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

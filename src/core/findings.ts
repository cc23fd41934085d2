import type { FieldKey } from "./schema/fields";

export type Severity = "error" | "warning" | "info";

/** Finding codes of DOMAIN.md §2, plus `config.*` (§7) and workbook-level codes. Stable: tests and JSON use them. */
export type FindingCode =
  | "header.missing"
  | "header.duplicate"
  | "cell.required"
  | "cell.error"
  | "date.invalid"
  | "date.future"
  | "date.order"
  | "id.format"
  | "id.checksum"
  | "id.birthdate"
  | "id.numeric"
  | "id.legacy"
  | "id.count"
  | "phone.invalid"
  | "enum.unknown"
  | "headcount.invalid"
  | "headcount.names"
  | "status.no-date"
  | "status.date-open"
  | "closure.docs"
  | "backlog.plan"
  | "deadline.overdue"
  | "deadline.soon"
  | "leader.multiple"
  | "leader.unknown"
  | "village.unknown"
  | "duplicate.row"
  | "repeat.unflagged"
  | "seq.duplicate"
  | "caseId.duplicate"
  | "category.unknown"
  | "category.differs"
  | "row.blank"
  | "config.param"
  | "config.duplicate"
  | "config.reference"
  | "config.header"
  | "config.value";

export interface Finding {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** A1 address (the row's first cell for row findings). */
  cell: string;
  field: FieldKey | null;
  code: FindingCode;
  severity: Severity;
  /** Chinese: what is wrong and what to do. */
  message: string;
  suggestion: string | null;
}

export const SEVERITY: Record<FindingCode, Severity> = {
  "header.missing": "error",
  "header.duplicate": "warning",
  "cell.required": "error",
  "cell.error": "error",
  "date.invalid": "error",
  "date.future": "error",
  "date.order": "error",
  "id.format": "error",
  "id.checksum": "error",
  "id.birthdate": "error",
  "id.numeric": "error",
  "id.legacy": "info",
  "id.count": "warning",
  "phone.invalid": "error",
  "enum.unknown": "error",
  "headcount.invalid": "error",
  "headcount.names": "warning",
  "status.no-date": "error",
  "status.date-open": "warning",
  "closure.docs": "error",
  "backlog.plan": "error",
  "deadline.overdue": "warning",
  "deadline.soon": "info",
  "leader.multiple": "warning",
  "leader.unknown": "warning",
  "village.unknown": "warning",
  "duplicate.row": "error",
  "repeat.unflagged": "warning",
  "seq.duplicate": "warning",
  "caseId.duplicate": "error",
  "category.unknown": "warning",
  "category.differs": "info",
  "row.blank": "info",
  "config.param": "error",
  "config.duplicate": "warning",
  "config.reference": "warning",
  "config.header": "error",
  "config.value": "warning",
};

/** Short Chinese names of the codes, for summaries and the task pane's filter. */
export const CODE_TITLE: Record<FindingCode, string> = {
  "header.missing": "缺少必需列",
  "header.duplicate": "表头重复",
  "cell.required": "必填项为空",
  "cell.error": "公式错误值",
  "date.invalid": "日期无法识别",
  "date.future": "日期晚于今天",
  "date.order": "日期先后颠倒",
  "id.format": "身份证号格式错误",
  "id.checksum": "身份证号校验位错误",
  "id.birthdate": "身份证号出生日期错误",
  "id.numeric": "身份证号存成了数字",
  "id.legacy": "15位旧身份证号",
  "id.count": "身份证号多于姓名",
  "phone.invalid": "电话号码错误",
  "enum.unknown": "取值不在规定范围",
  "headcount.invalid": "人数无效",
  "headcount.names": "人数少于姓名数",
  "status.no-date": "办结缺日期",
  "status.date-open": "办理中却有办结日期",
  "closure.docs": "化解缺保证书或回访记录",
  "backlog.plan": "积案缺责任人/措施/时限",
  "deadline.overdue": "已超期",
  "deadline.soon": "即将到期",
  "leader.multiple": "多名领导包一案",
  "leader.unknown": "包案领导不在名单",
  "village.unknown": "村(社区)不在名单",
  "duplicate.row": "重复登记",
  "repeat.unflagged": "重复信访未标注",
  "seq.duplicate": "序号重复",
  "caseId.duplicate": "案件编号重复",
  "category.unknown": "类别待定",
  "category.differs": "类别与规则不一致",
  "row.blank": "数据中的空行",
  "config.param": "配置参数错误",
  "config.duplicate": "配置重复",
  "config.reference": "配置引用不存在",
  "config.header": "配置表头错误",
  "config.value": "配置取值错误",
};

export const SEVERITY_TITLE: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

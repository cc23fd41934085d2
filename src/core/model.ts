/**
 * The parsed ledger and the config, as the engine's rules see them. Produced by ledger/read.ts and
 * config/read.ts; consumed by check, derive, classify, assign and report.
 */
import type { HolidayCalendar } from "./calendar/calendar";
import type { Day } from "./day";
import type { Finding } from "./findings";
import type { Category, Channel, Domain, FieldKey, Level, Satisfaction, Status } from "./schema/fields";

/** Where the ledger sits in its sheet. Rows and columns 0-based. */
export interface LedgerLayout {
  sheet: string;
  /** Header rows (one or two), 0-based. */
  headerRows: number[];
  /** Field → 0-based column (the first column when a field has two). */
  columns: Partial<Record<FieldKey, number>>;
  /** Header text per mapped column, as normalised (`包案领导/镇`). */
  headers: Partial<Record<FieldKey, string>>;
  /** First and last data row, 0-based, inclusive. lastRow < firstRow when there is no data. */
  firstRow: number;
  lastRow: number;
  /** Total, blank and 合计 rows inside the data range that are not cases (0-based). */
  skippedRows: number[];
  /** How sure the header match is: the number of recognised columns. */
  score: number;
}

/** One petition event (一批次): one data row, parsed. Unparseable values are null (with a finding). */
export interface CaseRecord {
  /** 0-based sheet row. */
  row: number;
  seq: number | null;
  caseId: string | null;
  registeredOn: Day | null;
  /** Normalised names (`殷  飞` → `殷飞`). */
  petitioners: string[];
  /** headcount as typed (null when blank or invalid). */
  headcountTyped: number | null;
  /** Effective 人次: typed headcount, else the number of names, at least 1. */
  headcount: number;
  /** Valid (or legacy 15-digit) ID numbers, upper-case, in the names' order. */
  idNumbers: string[];
  phone: string | null;
  address: string | null;
  /** Village as typed (normalised), or null. */
  villageTyped: string | null;
  /** Canonical config village: from the cell, else found in the address. */
  village: string | null;
  channel: Channel | null;
  level: Level | null;
  abnormal: boolean;
  /** 重复信访 as typed: true/false, null when blank or no column. */
  repeatTyped: boolean | null;
  complaint: string;
  category: Category | null;
  domain: Domain | null;
  /** 是否积案 = 是 (designated in 排查摸底). */
  backlogFlag: boolean;
  /** Town-level leaders (names split, normalised). */
  leaders: string[];
  villageLeads: string[];
  unit: string | null;
  measures: string | null;
  /** 化解时限 as typed. */
  dueOnTyped: Day | null;
  extended: boolean;
  status: Status | null;
  closedOn: Day | null;
  resolvedOn: Day | null;
  satisfaction: Satisfaction | null;
  pledge: boolean;
  followUp: boolean;
}

export interface Ledger {
  layout: LedgerLayout;
  cases: CaseRecord[];
}

export interface LeaderConfig {
  name: string;
  title: string;
  /** 主要领导 (党政主要领导). */
  principal: boolean;
  /** 分管领域: categories, domains or keywords. */
  duties: string[];
  /** 包村: village names. */
  villages: string[];
  /** 包案上限; null = no limit. */
  cap: number | null;
}

export interface VillageConfig {
  name: string;
  aliases: string[];
  /** 村级责任人 */
  lead: string | null;
  /** 包村领导 */
  leader: string | null;
}

export interface KeywordRule {
  /** Category (for 分类规则) or domain (for 领域规则), canonical. */
  target: string;
  keyword: string;
  weight: number;
}

export interface ConfigParams {
  /** 辖区人口; null when not configured (targets then report no limit). */
  population: number | null;
  /** 办理时限天数 */
  handlingDays: number;
  /** 延期天数 */
  extensionDays: number;
  /** 预警天数 */
  warningDays: number;
  /** 集体访人数 */
  groupSize: number;
  /** 一案一领导 */
  oneLeaderPerCase: boolean;
  /** 月报起始日: 1 = calendar month; 21 = 上月21日至本月20日. */
  reportStartDay: number;
  /** 同比基数为0时: blank (null) or 100%. */
  yoyZeroBase: "blank" | "100%";
  /** 节假日顺延 */
  holidayShift: boolean;
  /**
   * Rest days for 节假日顺延: the built-in notices with the 配置 sheet's `节假日` rows applied. Absent
   * (no such block) = the built-in notices alone (calendar/builtinCalendar).
   */
  calendar?: HolidayCalendar;
}

export interface Config {
  params: ConfigParams;
  leaders: LeaderConfig[];
  villages: VillageConfig[];
  categoryRules: KeywordRule[];
  domainRules: KeywordRule[];
  /** Whether each block came from the sheet (false: built-in default). */
  fromSheet: { params: boolean; leaders: boolean; villages: boolean; categoryRules: boolean; domainRules: boolean };
}

export interface ConfigResult {
  config: Config;
  findings: Finding[];
}

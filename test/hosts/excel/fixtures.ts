/**
 * Seeded workbooks for the Office.js host tests and the benchmark: a township ledger of N rows x 25
 * columns with the mess real ledgers have (padded names, full-width digits, text dates, #N/A), a
 * small config sheet and a report template with formulas and percent formats.
 */
import { FakeExcel, type FakeOptions, type FakeSheet } from "./fake-excel";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "殷", "沙", "高"];
const GIVEN = ["飞", "凌云", "常荣", "栋", "洪春", "俍", "秀英", "建国", "桂兰", "志强", "海燕", "德明"];
const VILLAGES = ["银河村", "永宁村", "新桥村", "东风社区", "红旗村", "孟河村"];
const CHANNELS = ["来信", "来访", "电话", "网上", "交办", "走访"];
const LEVELS = ["来镇", "到区", "到市", "赴省", "进京"];
const STATUSES = ["办理中", "已办结", "已化解"];
const COMPLAINTS = [
  "反映村里修路占用承包地，征地补偿款至今未发放到位，要求按标准补偿",
  "反映所在企业拖欠工资三个月，多次讨要无果，请求政府协调解决",
  "反映低保评定不公，家庭困难却未纳入低保，要求重新评议",
  "反映当年民办教师工龄认定问题，要求落实相关待遇",
  "反映村干部换届选举程序不规范，要求调查处理",
  "反映邻近养殖场污染严重，噪音和异味影响生活",
  "反映危房改造补助未到位，房屋漏雨无法居住",
];
export const LEDGER_HEADERS = [
  "序号",
  "登记日期",
  "信访人",
  "人数",
  "身份证号",
  "联系电话",
  "户籍地",
  "所属村",
  "信访形式",
  "信访层级",
  "非正常访",
  "重复信访",
  "诉求内容",
  "问题类别",
  "重点领域",
  "是否积案",
  "包案领导",
  "村级责任人",
  "责任单位",
  "工作措施",
  "化解时限",
  "办理状态",
  "办结日期",
  "满意度",
  "备注",
];

type Raw = string | number | boolean;

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function name(r: () => number): string {
  const n = pick(r, SURNAMES) + pick(r, GIVEN);
  // Two-character names padded with blanks, a typesetting habit (seed 004).
  return n.length === 2 && r() < 0.2 ? `${n[0]}  ${n[1]}` : n;
}

function idNumber(r: () => number): string {
  let s = "320412";
  s += String(1950 + Math.floor(r() * 50));
  s += String(1 + Math.floor(r() * 12)).padStart(2, "0");
  s += String(1 + Math.floor(r() * 28)).padStart(2, "0");
  for (let i = 0; i < 3; i++) s += String(Math.floor(r() * 10));
  return s + (r() < 0.1 ? "X" : String(Math.floor(r() * 10)));
}

function fullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function ledgerRow(r: () => number, i: number): Raw[] {
  const serial = 44927 + Math.floor(r() * 700); // 2023-01-01 onwards
  const names = r() < 0.15 ? `${name(r)}、${name(r)}` : name(r);
  const count = names.includes("、") ? 2 : 1;
  const status = pick(r, STATUSES);
  const registered: Raw = r() < 0.1 ? `2023年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日` : serial;
  return [
    i + 1,
    registered,
    names,
    r() < 0.05 ? fullWidth(String(count)) : count,
    idNumber(r),
    `1${3 + Math.floor(r() * 7)}${String(Math.floor(r() * 1e9)).padStart(9, "0")}`,
    `${pick(r, VILLAGES).replace("村", "村委")}${Math.floor(r() * 200)}号`,
    r() < 0.1 ? "" : pick(r, VILLAGES),
    pick(r, CHANNELS),
    pick(r, LEVELS),
    r() < 0.05 ? "是" : "否",
    r() < 0.2 ? "是" : "",
    pick(r, COMPLAINTS),
    r() < 0.5 ? "" : pick(r, ["民生问题类", "组织人事问题类", "其它遗留问题类"]),
    r() < 0.5 ? "" : pick(r, ["征地拆迁", "劳资纠纷", "社会保障", "环境污染"]),
    r() < 0.1 ? "是" : "否",
    r() < 0.4 ? "" : name(r),
    r() < 0.4 ? "" : name(r),
    r() < 0.5 ? "" : "镇信访办",
    r() < 0.6 ? "" : "上门走访，释法明理，协调相关部门限期解决",
    r() < 0.03 ? "#N/A" : serial + 60,
    status,
    status === "办理中" ? "" : serial + Math.floor(r() * 90),
    status === "办理中" ? "" : pick(r, ["满意", "基本满意", "不满意", "未评价"]),
    r() < 0.9 ? "" : "信访人情绪激动",
  ];
}

export interface Workbook {
  excel: FakeExcel;
  ledger: FakeSheet;
}

/** A workbook with a title row, a header row and `rows` cases, plus 配置 and 月报 sheets. */
export function ledgerWorkbook(rows: number, seed = 7, options: FakeOptions = {}): Workbook {
  const excel = new FakeExcel(options);
  const r = rng(seed);
  const data: Raw[][] = [["2023年孟河镇信访事项登记台账"], LEDGER_HEADERS.slice()];
  for (let i = 0; i < rows; i++) data.push(ledgerRow(r, i));
  const ledger = excel.addSheet("信访台账", data);
  ledger.merges.push({ r1: 0, c1: 0, r2: 0, c2: 24 });
  for (let i = 0; i < rows; i++) ledger.formats.set((i + 2) * 16384 + 1, "yyyy-mm-dd");
  excel.addSheet("配置", [["参数"], ["参数", "值"], ["辖区人口", 52000], ["办理时限天数", 60]]);
  const report = excel.addSheet("月报", [
    ["2023年信访工作月报"],
    ["项目", "本月批次", "累计批次", "同比"],
    ["来信", "", "", ""],
    ["合计", "", "", ""],
  ]);
  report.formulas.set(3 * 16384 + 1, "=SUM(B3:B3)");
  report.formats.set(2 * 16384 + 3, "0.0%");
  return { excel, ledger };
}

/**
 * A seeded generator of realistic ledgers (孟河镇 names, villages, complaints, mixed date forms and
 * a sprinkle of mistakes), for performance runs and broad tests. Deterministic per seed.
 */
import type { CellValue } from "../../src/core/grid";
import { STANDARD_HEADERS, fullWidth, makeId, pick, rng } from "./grid";

const SURNAMES = [
  "殷",
  "沙",
  "黄",
  "戴",
  "吴",
  "杨",
  "严",
  "蒋",
  "汤",
  "封",
  "王",
  "张",
  "李",
  "刘",
  "陈",
  "周",
  "徐",
  "孙",
];
const GIVEN = [
  "飞",
  "凌云",
  "常荣",
  "彩萍",
  "建国",
  "小宽",
  "珍芳",
  "风平",
  "来仙",
  "振成",
  "可云",
  "纪美",
  "建强",
  "伟",
  "芳",
  "敏",
  "强",
  "军",
];
const VILLAGES = ["银河村", "九龙村", "东陆村", "通江村", "荫沙村"];
const COMPLAINTS = [
  "反映某建筑公司拖欠工资三个月未发",
  "反映征地补偿款未按时发放",
  "要求解决低保待遇问题",
  "反映村道路破损无人修",
  "反映企业排污造成河水污染",
  "反映村干部换届选举不公",
  "要求落实民办教师待遇",
  "反映宅基地纠纷",
  "反映养老保险缴费年限认定问题",
  "反映拆迁安置房质量问题",
];
const CHANNELS = ["来信", "来访", "电话", "网上", "交办", "走访"];
const LEVELS = ["来镇", "来镇", "来镇", "到区", "到市", "赴省", "进京"];
const STATUSES = ["办理中", "已办结", "已化解"];
const LEADERS = ["高栋", "周洪春", "杨波", "许波", "梅卫峰", "汤浩明", "徐冰"];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `n` rows keyed by STANDARD_HEADERS (30 columns; 25 or so filled per row). */
export function generateRows(n: number, seed = 1): CellValue[][] {
  const r = rng(seed);
  const rows: CellValue[][] = [];
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < n; i++) {
    const reg = new Date(start + Math.floor(r() * 900) * 86400000);
    const status = pick(r, STATUSES);
    const closed = status === "办理中" ? null : new Date(reg.getTime() + Math.floor(r() * 80) * 86400000);
    const name = pick(r, SURNAMES) + pick(r, GIVEN);
    const padded = name.length === 2 && r() < 0.2 ? `${name[0]}  ${name[1]}` : name;
    const village = pick(r, VILLAGES);
    const regText =
      r() < 0.6 ? Math.floor(reg.getTime() / 86400000) + 25569 : r() < 0.5 ? iso(reg) : fullWidth(iso(reg));
    const byHeader: Record<string, CellValue> = {
      序号: i + 1,
      案件编号: `MH${reg.getUTCFullYear()}-${String(i + 1).padStart(6, "0")}`,
      登记日期: r() < 0.001 ? { error: "#N/A" } : regText,
      信访人: padded,
      人数: r() < 0.05 ? Math.floor(r() * 30) + 2 : 1,
      身份证号:
        r() < 0.7
          ? makeId(
              `19${50 + Math.floor(r() * 40)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
              Math.floor(r() * 999),
            )
          : null,
      联系电话: `13${Math.floor(r() * 1e9)
        .toString()
        .padStart(9, "0")}`,
      户籍地: `${village}委${Math.floor(r() * 90)}号`,
      所属村: r() < 0.8 ? village : null,
      信访形式: pick(r, CHANNELS),
      信访层级: pick(r, LEVELS),
      非正常访: r() < 0.02 ? "是" : "否",
      重复信访: r() < 0.2 ? "是" : "否",
      诉求内容: pick(r, COMPLAINTS),
      问题类别: null,
      重点领域: null,
      是否积案: r() < 0.05 ? "是" : "否",
      包案领导: pick(r, LEADERS),
      村级责任人: "蒋亚军",
      责任单位: "镇信访办",
      工作措施: r() < 0.5 ? "定期走访，协调相关部门解决" : null,
      化解时限: null,
      是否延期: r() < 0.1 ? "是" : null,
      办理状态: status,
      办结日期: closed ? iso(closed) : null,
      化解日期: status === "已化解" && closed ? iso(closed) : null,
      满意度: closed ? pick(r, ["满意", "基本满意", "不满意", "未评价"]) : null,
      息诉罢访保证书: status === "已化解" ? "有" : null,
      回访记录: status === "已化解" ? "有" : null,
      备注: null,
    };
    rows.push(STANDARD_HEADERS.map((h) => byHeader[h] ?? null));
  }
  return rows;
}

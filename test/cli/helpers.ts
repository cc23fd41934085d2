/** Small workbooks for the CLI tests, written with the fast xlsx writer (no ExcelJS, milliseconds). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CellValue } from "../../src/core/grid";
import { excelSerialFromDay, dayFromIso } from "../../src/core/day";
import { type FastSheet, STYLE, writeFastXlsx } from "../../scripts/lib/fast-xlsx";
import { bufferOutput } from "../../src/cli/output";
import { run } from "../../src/cli/run";
import { idCheckChar } from "../fixtures/generate-ledger";

/** A valid 18-character ID from its first 17 digits. */
export const id = (first17: string): string => first17 + idCheckChar(first17);

export const TODAY = "2026-11-23";

export const d = (iso: string): number => excelSerialFromDay(dayFromIso(iso)!);

export const HEADER = [
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
  "诉求内容",
  "问题类别",
  "包案领导",
  "化解时限",
  "办理状态",
  "办结日期",
  "满意度",
];

/** Three complete, correct cases (IDs with valid check characters, dates in order, closed on time). */
export function cleanRows(): CellValue[][] {
  return [
    [
      1,
      d("2026-09-08"),
      "殷  飞",
      1,
      id("32041119900307651"),
      "13812345678",
      "银河村委永宁圩80号",
      "银河村",
      "来访",
      "来镇",
      "反映征地补偿款未足额发放",
      "民生问题类",
      null,
      d("2026-11-07"),
      "已办结",
      d("2026-10-20"),
      "满意",
    ],
    [
      2,
      d("2026-10-12"),
      "戴彩萍",
      1,
      id("32041219680214332"),
      "13952001234",
      "九龙村委四圩里16号",
      "九龙村",
      "来信",
      "来镇",
      "要求认定在原村办企业的工龄",
      "组织人事问题类",
      null,
      d("2026-12-11"),
      "办理中",
      null,
      null,
    ],
    [
      3,
      d("2026-11-02"),
      "沙凌云、黄常荣",
      2,
      null,
      null,
      "东陆村委龙门港4号",
      "东陆村",
      "网上",
      "到区",
      "反映当年代课教师待遇问题",
      "其它遗留问题类",
      null,
      d("2027-01-01"),
      "办理中",
      null,
      null,
    ],
  ];
}

export function ledgerBook(rows: CellValue[][], extra: FastSheet[] = [], town = "孟河镇"): Uint8Array {
  const ledger: FastSheet = {
    name: "信访台账",
    rows: [[`2026年${town}信访事项登记台账`], HEADER, ...rows],
    style: (r, c, v) =>
      r < 2 ? STYLE.header : typeof v === "number" && [1, 13, 15].includes(c) ? STYLE.date : STYLE.general,
  };
  return writeFastXlsx([ledger, ...extra]);
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "xinfang-cli-"));
}

export function cli(argv: string[]) {
  const o = bufferOutput();
  const code = run(argv, o);
  return { code, stdout: o.stdout.join("\n"), stderr: o.stderr.join("\n") };
}

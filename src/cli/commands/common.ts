/** What every command does around the core: read the workbook, check the outputs, write results. */
import { type Day, dayFromIso, todayInChina } from "../../core/day";
import { UserError } from "../../hosts/port";
import { flagString, type ParsedArgs } from "../args";
import { engine, type FileWorkbook } from "../engine";
import { checkOutputs, readInputFile, writeFileAtomic, writeJson } from "../io";
import type { Output } from "../output";
import { assertFits, type Work } from "../preflight";

export interface Context {
  args: ParsedArgs;
  o: Output;
}

export function todayOf(args: ParsedArgs): Day {
  const s = flagString(args.flags, "today");
  if (s === undefined) return todayInChina();
  const day = dayFromIso(s);
  if (day === undefined) throw new UserError(`--today 的值“${s}”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-23。`);
  return day;
}

export function outputsOf(args: ParsedArgs): { out?: string; json?: string } {
  const out = flagString(args.flags, "out");
  const json = flagString(args.flags, "json");
  checkOutputs(args.files, [out, json]);
  if (out && /\.xls$/i.test(out)) throw new UserError(`输出文件“${out}”应以 .xlsx 结尾（本工具只写 .xlsx 格式）。`);
  return { out, json };
}

/** Reads and opens a workbook, after checking that `work` on it can fit in memory (preflight.ts). */
export function openWorkbook(file: string, work: Work, sheet?: string): FileWorkbook {
  return openWorkbooks([file], work, sheet)[0];
}

/** Several workbooks held at once (report --merge): the memory check is on all of them together. */
export function openWorkbooks(files: readonly string[], work: Work, sheet?: string): FileWorkbook[] {
  const inputs = files.map((file) => ({ file, bytes: readInputFile(file) }));
  assertFits(inputs, work, sheet);
  return inputs.map(({ file, bytes }) => engine.openWorkbook(bytes, file));
}

export function saveWorkbook(file: string, wb: FileWorkbook, o: Output, what: string): void {
  writeFileAtomic(file, wb.toBytes());
  o.out(`已写出${what}：${file}`);
}

export function saveJson(file: string, value: unknown, o: Output): void {
  writeJson(file, value);
  o.out(`已写出 JSON：${file}`);
}

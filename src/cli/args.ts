/**
 * Hand-written argument parsing (no dependency): `xinfang <command> <file…> [--flag value] [--switch]`.
 * The accepted flags of each command are data, so `--help` and the parser cannot disagree.
 */
import { UserError } from "../hosts/port";

export type CommandName = "check" | "assign" | "report" | "init-config" | "init-report";

interface FlagSpec {
  /** Takes a value (`--out FILE`) or is a switch (`--overwrite`). */
  value: boolean;
  required?: boolean;
}

interface CommandSpec {
  flags: Record<string, FlagSpec>;
  /** How many workbook arguments: exactly one, or one or more (report --merge). */
  files: "one" | "many";
}

const V: FlagSpec = { value: true };
const REQ: FlagSpec = { value: true, required: true };
const SWITCH: FlagSpec = { value: false };

export const COMMANDS: Record<CommandName, CommandSpec> = {
  check: { files: "one", flags: { sheet: V, today: V, json: V, out: V, "include-personal": SWITCH } },
  assign: {
    files: "one",
    flags: { out: REQ, json: V, overwrite: SWITCH, today: V, sheet: V, "include-personal": SWITCH },
  },
  report: {
    files: "many",
    flags: { month: REQ, sheet: V, "report-sheet": V, out: REQ, json: V, today: V, merge: SWITCH },
  },
  "init-config": { files: "one", flags: { out: REQ } },
  "init-report": { files: "one", flags: { out: REQ } },
};

export interface ParsedArgs {
  command: CommandName | "help";
  files: string[];
  flags: Record<string, string | true>;
}

export function isCommand(s: string): s is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, s);
}

/** Parses argv (without `node` and the script). Throws UserError with a Chinese message on misuse. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    return { command: "help", files: topic && isCommand(topic) ? [topic] : [], flags: {} };
  }
  if (!isCommand(first)) {
    throw new UserError(
      `未知命令“${first}”。可用命令：${Object.keys(COMMANDS).join("、")}。运行 xinfang --help 查看用法。`,
    );
  }
  const spec = COMMANDS[first];
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--help" || arg === "-h") return { command: "help", files: [first], flags: {} };
    if (!arg.startsWith("--") || arg === "--") {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const flag = spec.flags[name];
    if (!flag) throw new UserError(`命令 ${first} 不支持参数 --${name}。运行 xinfang ${first} --help 查看用法。`);
    if (name in flags) throw new UserError(`参数 --${name} 重复出现。`);
    if (!flag.value) {
      if (eq >= 0) throw new UserError(`参数 --${name} 不带取值。`);
      flags[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
      throw new UserError(`参数 --${name} 缺少取值。`);
    }
    flags[name] = value;
  }
  for (const [name, flag] of Object.entries(spec.flags)) {
    if (flag.required && !(name in flags)) throw new UserError(`命令 ${first} 需要参数 --${name}。`);
  }
  if (files.length === 0) throw new UserError(`请给出要处理的台账文件，例如：xinfang ${first} 台账.xlsx`);
  if (spec.files === "one" && files.length > 1) {
    throw new UserError(`命令 ${first} 只处理一个文件，却给了 ${files.length} 个：${files.join("、")}。`);
  }
  if (first === "report" && files.length > 1 && !flags.merge) {
    throw new UserError(`report 给了多个文件；如要合并多个乡镇的台账，请加 --merge。`);
  }
  return { command: first, files, flags };
}

/** `--today` / `--month` values, checked here so the core receives well-formed input. */
export function flagString(flags: ParsedArgs["flags"], name: string): string | undefined {
  const v = flags[name];
  return typeof v === "string" ? v : undefined;
}

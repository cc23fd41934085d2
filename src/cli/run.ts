/**
 * The CLI as a function: argv in, exit code out, text to an Output. Everything is caught here, so a
 * user never sees a stack trace: a UserError prints its Chinese message, anything else a Chinese
 * note naming the file. Exit 2 = nothing could be done (unreadable file, bad arguments).
 */
import { UserError } from "../hosts/port";
import { type CommandName, parseArgs, type ParsedArgs } from "./args";
import { runAssign } from "./commands/assign";
import { runCheck } from "./commands/check";
import type { Context } from "./commands/common";
import { runInitConfig, runInitReport } from "./commands/init";
import { runReport } from "./commands/report";
import { helpText } from "./help";
import { tooBig } from "./v8-limits";
import type { Output } from "./output";

export const EXIT = { ok: 0, findings: 1, failed: 2 } as const;

const RUNNERS: Record<CommandName, (ctx: Context) => number> = {
  check: runCheck,
  assign: runAssign,
  report: runReport,
  "init-config": runInitConfig,
  "init-report": runInitReport,
};

export function run(argv: readonly string[], o: Output): number {
  let args: ParsedArgs | undefined;
  try {
    args = parseArgs(argv);
    if (args.command === "help") {
      const topic = args.files[0] as CommandName | undefined;
      o.out(helpText(topic));
      return EXIT.ok;
    }
    return RUNNERS[args.command]({ args, o });
  } catch (e) {
    o.err(errorText(e, args));
    return EXIT.failed;
  }
}

export function errorText(e: unknown, args?: ParsedArgs): string {
  if (e instanceof UserError) return `错误：${e.message}`;
  const file = args?.files[0];
  const limit = tooBig(e);
  if (limit) {
    // Node's own errors may come from another realm (jest's sandbox), where instanceof Error fails.
    const what = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
    const head =
      `错误：${file ? `“${file}”` : "台账"}太大，处理时超出了 Node.js 的` +
      (limit === "text" ? "单个文本约 5.3 亿字符的上限" : "内存上限") +
      `（${what}），没有留下不完整的结果文件，原文件未被修改。请把台账按年度或乡镇拆分成几个文件分别处理`;
    return limit === "text"
      ? `${head}。`
      : `${head}；或给 Node.js 更多内存后重试：node --max-old-space-size=8192 …（或先设置环境变量 NODE_OPTIONS=--max-old-space-size=8192）。`;
  }
  const what = e instanceof Error ? e.message : String(e);
  return (
    `错误：处理${file ? `“${file}”` : ""}时出现意外问题（${what}）。原文件未被修改。` +
    "请把这条信息报告给开发人员（请勿附带含个人信息的台账）。"
  );
}

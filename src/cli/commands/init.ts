/** `xinfang init-config` / `init-report`: add the default 配置 sheet or 月报 template when there is none. */
import { ymd } from "../../core/day";
import { emptyPatch, type OwnedSheet } from "../../core/patch";
import { engine } from "../engine";
import { type Context, openWorkbook, outputsOf, saveWorkbook, todayOf } from "./common";

function runInit({ args, o }: Context, template: () => OwnedSheet, what: string): number {
  const { out } = outputsOf(args);
  const file = args.files[0];
  const wb = openWorkbook(file, "read");
  const sheet = template();
  const exists = wb.grid().sheets.some((s) => s.name === sheet.name);
  if (exists) {
    o.out(`工作簿中已有“${sheet.name}”表，保持原样不作改动。`);
  } else {
    wb.apply({ ...emptyPatch(), ownedSheets: [{ ...sheet, ifAbsent: true }] });
    o.out(`已加入${what}“${sheet.name}”表。`);
  }
  if (out) saveWorkbook(out, wb, o, "工作簿");
  return 0;
}

// The 节假日 block holds the notices of the year of --today (or today in China) and the next.
export const runInitConfig = (ctx: Context): number =>
  runInit(ctx, () => engine.configSheet(ymd(todayOf(ctx.args)).y), "默认配置");
export const runInitReport = (ctx: Context): number => runInit(ctx, () => engine.reportTemplate(), "默认月报模板");

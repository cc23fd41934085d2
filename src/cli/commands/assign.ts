/** `xinfang assign`: category, domain, leaders, village lead and due date into empty cells, in a copy. */
import { flagString } from "../args";
import { engine } from "../engine";
import { assignJson } from "../json";
import { printAssign } from "../print";
import { type Context, openWorkbook, outputsOf, saveJson, saveWorkbook, todayOf } from "./common";

export function runAssign({ args, o }: Context): number {
  const { out, json } = outputsOf(args);
  const file = args.files[0];
  const today = todayOf(args);
  const sheet = flagString(args.flags, "sheet");
  const wb = openWorkbook(file, "write", sheet);
  const result = engine.assignWorkbook(wb.grid(), {
    sheet,
    today,
    overwrite: args.flags.overwrite === true,
  });
  o.out(`分配“${file}”${args.flags.overwrite === true ? "（覆盖已有内容）" : "（只填空白单元格）"}：`);
  printAssign(result, o);
  if (out) {
    wb.apply(result.patch);
    saveWorkbook(out, wb, o, "分配结果");
  }
  if (json) saveJson(json, assignJson(result, args.flags["include-personal"] === true), o);
  return 0;
}

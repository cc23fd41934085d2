/** `xinfang check`: findings, a Chinese summary, optional JSON and a marked copy. Exit 1 on any error finding. */
import { flagString } from "../args";
import { engine } from "../engine";
import { checkJson } from "../json";
import { printCheck } from "../print";
import { type Context, openWorkbook, outputsOf, saveJson, saveWorkbook, todayOf } from "./common";

export function runCheck({ args, o }: Context): number {
  const { out, json } = outputsOf(args);
  const file = args.files[0];
  const today = todayOf(args);
  const includePersonal = args.flags["include-personal"] === true;
  const wb = openWorkbook(file);
  const result = engine.checkWorkbook(wb.grid(), { sheet: flagString(args.flags, "sheet"), today });
  printCheck(file, result, o, includePersonal);
  if (json) saveJson(json, checkJson(result, includePersonal), o);
  if (out) {
    wb.apply(engine.marksPatch(result));
    saveWorkbook(out, wb, o, "带校验标记的副本");
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

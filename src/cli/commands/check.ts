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
  const sheet = flagString(args.flags, "sheet");
  const wb = openWorkbook(file, out ? "mark" : "read", sheet);
  const result = engine.checkWorkbook(wb.grid(), { sheet, today });
  printCheck(file, result, o, includePersonal);
  // The marked copy is the main output: written first, so a JSON on disk never outlives a failed copy.
  if (out) {
    const patch = engine.marksPatch(result);
    wb.apply(patch);
    if (patch.cap) o.out(`注：${patch.cap.note}`);
    saveWorkbook(out, wb, o, "带校验标记的副本");
  }
  if (json) saveJson(json, checkJson(result, includePersonal), o);
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** Reads the `参数` block into ConfigParams and the rule modes. */
import type { Finding } from "../findings";
import type { ConfigParams } from "../model";
import { cellText, isBlankCell } from "../parse/text";
import type { RawBlock } from "./blocks";
import { configFinding } from "./finding";
import { DEFAULT_PARAMS, PARAMS, paramByName, type RuleModes } from "./params";

export interface ParamsRead {
  params: ConfigParams;
  modes: RuleModes;
}

export function readParams(sheet: string, block: RawBlock | undefined, findings: Finding[]): ParamsRead {
  const values: ConfigParams & RuleModes = { ...DEFAULT_PARAMS, categoryRules: "add", domainRules: "add" };
  if (block) {
    const seen = new Map<string, number>();
    for (const { row, cells, cols } of block.rows) {
      const nameCell = cells.name;
      if (isBlankCell(nameCell)) continue;
      const name = cellText(nameCell);
      const spec = paramByName(nameCell);
      if (!spec) {
        const known = PARAMS.map((p) => p.name).join("、");
        findings.push(
          configFinding(sheet, row, cols.name, "config.value", {
            value: name,
            detail: `不是可识别的参数名（可用：${known}），该行已忽略`,
          }),
        );
        continue;
      }
      const first = seen.get(spec.key);
      if (first !== undefined) {
        findings.push(configFinding(sheet, row, cols.name, "config.duplicate", { value: spec.name, other: first + 1 }));
        continue;
      }
      seen.set(spec.key, row);
      const valueCell = cells.value;
      if (isBlankCell(valueCell)) continue;
      const read = spec.read(valueCell);
      if (read.ok) Object.assign(values, { [spec.key]: read.value });
      else {
        findings.push(
          configFinding(
            sheet,
            row,
            cols.value,
            "config.param",
            {
              name: spec.name,
              value: cellText(valueCell),
              detail: read.detail,
              fallback: spec.fallbackText,
            },
            spec.fallbackText,
          ),
        );
      }
    }
  }
  const { categoryRules, domainRules, ...params } = values;
  return { params, modes: { categoryRules, domainRules } };
}

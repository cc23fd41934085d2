/** Findings on the 配置 sheet: sheet-level, field null, catalog messages (DOMAIN.md §7). */
import { a1 } from "../grid";
import { SEVERITY, type Finding, type FindingCode } from "../findings";
import { message } from "../messages";

export const CONFIG_SHEET = "配置";

/** `row`/`col` 0-based. */
export function configFinding(
  sheet: string,
  row: number,
  col: number,
  code: FindingCode,
  params: Record<string, string | number>,
  suggestion: string | null = null,
): Finding {
  return {
    sheet,
    row: row + 1,
    cell: a1(row, col),
    field: null,
    code,
    severity: SEVERITY[code],
    message: message(code, params),
    suggestion,
  };
}

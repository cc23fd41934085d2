/** The fills of marked cells by severity: Excel's own "bad / neutral / note" pastel fills, readable in print. */
import type { Severity } from "../../core/findings";

export const MARK_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

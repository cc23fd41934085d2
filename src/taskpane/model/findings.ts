/**
 * Findings as the 校验 tab shows them: grouped by severity, then by code, with counts; personal
 * numbers masked. Pure, so the grouping is tested without a browser.
 */
import {
  CODE_TITLE,
  SEVERITY_ORDER,
  SEVERITY_TITLE,
  type Finding,
  type FindingCode,
  type Severity,
} from "../../core/findings";
import { maskPersonal } from "../../core/mask";

export interface CodeGroup {
  code: FindingCode;
  title: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  title: string;
  count: number;
  codes: CodeGroup[];
}

/** Severity groups in order error → warning → info; codes by count (largest first), then by code. */
export function groupFindings(findings: readonly Finding[], onlyCode?: FindingCode): SeverityGroup[] {
  const bySeverity = new Map<Severity, Map<FindingCode, Finding[]>>();
  for (const f of findings) {
    if (onlyCode && f.code !== onlyCode) continue;
    let codes = bySeverity.get(f.severity);
    if (!codes) bySeverity.set(f.severity, (codes = new Map()));
    let list = codes.get(f.code);
    if (!list) codes.set(f.code, (list = []));
    list.push(f);
  }
  return [...bySeverity.entries()]
    .sort(([a], [b]) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])
    .map(([severity, codes]) => {
      const groups = [...codes.entries()]
        .map(([code, list]) => ({ code, title: CODE_TITLE[code], findings: list }))
        .sort((a, b) => b.findings.length - a.findings.length || a.code.localeCompare(b.code));
      return {
        severity,
        title: SEVERITY_TITLE[severity],
        count: groups.reduce((n, g) => n + g.findings.length, 0),
        codes: groups,
      };
    });
}

/** Codes present, for the filter, with counts: `身份证号校验位错误（12）`. */
export function codeOptions(findings: readonly Finding[]): { code: FindingCode; label: string }[] {
  const counts = new Map<FindingCode, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts.entries()]
    .sort(
      (a, b) => SEVERITY_ORDER[severityOf(findings, a[0])] - SEVERITY_ORDER[severityOf(findings, b[0])] || b[1] - a[1],
    )
    .map(([code, n]) => ({ code, label: `${CODE_TITLE[code]}（${n}）` }));
}

function severityOf(findings: readonly Finding[], code: FindingCode): Severity {
  return findings.find((f) => f.code === code)?.severity ?? "info";
}

/** The finding's text as the pane shows it: ID and phone numbers masked. */
export function displayMessage(f: Finding): { message: string; suggestion: string | null } {
  return { message: maskPersonal(f.message), suggestion: f.suggestion === null ? null : maskPersonal(f.suggestion) };
}

/** One line for the summary: `错误 12 条，警告 3 条，提示 40 条`. */
export function countsLine(counts: Record<Severity, number>): string {
  return (["error", "warning", "info"] as const).map((s) => `${SEVERITY_TITLE[s]} ${counts[s]} 条`).join("，");
}

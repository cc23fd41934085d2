/**
 * checkWorkbook (DOMAIN.md §2): config findings + ledger (header and value) findings + rule
 * findings, sorted, with a summary. Pure: the host applies marksPatch(result) if the user wants.
 */
import { parseA1, type WorkbookGrid } from "../grid";
import type { Day } from "../day";
import { SEVERITY_ORDER, countBySeverity, type Finding, type FindingCode, type Severity } from "../findings";
import type { Config, Ledger } from "../model";
import { readConfig } from "../config/read";
import { deriveFacts } from "../derive/derive";
import { backlogAsOf } from "../derive/backlog";
import type { Facts } from "../derive/facts";
import { readLedgerDetail } from "../ledger/read";
import { categoryFindings } from "../classify/findings";
import { crossRowFindings } from "./cross-rules";
import { ROW_RULES, type RowContext } from "./row-rules";

export interface CheckSummary {
  cases: number;
  total: number;
  bySeverity: Record<Severity, number>;
  byCode: Partial<Record<FindingCode, number>>;
}

export interface CheckResult {
  /** The ledger sheet's name. */
  sheet: string;
  ledger: Ledger;
  config: Config;
  facts: Facts;
  /** Backlog state per case as of today (BacklogState). */
  backlog: Uint8Array;
  /** Config findings first, then the ledger's, each group by row then column. */
  findings: Finding[];
  summary: CheckSummary;
  today: Day;
  /** Chinese note when several sheets looked like ledgers (which one was used); null otherwise. */
  note: string | null;
  /** Sheets that exist in the workbook and get marks (ledger, and 配置 when present). */
  markedSheets: string[];
}

/** Row then column order of findings; ties keep severity order, then insertion order. */
export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, n) => {
    const at = parseA1(f.cell);
    return { f, n, key: f.row * 20000 + (at ? at.col : 0) };
  });
  keyed.sort((a, b) => a.key - b.key || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.n - b.n);
  return keyed.map((k) => k.f);
}

export function summarize(findings: readonly Finding[], cases: number): CheckSummary {
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  return { cases, total: findings.length, bySeverity: countBySeverity(findings), byCode };
}

/** Throws UserError (Chinese) when the workbook has no recognisable ledger. */
export function checkWorkbook(wb: WorkbookGrid, opts: { sheet?: string; today: Day }): CheckResult {
  const { config, findings: configFindings } = readConfig(wb);
  const read = readLedgerDetail(wb, config, opts);
  const { ledger } = read;
  const cases = ledger.cases;
  const facts = deriveFacts(cases, config);
  const backlog = backlogAsOf(cases, facts, opts.today);
  const cols = Object.values(ledger.layout.columns) as number[];
  const ctx: RowContext = {
    sheet: ledger.layout.sheet,
    layout: ledger.layout,
    config,
    facts,
    backlog,
    today: opts.today,
    firstCol: cols.length ? Math.min(...cols) : 0,
  };
  const ruleFindings: Finding[] = [];
  for (let i = 0; i < cases.length; i++) {
    const x = { i, c: cases[i], bad: read.bad[i] };
    for (const rule of ROW_RULES) rule(x, ctx, ruleFindings);
  }
  const ledgerFindings = sortFindings([
    ...read.findings,
    ...ruleFindings,
    ...crossRowFindings(cases, read.bad, ctx),
    ...categoryFindings(ledger, config, facts),
  ]);
  const findings = [...sortFindings(configFindings), ...ledgerFindings];
  const markedSheets = [ledger.layout.sheet];
  if (wb.sheets.some((s) => s.name === "配置")) markedSheets.push("配置");
  return {
    sheet: ledger.layout.sheet,
    ledger,
    config,
    facts,
    backlog,
    findings,
    summary: summarize(findings, cases.length),
    today: opts.today,
    note: read.note,
    markedSheets,
  };
}

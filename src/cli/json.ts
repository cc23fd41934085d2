/**
 * The JSON the CLI writes (issues 3–5): field keys and codes of DOMAIN.md, 1-based rows, A1 cells.
 * Personal data (ID numbers, phones) in messages and suggestions is masked unless asked for.
 */
import { countBySeverity, type Finding } from "../core/findings";
import { columnLetters, parseA1 } from "../core/grid";
import { maskPersonal } from "../core/mask";
import type { FieldKey } from "../core/schema/fields";
import type { AssignResult, CheckResult, ReportResult } from "./engine";

export interface FindingJson {
  row: number;
  cell: string;
  field: FieldKey | null;
  code: string;
  severity: string;
  message: string;
  suggestion: string | null;
  /** The sheet, which is the ledger's except for config.* findings on 配置. */
  sheet: string;
}

export function findingJson(f: Finding, includePersonal: boolean): FindingJson {
  const mask = (s: string): string => (includePersonal ? s : maskPersonal(s));
  return {
    row: f.row,
    cell: f.cell,
    field: f.field,
    code: f.code,
    severity: f.severity,
    message: mask(f.message),
    suggestion: f.suggestion === null ? null : mask(f.suggestion),
    sheet: f.sheet,
  };
}

export function checkJson(r: CheckResult, includePersonal: boolean) {
  const layout = r.ledger.layout;
  const columns: Record<string, FieldKey> = {};
  const byColumn = Object.entries(layout.columns) as [FieldKey, number][];
  byColumn.sort((a, b) => a[1] - b[1]);
  for (const [field, col] of byColumn) columns[columnLetters(col)] = field;
  return {
    sheet: layout.sheet,
    header: { rows: layout.headerRows.map((r) => r + 1), columns },
    data: { firstRow: layout.firstRow + 1, lastRow: layout.lastRow + 1 },
    findings: r.findings.map((f) => findingJson(f, includePersonal)),
    summary: countBySeverity(r.findings),
  };
}

export function assignJson(r: AssignResult, includePersonal: boolean) {
  return {
    assignments: r.assignments.map((a) => ({
      // The row is taken from the cell, so the JSON stays 1-based whatever the core counts from.
      row: (parseA1(a.cell)?.row ?? a.row - 1) + 1,
      cell: a.cell,
      field: a.field,
      value: a.value,
      previous: a.previous ?? null,
      reason: a.reason,
    })),
    findings: r.findings.map((f) => findingJson(f, includePersonal)),
    load: r.load,
  };
}

export function reportJson(r: ReportResult) {
  return {
    period: r.period,
    metrics: r.metrics,
    targets: r.targets,
    cells: r.cells,
    unrecognized: r.unrecognized,
  };
}

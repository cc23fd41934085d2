/** The Chinese summaries printed to the console. Personal data is masked unless asked for. */
import { CODE_TITLE, SEVERITY_ORDER, SEVERITY_TITLE, type Finding, type FindingCode } from "../core/findings";
import { maskPersonal } from "../core/mask";
import { TARGET_RULES } from "../core/report";
import { FIELD_BY_KEY, type FieldKey } from "../core/schema/fields";
import type { AssignResult, CheckResult, ReportResult } from "./engine";
import type { Output } from "./output";

const FIRST_FINDINGS = 20;
const MAX_NOTES = 8;

function pad(s: string, width: number): string {
  // CJK characters take two columns in a terminal.
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return s + " ".repeat(Math.max(1, width - w));
}

export function findingLine(f: Finding, includePersonal: boolean): string {
  const sheet = f.sheet && f.code.startsWith("config.") ? `${f.sheet}!` : "";
  const text = `${sheet}${f.cell} ${CODE_TITLE[f.code]}：${f.message}`;
  return includePersonal ? text : maskPersonal(text);
}

export function printFindings(findings: readonly Finding[], o: Output, includePersonal: boolean): void {
  const byCode = new Map<FindingCode, { severity: Finding["severity"]; count: number }>();
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    summary[f.severity]++;
    const e = byCode.get(f.code);
    if (e) e.count++;
    else byCode.set(f.code, { severity: f.severity, count: 1 });
  }
  o.out(
    `发现问题 ${findings.length} 处：错误 ${summary.error} 处，警告 ${summary.warning} 处，提示 ${summary.info} 处。`,
  );
  if (findings.length === 0) return;
  o.out("按类型：");
  const codes = [...byCode.entries()].sort(
    (a, b) => SEVERITY_ORDER[a[1].severity] - SEVERITY_ORDER[b[1].severity] || b[1].count - a[1].count,
  );
  for (const [code, e] of codes) {
    o.out(`  ${pad(SEVERITY_TITLE[e.severity], 6)}${pad(CODE_TITLE[code], 26)}${pad(code, 20)}${e.count}`);
  }
  const shown = findings.slice(0, FIRST_FINDINGS);
  o.out(findings.length > FIRST_FINDINGS ? `前 ${FIRST_FINDINGS} 条：` : "明细：");
  for (const f of shown) o.out("  " + findingLine(f, includePersonal));
  if (findings.length > FIRST_FINDINGS)
    o.out(`  ……其余 ${findings.length - FIRST_FINDINGS} 条见 --json 或 --out 输出。`);
}

export function printCheck(file: string, r: CheckResult, o: Output, includePersonal: boolean): void {
  const l = r.ledger.layout;
  const header = l.headerRows.map((x) => x + 1).join("–");
  const count = r.ledger.cases.length;
  o.out(
    `校验“${file}”：工作表“${l.sheet}”，表头第 ${header} 行，数据第 ${l.firstRow + 1}–${l.lastRow + 1} 行，共 ${count} 件。`,
  );
  if (r.note) o.out(r.note);
  printFindings(r.findings, o, includePersonal);
}

export function printAssign(r: AssignResult, o: Output): void {
  const filled = new Map<FieldKey, number>();
  for (const a of r.assignments) filled.set(a.field, (filled.get(a.field) ?? 0) + 1);
  if (filled.size === 0) o.out("没有需要填写的单元格（相关列都已填好）。");
  else {
    o.out(`填写单元格 ${r.assignments.length} 个：`);
    for (const [field, n] of filled) o.out(`  ${pad(FIELD_BY_KEY[field]?.label ?? field, 16)}${n}`);
  }
  const load = Object.entries(r.load).sort((a, b) => b[1] - a[1]);
  if (load.length) {
    o.out("包案领导承办量（未办结案件）：");
    for (const [name, n] of load) o.out(`  ${pad(name, 10)}${n} 件`);
  }
  if (r.left.length === 0) {
    o.out("没有留待人工决定的单元格。");
    return;
  }
  const perField = new Map<FieldKey, number[]>();
  for (const l of r.left) {
    const rows = perField.get(l.field);
    if (rows) rows.push(l.row);
    else perField.set(l.field, [l.row]);
  }
  o.out(`留待人工决定 ${r.left.length} 处：`);
  for (const [field, rows] of perField) {
    const shown = rows.slice(0, 12).join("、");
    o.out(
      `  ${pad(FIELD_BY_KEY[field]?.label ?? field, 16)}${rows.length} 处（第 ${shown} 行${rows.length > 12 ? " 等" : ""}）`,
    );
  }
  const first = r.left[0];
  o.out(`  例：${first.cell} ${first.reason}`);
}

function targetLine(name: string, t: ReportResult["targets"][string]): string {
  const status = t.met === null ? "无限额（未配置辖区人口）" : t.met ? "达标" : "未达标";
  const limit = t.limit === null ? "—" : String(Math.round(t.limit * 100) / 100);
  const label = TARGET_RULES.find((rule) => rule.name === name)?.label ?? name;
  return `  ${pad(label, 28)}实际 ${t.value}，限额 ${limit}，${status}`;
}

export function printReport(r: ReportResult, o: Output): void {
  o.out(`统计期：${r.period.from} 至 ${r.period.to}`);
  if (r.headline) o.out(r.headline);
  const targets = Object.entries(r.targets);
  if (targets.length) {
    o.out("工作目标：");
    for (const [name, t] of targets) o.out(targetLine(name, t));
  }
  o.out(r.reportSheet ? `“${r.reportSheet}”表填写单元格 ${r.cells.length} 个。` : "工作簿中没有月报表，只计算了指标。");
  for (const note of r.notes.slice(0, MAX_NOTES)) o.out(`注：${note}`);
  if (r.notes.length > MAX_NOTES) o.out(`注：……另有 ${r.notes.length - MAX_NOTES} 条说明未显示。`);
  if (r.uncounted.length) {
    const rows = r.uncounted.slice(0, 10).map((u) => u.row);
    const more = r.uncounted.length > rows.length ? ` 等 ${r.uncounted.length} 行` : "";
    o.out(
      `未计入统计的行：第 ${rows.join("、")} 行${more}（例：第 ${r.uncounted[0].row} 行${r.uncounted[0].reason}）。`,
    );
  }
  if (r.unrecognized.length) {
    o.out(`未能识别的标签 ${r.unrecognized.length} 个（对应单元格未填写）：`);
    for (const u of r.unrecognized.slice(0, 30)) o.out(`  ${u.cell} ${u.label}`);
  }
}

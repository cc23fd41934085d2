/**
 * planAssignments (DOMAIN.md §5, issue 4): the pure core of `xinfang assign`. For every case it
 * decides, in this order, the village (from the address), category and domain (classify/), the
 * 包案领导 (leader.ts), the 村级责任人 and the 化解时限, writing only empty cells unless `overwrite`.
 * Key cases are given leaders before the others so the 主要领导's caps go to them first; within each
 * group cases go in sheet order. Three linear passes with small per-case work (see docs/assignment.md
 * for the measured time on 100k rows).
 */
import { textClassifier } from "../classify/classify";
import { isoDay } from "../day";
import { backlogAsOf } from "../derive/backlog";
import { computedDueOf, dueReasonOf } from "../derive/due";
import type { Facts } from "../derive/facts";
import { SEVERITY, type Finding } from "../findings";
import { a1, type CellValue } from "../grid";
import { message } from "../messages";
import type { CaseRecord, Config, LedgerLayout } from "../model";
import type { WriteValue } from "../patch";
import { isEmptyCell } from "./blank";
import { coveredCells, mergedKey } from "../ledger/merged";
import { FIELD_RULES } from "./fields";
import { keyCaseLabel, oldBacklogBefore } from "./key-cases";
import { chooseLeader, type CaseView } from "./leader";
import { LoadBook } from "./load";
import { ASSIGNED_FIELDS, type AssignedField, type AssignPlan, type LeftForPerson, type PlanOptions } from "./types";
import { memo, Writes } from "./writes";

/** The fields decided in passes 1 and 2, in the order their writes are emitted. */
const DECIDED_FIRST = ["village", "category", "domain", "leader"] as const;

const isOpen = (c: CaseRecord): boolean => c.status !== "已办结" && c.status !== "已化解";

export function planAssignments(
  cases: readonly CaseRecord[],
  facts: Facts,
  config: Config,
  layout: LedgerLayout,
  opts: PlanOptions,
): AssignPlan {
  const { sheet, overwrite, today } = opts;
  const backlog = opts.backlog ?? backlogAsOf(cases, facts, today);
  const p = config.params;
  const oldBefore = oldBacklogBefore(today);
  const iso = memo(isoDay);
  const unknown: { row: number; reason: string }[] = [];
  const left: { row: number; field: AssignedField; reason: string }[] = [];

  const raw = (c: CaseRecord, field: AssignedField): CellValue => {
    const col = layout.columns[field];
    // cellAt inlined: called several times per row of a 100k-row ledger.
    return sheet && col !== undefined ? (sheet.rows[c.row]?.[col] ?? null) : null;
  };
  const empty = (c: CaseRecord, field: AssignedField): boolean => {
    if (layout.columns[field] === undefined) return true;
    return sheet ? isEmptyCell(raw(c, field)) : FIELD_RULES[field].empty(c);
  };
  // Never a formula (the host refuses to write one, failing the whole patch) nor a cell hidden under a merge.
  const covered = sheet
    ? coveredCells(
        sheet,
        ASSIGNED_FIELDS.map((f) => layout.columns[f]).filter((c): c is number => c !== undefined),
      )
    : null;
  const locked = (c: CaseRecord, field: AssignedField): boolean => {
    const col = layout.columns[field];
    if (!sheet || col === undefined) return false;
    return (covered !== null && covered.has(mergedKey(c.row, col))) || sheet.formulaAt?.(c.row, col) !== undefined;
  };
  const writable = (c: CaseRecord, field: AssignedField) => (overwrite || empty(c, field)) && !locked(c, field);

  // Pass 1, sheet order: village, category and domain, which the leader rules read. Decisions are
  // kept as parallel string arrays (value, reason) rather than objects: 100k rows, little garbage.
  const n = cases.length;
  // complaints repeat: each distinct text is normalised and classified once
  const classify = textClassifier(config.categoryRules, config.domainRules);
  const value: Record<"village" | "category" | "domain" | "leader", (string | undefined)[]> = {
    village: new Array(n),
    category: new Array(n),
    domain: new Array(n),
    leader: new Array(n),
  };
  const why: typeof value = {
    village: new Array(n),
    category: new Array(n),
    domain: new Array(n),
    leader: new Array(n),
  };
  const texts: string[] = new Array(n);
  const hasComplaint = layout.columns.complaint !== undefined;
  const effCategory: (string | null)[] = new Array(n);
  const effDomain: (string | null)[] = new Array(n);
  const keys: (string | null)[] = new Array(n);
  const reassign = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cases[i];
    if (c.village && c.villageTyped === null && empty(c, "village") && !locked(c, "village")) {
      value.village[i] = c.village;
      why.village[i] = `属地管理：从户籍地“${c.address ?? ""}”识别为${c.village}`;
    }

    // A category or domain kept in its cell needs no classification. Without a complaint nothing is
    // written; an empty category is reported only when the ledger has a complaint column at all
    // (otherwise header.missing already says so).
    const catFree = writable(c, "category") && hasComplaint;
    const needCat = catFree || c.category === null;
    const domWritable = writable(c, "domain");
    const needDom = domWritable || c.domain === null;
    if (writable(c, "leader")) reassign[i] = 1;
    // The normalised text is made only when something reads it (a classification, or the leader rules).
    const text = needCat || needDom || reassign[i] ? classify.normalize(c.complaint) : "";
    texts[i] = text;
    const cat = needCat ? classify.category(text, c.registeredOn) : null;
    if (catFree && cat?.value) {
      value.category[i] = cat.value;
      why.category[i] = cat.reason;
    } else if (catFree && cat && empty(c, "category"))
      unknown.push({ row: c.row, reason: c.complaint.trim() ? cat.reason : "诉求内容为空" });
    effCategory[i] = catFree ? (cat?.value ?? c.category) : (c.category ?? cat?.value ?? null);

    const domFree = domWritable && text !== "";
    const dom = needDom ? classify.domain(text) : null;
    if (domFree && dom?.value) {
      value.domain[i] = dom.value;
      why.domain[i] = dom.reason;
    }
    effDomain[i] = domFree ? (dom?.value ?? c.domain) : (c.domain ?? dom?.value ?? null);

    keys[i] = reassign[i] ? keyCaseLabel(c, { backlog: backlog[i] ?? 0, oldBefore }) : null;
  }

  // Pass 2: leaders, key cases first so the 主要领导's caps go to them. Kept leaders count as load.
  const book = new LoadBook(config);
  // indexed loops in the per-row passes: for…of makes an iterator object per row
  for (let i = 0; i < n; i++) {
    if (reassign[i]) continue;
    const leaders = cases[i].leaders;
    for (let k = 0; k < leaders.length; k++) book.add(leaders[k], isOpen(cases[i]));
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (reassign[i] && keys[i] !== null) order.push(i);
  for (let i = 0; i < n; i++) if (reassign[i] && keys[i] === null) order.push(i);
  for (let o = 0; o < order.length; o++) {
    const i = order[o];
    const c = cases[i];
    const view: CaseView = { c, text: texts[i], category: effCategory[i], domain: effDomain[i], key: keys[i] };
    const choice = chooseLeader(view, config, book);
    if (!choice) {
      if (empty(c, "leader"))
        left.push({ row: c.row, field: "leader", reason: "找不到分管该领域的领导，所属村也没有包村领导" });
      continue;
    }
    for (let k = 0; k < choice.names.length; k++) book.add(choice.names[k], isOpen(c));
    value.leader[i] = choice.names.length === 1 ? choice.names[0] : choice.names.join("、");
    why.leader[i] = choice.reason;
  }

  // Pass 3, sheet order: village lead and due date, then every decision becomes a write.
  const villages = new Map(config.villages.map((v) => [v.name, v]));
  const leadReason = memo((name: string) => `属地管理：${name}村级责任人`);
  const dueReason = memo((key: number) => dueReasonOf(key >> 1, (key & 1) === 1, p));
  const out = new Writes(layout, sheet);
  const emit = (c: CaseRecord, field: AssignedField, v: string | undefined, reason: string, write?: WriteValue) => {
    if (v === undefined || (!empty(c, field) && FIELD_RULES[field].same(c, v))) return;
    out.add(c, field, v, reason, write, sheet ? raw(c, field) : FIELD_RULES[field].text(c));
  };
  for (let i = 0; i < n; i++) {
    const c = cases[i];
    for (let k = 0; k < DECIDED_FIRST.length; k++) {
      const field = DECIDED_FIRST[k];
      if (value[field][i] !== undefined) emit(c, field, value[field][i], why[field][i] as string);
    }
    if (writable(c, "villageLead")) {
      const v = c.village ? villages.get(c.village) : undefined;
      if (v?.lead) emit(c, "villageLead", v.lead, leadReason(v.name));
      else if (empty(c, "villageLead"))
        left.push({
          row: c.row,
          field: "villageLead",
          reason: c.village ? `配置中${c.village}没有村级责任人` : "所属村未填写，户籍地中也找不到配置的村（社区）",
        });
    }
    if (writable(c, "dueOn")) {
      const due = computedDueOf(c, p);
      if (due === null) {
        if (empty(c, "dueOn")) left.push({ row: c.row, field: "dueOn", reason: "登记日期无效，无法推算化解时限" });
        continue;
      }
      const reason = dueReason((c.registeredOn as number) * 2 + (c.extended ? 1 : 0));
      emit(c, "dueOn", iso(due), reason, { kind: "date", iso: iso(due) });
    }
  }

  const { assignments, writes, newColumns, columnOf } = out.finish();
  const firstCol = Math.min(...Object.values(layout.columns).filter((c): c is number => c !== undefined), 1e9);
  const rowCol = firstCol === 1e9 ? 0 : firstCol;
  const categoryCol = columnOf("category") ?? layout.columns.complaint ?? rowCol;
  const unknownMessage = memo((reason: string) => message("category.unknown", { detail: `（${reason}）` }));
  const findings: Finding[] = unknown.map((u) => ({
    sheet: layout.sheet,
    row: u.row + 1,
    cell: a1(u.row, categoryCol),
    field: "category",
    code: "category.unknown",
    severity: SEVERITY["category.unknown"],
    message: unknownMessage(u.reason),
    suggestion: null,
  }));
  const leftOut: LeftForPerson[] = left
    .sort((a, b) => a.row - b.row || FIELD_ORDER[a.field] - FIELD_ORDER[b.field])
    .map((l) => ({ row: l.row + 1, cell: a1(l.row, columnOf(l.field) ?? rowCol), field: l.field, reason: l.reason }));
  return { assignments, findings, load: book.snapshot(), left: leftOut, writes, newColumns };
}

const FIELD_ORDER: Record<AssignedField, number> = {
  village: 0,
  category: 1,
  domain: 2,
  leader: 3,
  villageLead: 4,
  dueOn: 5,
};

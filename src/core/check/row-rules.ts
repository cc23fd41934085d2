/**
 * Rules on one case at a time (DOMAIN.md §2), as a table. Each rule looks at the parsed record,
 * its derived facts and `today`, and returns the findings for that row. A field whose cell was
 * unreadable (already reported by the reader) is left alone here, so one mistake gives one finding.
 */
import { isoDay, type Day } from "../day";
import type { Finding, FindingCode } from "../findings";
import type { CaseRecord, Config, LedgerLayout } from "../model";
import { FIELD_BY_KEY, type FieldKey } from "../schema/fields";
import { BacklogState, type Facts } from "../derive/facts";
import { closedBy } from "../derive/backlog";
import { FIELD_BIT } from "../ledger/fields-read";
import { makeFinding } from "../ledger/finding";

export interface RowContext {
  sheet: string;
  layout: LedgerLayout;
  config: Config;
  facts: Facts;
  /** Backlog state of every case as of today. */
  backlog: Uint8Array;
  today: Day;
  /** Leftmost column of the table: where row findings go. */
  firstCol: number;
}

export interface RowInput {
  i: number;
  c: CaseRecord;
  /** FIELD_BIT of fields unreadable in this row. */
  bad: number;
}

type RowRule = (x: RowInput, ctx: RowContext, out: Finding[]) => void;

function colOf(ctx: RowContext, ...fields: FieldKey[]): { col: number; field: FieldKey | null } {
  for (const f of fields) {
    const col = ctx.layout.columns[f];
    if (col !== undefined) return { col, field: f };
  }
  return { col: ctx.firstCol, field: null };
}

function emit(
  out: Finding[],
  ctx: RowContext,
  x: RowInput,
  fields: FieldKey[],
  code: FindingCode,
  params: Record<string, string | number>,
  suggestion: string | null = null,
): void {
  const { col, field } = colOf(ctx, ...fields);
  out.push(makeFinding(ctx.sheet, x.c.row, col, field ?? fields[0] ?? null, code, params, suggestion));
}

const label = (f: FieldKey): string => FIELD_BY_KEY[f].label;

/** date.future: the dates that record what already happened cannot lie after today (dueOn may). */
const PAST_DATES: readonly ("registeredOn" | "closedOn" | "resolvedOn")[] = ["registeredOn", "closedOn", "resolvedOn"];

const dateFuture: RowRule = (x, ctx, out) => {
  for (const f of PAST_DATES) {
    const d = x.c[f];
    if (d !== null && d > ctx.today)
      emit(out, ctx, x, [f], "date.future", { label: label(f), value: isoDay(d), today: isoDay(ctx.today) });
  }
};

/** date.order: closedOn and resolvedOn not before registeredOn; resolvedOn not before closedOn. */
const dateOrder: RowRule = (x, ctx, out) => {
  const { registeredOn: reg, closedOn: closed, resolvedOn: resolved } = x.c;
  const order = (f: FieldKey, value: Day, other: FieldKey, otherDay: Day) =>
    emit(out, ctx, x, [f], "date.order", {
      label: label(f),
      value: isoDay(value),
      otherLabel: label(other),
      other: isoDay(otherDay),
    });
  if (closed !== null && reg !== null && closed < reg) order("closedOn", closed, "registeredOn", reg);
  if (resolved !== null) {
    if (reg !== null && resolved < reg) order("resolvedOn", resolved, "registeredOn", reg);
    else if (closed !== null && resolved < closed) order("resolvedOn", resolved, "closedOn", closed);
  }
};

const isBad = (x: RowInput, f: FieldKey): boolean => (x.bad & FIELD_BIT[f]) !== 0;

/** status.no-date: 已办结 needs 办结日期; 已化解 needs 办结日期 and 化解日期. */
const statusNoDate: RowRule = (x, ctx, out) => {
  const s = x.c.status;
  if (s !== "已办结" && s !== "已化解") return;
  const missing: FieldKey[] = [];
  if (x.c.closedOn === null && !isBad(x, "closedOn")) missing.push("closedOn");
  if (s === "已化解" && x.c.resolvedOn === null && !isBad(x, "resolvedOn")) missing.push("resolvedOn");
  if (missing.length)
    emit(out, ctx, x, [...missing, "status"], "status.no-date", { status: s, missing: missing.map(label).join("和") });
};

/** status.date-open: 办理中 with a 办结日期. */
const statusDateOpen: RowRule = (x, ctx, out) => {
  if (x.c.status === "办理中" && x.c.closedOn !== null)
    emit(out, ctx, x, ["closedOn"], "status.date-open", { value: isoDay(x.c.closedOn) }, "已办结");
};

/** closure.docs: 已化解 needs 息诉罢访保证书 = 有 and 回访记录 = 有 (seed 000). */
const closureDocs: RowRule = (x, ctx, out) => {
  if (x.c.status !== "已化解") return;
  const missing: FieldKey[] = [];
  if (!x.c.pledge && !isBad(x, "pledge")) missing.push("pledge");
  if (!x.c.followUp && !isBad(x, "followUp")) missing.push("followUp");
  if (missing.length)
    emit(out, ctx, x, [...missing, "status"], "closure.docs", { missing: missing.map(label).join("和") });
};

/**
 * backlog.plan: an open backlog case (as of today) needs a leader, a unit or village lead, measures
 * and a due date (seed 000). Resolved backlog cases are done; asking for their plan helps nobody.
 */
const backlogPlan: RowRule = (x, ctx, out) => {
  if (ctx.backlog[x.i] !== BacklogState.Open) return;
  const missing: [FieldKey, string][] = [];
  if (!x.c.leaders.length) missing.push(["leader", label("leader")]);
  if (x.c.unit === null && !x.c.villageLeads.length)
    missing.push(["unit", `${label("unit")}或${label("villageLead")}`]);
  if (x.c.measures === null) missing.push(["measures", label("measures")]);
  if (ctx.facts.dueOn[x.i] === null) missing.push(["dueOn", label("dueOn")]);
  if (missing.length)
    emit(
      out,
      ctx,
      x,
      missing.map((m) => m[0]),
      "backlog.plan",
      { missing: missing.map((m) => m[1]).join("、") },
    );
};

/**
 * Open for deadline purposes: 办理中, or no status column at all and no 办结日期. A blank status in
 * a status column is cell.required already; guessing it open would double the noise.
 */
function openForDeadline(c: CaseRecord, ctx: RowContext): boolean {
  if (c.status === "办理中") return true;
  if (c.status === null) return ctx.layout.columns.status === undefined && c.closedOn === null;
  return !closedBy(c, ctx.today);
}

/** deadline.overdue / deadline.soon (预警天数). */
const deadline: RowRule = (x, ctx, out) => {
  const due = ctx.facts.dueOn[x.i];
  if (due === null || x.c.registeredOn === null || !openForDeadline(x.c, ctx)) return;
  if (due < ctx.today)
    emit(out, ctx, x, ["dueOn", "registeredOn"], "deadline.overdue", { due: isoDay(due), days: ctx.today - due });
  else if (due - ctx.today <= ctx.config.params.warningDays)
    emit(out, ctx, x, ["dueOn", "registeredOn"], "deadline.soon", { due: isoDay(due), days: due - ctx.today });
};

export const ROW_RULES: readonly RowRule[] = [
  dateFuture,
  dateOrder,
  statusNoDate,
  statusDateOpen,
  closureDocs,
  backlogPlan,
  deadline,
];

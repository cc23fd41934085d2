/** Small builders for report tests: CaseRecords and Facts made by hand, so expected answers are worked out in the test. */
import { dayFromIso, type Day } from "../../../src/core/day";
import type { Facts } from "../../../src/core/derive/facts";
import type { CaseRecord } from "../../../src/core/model";

export function d(iso: string): Day {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`bad date ${iso}`);
  return day;
}

let nextRow = 1;

export interface CaseSpec extends Partial<Omit<CaseRecord, "registeredOn" | "closedOn" | "resolvedOn">> {
  on?: string | null;
  closed?: string | null;
  resolved?: string | null;
  /** Derived facts for this case. */
  repeatOf?: number;
  due?: string | null;
  group?: boolean;
  persons?: string[];
}

export interface Built {
  cases: CaseRecord[];
  facts: Facts;
}

export function caseRecord(spec: CaseSpec): CaseRecord {
  const petitioners = spec.petitioners ?? ["张三"];
  return {
    row: spec.row ?? nextRow++,
    seq: null,
    caseId: null,
    registeredOn: spec.on === undefined ? d("2023-05-10") : spec.on === null ? null : d(spec.on),
    petitioners,
    headcountTyped: spec.headcount ?? null,
    headcount: spec.headcount ?? Math.max(1, petitioners.length),
    idNumbers: [],
    phone: null,
    address: null,
    villageTyped: spec.village ?? "银河村",
    village: spec.village ?? "银河村",
    channel: spec.channel === undefined ? "来访" : spec.channel,
    level: spec.level === undefined ? "来镇" : spec.level,
    abnormal: spec.abnormal ?? false,
    repeatTyped: spec.repeatTyped ?? null,
    complaint: spec.complaint ?? "低保问题",
    category: spec.category === undefined ? "民生问题类" : spec.category,
    domain: null,
    backlogFlag: spec.backlogFlag ?? false,
    leaders: spec.leaders ?? [],
    villageLeads: [],
    unit: null,
    measures: null,
    dueOnTyped: null,
    extended: false,
    status: spec.status === undefined ? "办理中" : spec.status,
    closedOn: spec.closed ? d(spec.closed) : null,
    resolvedOn: spec.resolved ? d(spec.resolved) : null,
    satisfaction: spec.satisfaction ?? null,
    pledge: false,
    followUp: false,
  };
}

/** Cases plus facts; due defaults to registeredOn + 60 days, group to headcount ≥ 5, persons to name|village. */
export function build(specs: CaseSpec[]): Built {
  const cases = specs.map(caseRecord);
  const facts: Facts = {
    dueOn: specs.map((s, i) =>
      s.due !== undefined
        ? s.due === null
          ? null
          : d(s.due)
        : cases[i].registeredOn === null
          ? null
          : cases[i].registeredOn! + 60,
    ),
    persons: specs.map((s, i) => s.persons ?? cases[i].petitioners.map((n) => `nv:${n}|${cases[i].village ?? ""}`)),
    repeatOf: Int32Array.from(specs.map((s) => s.repeatOf ?? -1)),
    group: Uint8Array.from(specs.map((s, i) => ((s.group ?? cases[i].headcount >= 5) ? 1 : 0))),
  };
  return { cases, facts };
}

/** `n` copies of a spec. */
export function times(n: number, spec: CaseSpec): CaseSpec[] {
  return Array.from({ length: n }, () => ({ ...spec }));
}

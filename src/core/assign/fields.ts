/**
 * Per assigned field: when its cell counts as empty on the parsed record (used when the sheet is not
 * at hand), whether a proposed value equals what the case already holds, and how the old value reads.
 */
import { isoDay } from "../day";
import type { CaseRecord } from "../model";
import type { AssignedField } from "./types";

interface FieldRule {
  empty: (c: CaseRecord) => boolean;
  same: (c: CaseRecord, value: string) => boolean;
  text: (c: CaseRecord) => string | null;
}

const names = (list: readonly string[]): string | null => (list.length ? list.join("、") : null);

export const FIELD_RULES: Readonly<Record<AssignedField, FieldRule>> = {
  village: {
    empty: (c) => c.villageTyped === null,
    same: (c, v) => c.villageTyped === v,
    text: (c) => c.villageTyped,
  },
  category: {
    empty: (c) => c.category === null,
    same: (c, v) => c.category === v,
    text: (c) => c.category,
  },
  domain: {
    empty: (c) => c.domain === null,
    same: (c, v) => c.domain === v,
    text: (c) => c.domain,
  },
  leader: {
    empty: (c) => c.leaders.length === 0,
    same: (c, v) => names(c.leaders) === v,
    text: (c) => names(c.leaders),
  },
  villageLead: {
    empty: (c) => c.villageLeads.length === 0,
    same: (c, v) => names(c.villageLeads) === v,
    text: (c) => names(c.villageLeads),
  },
  dueOn: {
    empty: (c) => c.dueOnTyped === null,
    same: (c, v) => c.dueOnTyped !== null && isoDay(c.dueOnTyped) === v,
    text: (c) => (c.dueOnTyped === null ? null : isoDay(c.dueOnTyped)),
  },
};

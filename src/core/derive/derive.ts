/** deriveFacts (DOMAIN.md §3): due dates, persons, 集体访 and repeats, computed once per ledger. */
import type { CaseRecord, Config } from "../model";
import type { Day } from "../day";
import { dueOnOf } from "./due";
import type { Facts } from "./facts";
import { personTable } from "./person-table";
import { findRepeats } from "./repeat";
import { rememberPersonIndex } from "./backlog";

export function deriveFacts(cases: readonly CaseRecord[], config: Config): Facts {
  const p = config.params;
  const dueOn = new Array<Day | null>(cases.length);
  const group = new Uint8Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    dueOn[i] = dueOnOf(cases[i], p);
    group[i] = cases[i].headcount >= p.groupSize ? 1 : 0;
  }
  const { persons, ids } = personTable(cases);
  const { repeatOf, byPerson } = findRepeats(cases, persons, ids);
  const facts: Facts = { dueOn, persons, repeatOf, group };
  rememberPersonIndex(facts, { byPerson, ids });
  return facts;
}

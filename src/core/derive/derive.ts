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
  const { repeatOf, byPerson } = findRepeats(cases, [], ids);
  const facts = withLazyPersons(dueOn, persons, repeatOf, group);
  rememberPersonIndex(facts, { byPerson, ids });
  return facts;
}

/**
 * Facts whose `persons` is made on first read (then an ordinary property, in its usual place):
 * check, assign and report work on interned ids and never need the key strings.
 */
function withLazyPersons(
  dueOn: (Day | null)[],
  make: () => string[][],
  repeatOf: Int32Array,
  group: Uint8Array,
): Facts {
  const facts = { dueOn } as Facts;
  const settle = (value: string[][]): string[][] => {
    Object.defineProperty(facts, "persons", { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(facts, "persons", {
    get: () => settle(make()),
    set: settle,
    enumerable: true,
    configurable: true,
  });
  facts.repeatOf = repeatOf;
  facts.group = group;
  return facts;
}

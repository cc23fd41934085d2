/** deriveFacts (DOMAIN.md §3): due dates, persons, 集体访 and repeats, computed once per ledger. */
import type { CaseRecord, Config } from "../model";
import { dueOnOf } from "./due";
import type { Facts } from "./facts";
import { personKeys } from "./persons";
import { findRepeats } from "./repeat";
import { rememberPersonIndex } from "./backlog";

/**
 * Person keys across the ledger: a name + village that appears with exactly one ID elsewhere is
 * that ID's person (the clerk wrote the ID once and not again), so repeats are not missed.
 */
function unifyPersons(cases: readonly CaseRecord[]): string[][] {
  const raw = cases.map(personKeys);
  // nv key → the one ID seen with it, or null once two different IDs were seen
  const idOf = new Map<string, string | null>();
  cases.forEach((c, i) => {
    const keys = raw[i];
    for (let p = 0; p < keys.length && p < c.petitioners.length; p++) {
      if (!keys[p].startsWith("id:")) continue;
      const nv = `nv:${c.petitioners[p]}|${c.village ?? ""}`;
      const seen = idOf.get(nv);
      if (seen === undefined) idOf.set(nv, keys[p]);
      else if (seen !== null && seen !== keys[p]) idOf.set(nv, null);
    }
  });
  if (!idOf.size) return raw;
  for (const keys of raw)
    for (let p = 0; p < keys.length; p++) {
      const id = keys[p].startsWith("nv:") ? idOf.get(keys[p]) : undefined;
      if (id) keys[p] = id;
    }
  return raw;
}

export function deriveFacts(cases: readonly CaseRecord[], config: Config): Facts {
  const p = config.params;
  const dueOn = cases.map((c) => dueOnOf(c, p));
  const persons = unifyPersons(cases);
  const group = new Uint8Array(cases.length);
  cases.forEach((c, i) => (group[i] = c.headcount >= p.groupSize ? 1 : 0));
  const { repeatOf, byPerson } = findRepeats(cases, persons);
  const facts: Facts = { dueOn, persons, repeatOf, group };
  rememberPersonIndex(facts, byPerson);
  return facts;
}

/**
 * Person keys of every case (§3.2), unified and interned in one pass. A name + village that appears
 * with exactly one ID elsewhere is that ID's person (the clerk wrote the ID once and not again), so
 * repeats are not missed. Lookups go by the ID text and by village → name (names never hold `|`,
 * a name separator), so no key string is built just to be hashed.
 */
import type { CaseRecord } from "../model";
import type { PersonIds } from "./person-ids";

export interface PersonTable {
  /**
   * `id:<ID>` or `nv:<name>|<village>` per petitioner, as personKeys gives them, unified. Built on
   * demand: the engine itself works on `ids`, so the 100k key strings are made only for a reader.
   */
  persons: () => string[][];
  ids: PersonIds;
}

/** village → name → the one ID seen with them, or null once two different IDs were seen. */
function idsByNameAndVillage(cases: readonly CaseRecord[]): Map<string, Map<string, string | null>> {
  const out = new Map<string, Map<string, string | null>>();
  for (const c of cases) {
    const ids = c.idNumbers;
    if (!ids.length) continue;
    const village = c.village ?? "";
    const n = Math.min(ids.length, c.petitioners.length);
    for (let p = 0; p < n; p++) {
      if (!ids[p]) continue;
      let byName = out.get(village);
      if (!byName) out.set(village, (byName = new Map()));
      const name = c.petitioners[p];
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, ids[p]);
      else if (seen !== null && seen !== ids[p]) byName.set(name, null);
    }
  }
  return out;
}

export function personTable(cases: readonly CaseRecord[]): PersonTable {
  const unified = idsByNameAndVillage(cases);
  // the ID a petitioner counts under: the one at their position, else the one of their name + village
  const idAt = (c: CaseRecord, p: number, byName: Map<string, string | null> | undefined): string | null =>
    c.idNumbers[p] || (byName?.get(`${c.petitioners[p]}`) ?? null);
  const pidOfId = new Map<string, number>();
  const pidOfName = new Map<string, Map<string, number>>();
  let count = 0;
  const start = new Int32Array(cases.length + 1);
  let list = new Int32Array(cases.length + 16);
  let len = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const village = c.village ?? "";
    const byName = unified.get(village);
    const n = Math.max(c.petitioners.length, c.idNumbers.length);
    start[i] = len;
    for (let p = 0; p < n; p++) {
      let pid: number | undefined;
      const id = idAt(c, p, byName);
      if (id) {
        pid = pidOfId.get(id);
        if (pid === undefined) pidOfId.set(id, (pid = count++));
      } else {
        let names = pidOfName.get(village);
        if (!names) pidOfName.set(village, (names = new Map()));
        const name = `${c.petitioners[p]}`;
        pid = names.get(name);
        if (pid === undefined) names.set(name, (pid = count++));
      }
      // a person named twice in one row counts once
      let seen = false;
      for (let q = start[i]; q < len; q++) if (list[q] === pid) seen = true;
      if (seen) continue;
      if (len === list.length) {
        const grown = new Int32Array(list.length * 2);
        grown.set(list);
        list = grown;
      }
      list[len++] = pid;
    }
  }
  start[cases.length] = len;
  const persons = (): string[][] =>
    cases.map((c) => {
      const village = c.village ?? "";
      const byName = unified.get(village);
      const n = Math.max(c.petitioners.length, c.idNumbers.length);
      const keys = new Array<string>(n);
      for (let p = 0; p < n; p++) {
        const id = idAt(c, p, byName);
        keys[p] = id ? `id:${id}` : `nv:${c.petitioners[p]}|${village}`;
      }
      return keys;
    });
  return { persons, ids: { start, list: list.subarray(0, len), count } };
}

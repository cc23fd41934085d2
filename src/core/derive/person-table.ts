/**
 * Person keys of every case (§3.2), unified and interned in two passes: the IDs first (each ID text
 * is hashed once, and its person remembered by position), then the names without an ID. A name +
 * village that appears with exactly one ID elsewhere is that ID's person (the clerk wrote the ID
 * once and not again), so repeats are not missed. Lookups go by the ID text and by village → name
 * (names never hold `|`, a name separator), so no key string is built just to be hashed.
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

export function personTable(cases: readonly CaseRecord[]): PersonTable {
  // slot of each (case, position): a case has as many persons as names or IDs, whichever is more
  const slotAt = new Int32Array(cases.length + 1);
  for (let i = 0; i < cases.length; i++)
    slotAt[i + 1] = slotAt[i] + Math.max(cases[i].petitioners.length, cases[i].idNumbers.length);
  // pass 1, the IDs: each distinct ID is a person, and village → name → the one ID seen with them
  // (null once two different IDs were seen)
  const pidOfSlot = new Int32Array(slotAt[cases.length]).fill(-1);
  const pidOfId = new Map<string, number>();
  const unified = new Map<string, Map<string, string | null>>();
  let count = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const ids = c.idNumbers;
    if (!ids.length) continue;
    let byName: Map<string, string | null> | undefined;
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p];
      if (!id) continue;
      let pid = pidOfId.get(id);
      if (pid === undefined) pidOfId.set(id, (pid = count++));
      pidOfSlot[slotAt[i] + p] = pid;
      if (p >= c.petitioners.length) continue;
      if (!byName) {
        const village = c.village ?? "";
        byName = unified.get(village);
        if (!byName) unified.set(village, (byName = new Map()));
      }
      const name = c.petitioners[p];
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, id);
      else if (seen !== null && seen !== id) byName.set(name, null);
    }
  }
  // pass 2, the names without an ID of their own: their name + village's ID, else name + village
  const pidOfName = new Map<string, Map<string, number>>();
  const start = new Int32Array(cases.length + 1);
  const list = new Int32Array(slotAt[cases.length]);
  let len = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    start[i] = len;
    for (let p = 0, slot = slotAt[i]; slot < slotAt[i + 1]; p++, slot++) {
      let pid = pidOfSlot[slot];
      if (pid < 0) {
        const village = c.village ?? "";
        const name = `${c.petitioners[p]}`;
        const id = unified.get(village)?.get(name);
        if (id) pid = pidOfId.get(id) as number;
        else {
          let names = pidOfName.get(village);
          if (!names) pidOfName.set(village, (names = new Map()));
          const known = names.get(name);
          if (known === undefined) names.set(name, (pid = count++));
          else pid = known;
        }
      }
      // a person named twice in one row counts once
      let seen = false;
      for (let q = start[i]; q < len; q++) if (list[q] === pid) seen = true;
      if (!seen) list[len++] = pid;
    }
  }
  start[cases.length] = len;
  // the ID a petitioner counts under: the one at their position, else the one of their name + village
  const idAt = (c: CaseRecord, p: number, byName: Map<string, string | null> | undefined): string | null =>
    c.idNumbers[p] || (byName?.get(`${c.petitioners[p]}`) ?? null);
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

/**
 * Person keys (§3.2) interned to small integers: each key string is hashed once here, and repeats
 * (§3.3) and backlog rule (c) (§3.4) then index plain arrays instead of string-keyed maps.
 */
export interface PersonIds {
  /** Distinct persons of case i are `list[start[i]]` … `list[start[i + 1] - 1]`, in key order. */
  start: Int32Array;
  list: Int32Array;
  /** How many distinct persons the ledger has. */
  count: number;
}

export function internPersons(persons: readonly (readonly string[])[]): PersonIds {
  const idOf = new Map<string, number>();
  const start = new Int32Array(persons.length + 1);
  let total = 0;
  for (const ps of persons) total += ps.length;
  const list = new Int32Array(total);
  let n = 0;
  for (let i = 0; i < persons.length; i++) {
    start[i] = n;
    const ps = persons[i];
    for (let p = 0; p < ps.length; p++) {
      let id = idOf.get(ps[p]);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(ps[p], id);
      }
      // a person named twice in one row counts once (rows rarely have more than a few names)
      let seen = false;
      for (let q = start[i]; q < n; q++) if (list[q] === id) seen = true;
      if (!seen) list[n++] = id;
    }
  }
  start[persons.length] = n;
  return { start, list: list.subarray(0, n), count: idOf.size };
}

/** Person identity (DOMAIN.md §3.2). */
import type { CaseRecord } from "../model";

/**
 * One key per petitioner in the names' order: `id:<ID>` when the ID at that position is known,
 * else `nv:<name>|<village>`. IDs beyond the names (more IDs than names, id.count) are persons too.
 */
export function personKeys(c: CaseRecord): string[] {
  const village = c.village ?? "";
  const n = Math.max(c.petitioners.length, c.idNumbers.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = c.idNumbers[i];
    if (id) out.push(`id:${id}`);
    else out.push(`nv:${c.petitioners[i]}|${village}`);
  }
  return out;
}

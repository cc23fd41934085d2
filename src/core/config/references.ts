/**
 * Cross-checks between `领导分工` and `村(社区)` (DOMAIN.md §7), and the one consistent picture the
 * engine uses afterwards. Decisions (docs/config.md):
 * - The village row is the authority on its 包村领导 (one village, one leader). A leader's 包村 entry
 *   fills a village whose 包村领导 is blank; when it names another leader, config.reference.
 * - Two leaders claiming the same village with no 包村领导 in its row: the first wins, config.duplicate.
 * - A 包村领导 missing from 领导分工 is reported (config.reference) but kept, so assignment can still
 *   name the village's leader; a 包村 entry naming no configured village is reported and dropped.
 * - Finally each leader's `villages` lists exactly the villages whose `leader` is that leader.
 */
import type { Finding } from "../findings";
import type { LeaderConfig, VillageConfig } from "../model";
import { normalizeName } from "../parse/names";
import { configFinding } from "./finding";
import type { LeaderRow, VillageRow } from "./read-people";

export function linkPeople(
  sheet: string,
  leaders: LeaderRow[],
  villages: VillageRow[],
  leadersFromSheet: boolean,
  findings: Finding[],
): { leaders: LeaderConfig[]; villages: VillageConfig[] } {
  const byName = new Map<string, VillageRow>();
  for (const v of villages) {
    byName.set(v.village.name, v);
    for (const a of v.village.aliases) byName.set(a, v);
  }
  const leaderNames = new Set(leaders.map((l) => l.leader.name));
  if (leadersFromSheet) {
    for (const v of villages) {
      const who = v.village.leader;
      if (who && !leaderNames.has(who)) {
        const detail = `村（社区）“${v.village.name}”的包村领导不在“领导分工”名单中`;
        findings.push(configFinding(sheet, v.row, v.leaderCol, "config.reference", { value: who, detail }));
      }
    }
  }
  /** Villages given a leader through a leader's 包村 (village name → the leader's row). */
  const claimedBy = new Map<string, number>();
  for (const l of leaders) {
    for (const entry of l.villageEntries) {
      const v = byName.get(normalizeName(entry));
      const name = l.leader.name;
      if (!v) {
        const detail = `领导“${name}”的包村“${entry}”不在“村(社区)”名单中，已忽略`;
        findings.push(configFinding(sheet, l.row, l.villagesCol, "config.reference", { value: entry, detail }));
        continue;
      }
      const village = v.village;
      if (village.leader === name) continue;
      if (village.leader === null) {
        village.leader = name;
        claimedBy.set(village.name, l.row);
        continue;
      }
      const first = claimedBy.get(village.name);
      if (first !== undefined) {
        findings.push(
          configFinding(sheet, l.row, l.villagesCol, "config.duplicate", { value: village.name, other: first + 1 }),
        );
      } else {
        const detail = `领导“${name}”的包村含“${village.name}”，但“村(社区)”中该村的包村领导是“${village.leader}”，已以“村(社区)”为准`;
        findings.push(configFinding(sheet, l.row, l.villagesCol, "config.reference", { value: village.name, detail }));
      }
    }
  }
  const villageList = villages.map((v) => v.village);
  const leaderList = leaders.map((l) => ({
    ...l.leader,
    villages: villageList.filter((v) => v.leader === l.leader.name).map((v) => v.name),
  }));
  return { leaders: leaderList, villages: villageList };
}

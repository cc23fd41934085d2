/**
 * Reading the ledger rows into CaseRecords with their parse findings (DOMAIN.md §1.2–1.4, §2).
 * One pass over the rows, a fixed reader per mapped column; nothing here allocates per cell beyond
 * the record itself, so 100k rows read in a fraction of a second.
 */
import type { CellValue, WorkbookGrid } from "../grid";
import type { Finding } from "../findings";
import type { CaseRecord, Config, Ledger, LedgerLayout } from "../model";
import { findVillage } from "../config/village";
import { UserError } from "../../hosts/port";
import type { FieldKey } from "../schema/fields";
import { FIELD_BIT, READERS, READ_ORDER, type RowState } from "./fields-read";
import { makeFinding } from "./finding";
import { locateLedger } from "./locate";
import { memoCell } from "./memo";
import { mergedDataValues, mergedKey } from "./merged";

/**
 * Shared by every record that has no names or IDs: 100k rows × 4 empty arrays is 400k objects for
 * the garbage collector to copy. Frozen, so a caller that tried to fill one in place fails loudly.
 */
const NONE = Object.freeze([]) as unknown as string[];

export function blankCase(row: number): CaseRecord {
  return {
    row,
    seq: null,
    caseId: null,
    registeredOn: null,
    petitioners: NONE,
    headcountTyped: null,
    headcount: 1,
    idNumbers: NONE,
    phone: null,
    address: null,
    villageTyped: null,
    village: null,
    channel: null,
    level: null,
    abnormal: false,
    repeatTyped: null,
    complaint: "",
    category: null,
    domain: null,
    backlogFlag: false,
    leaders: NONE,
    villageLeads: NONE,
    unit: null,
    measures: null,
    dueOnTyped: null,
    extended: false,
    status: null,
    closedOn: null,
    resolvedOn: null,
    satisfaction: null,
    pledge: false,
    followUp: false,
  };
}

/** cell.required (DOMAIN.md §2): the required fields and how "empty" looks on the record. */
const REQUIRED_EMPTY: readonly [FieldKey, (r: CaseRecord) => boolean][] = [
  ["registeredOn", (r) => r.registeredOn === null],
  ["petitioners", (r) => r.petitioners.length === 0],
  ["channel", (r) => r.channel === null],
  ["level", (r) => r.level === null],
  ["complaint", (r) => r.complaint === ""],
  ["status", (r) => r.status === null],
];

export interface ReadDetail {
  ledger: Ledger;
  findings: Finding[];
  /** Per case: FIELD_BIT of the fields whose cell was unreadable (rules skip those fields). */
  bad: Uint32Array;
  /** Chinese note when several sheets looked like ledgers. */
  note: string | null;
}

/** Reads the rows of a located ledger (exported for tests and for callers that located already). */
export function readRows(wb: WorkbookGrid, layout: LedgerLayout, config: Config): Omit<ReadDetail, "note"> {
  const sheet = wb.sheets.find((s) => s.name === layout.sheet);
  const findings: Finding[] = [];
  const cases: CaseRecord[] = [];
  const badList: number[] = [];
  if (!sheet) return { ledger: { layout, cases }, findings, bad: new Uint32Array(0) };
  // parallel arrays rather than objects: this loop runs for every cell of the ledger
  const fields = READ_ORDER.filter((f) => layout.columns[f] !== undefined);
  const cols = fields.map((f) => layout.columns[f] as number);
  const readers = fields.map((f) => READERS[f]);
  const leaderNames = new Set(config.leaders.map((l) => l.name));
  const merged = mergedDataValues(sheet, layout);
  // the typed villages are a dozen strings; addresses are many, each looked up once
  const lookupVillage = memoCell((text) => findVillage(text as string, config), 1 << 17) as (
    text: string,
  ) => string | null;
  const skipped = new Set(layout.skippedRows);
  const state: RowState = {
    sheet: layout.sheet,
    row: 0,
    rec: blankCase(0),
    findings,
    bad: 0,
    config,
    columns: layout.columns,
    leaderNames,
    findVillage: lookupVillage,
  };
  const finish = rowFinisher(layout.columns, config, leaderNames);
  const empty: CellValue[] = [];
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    if (skipped.size && skipped.has(r)) continue;
    const cells = sheet.rows[r] ?? empty;
    state.row = r;
    state.rec = blankCase(r);
    state.bad = 0;
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      let v = cells[col];
      if (v === undefined || v === null) {
        if (merged === null) continue;
        v = merged.get(mergedKey(r, col)) ?? null;
        if (v === null) continue;
      }
      // the only object a CellValue can be is a CellError (inline check: this runs for every cell)
      if (typeof v === "object") {
        state.bad |= FIELD_BIT[fields[k]];
        findings.push(makeFinding(layout.sheet, r, col, fields[k], "cell.error", { value: v.error }));
        continue;
      }
      const read = readers[k];
      if (read) read(v, state, col);
    }
    finish(state);
    cases.push(state.rec);
    badList.push(state.bad);
  }
  return { ledger: { layout, cases }, findings, bad: Uint32Array.from(badList) };
}

/**
 * Row-level parse findings that need several cells: required, headcount, village, leaders. What
 * depends only on the layout (which required fields have a column) is worked out once per ledger.
 */
function rowFinisher(
  columns: LedgerLayout["columns"],
  config: Config,
  leaderNames: ReadonlySet<string>,
): (s: RowState) => void {
  const required = REQUIRED_EMPTY.filter(([field]) => columns[field] !== undefined).map(([field, empty]) => ({
    field,
    col: columns[field] as number,
    bit: FIELD_BIT[field],
    empty,
  }));
  // leader cells repeat a few names, and namesOf hands out one array per distinct cell
  const unknownLeaders = new Map<readonly string[], string[]>();
  const unknownOf = (leaders: readonly string[]): string[] => {
    let out = unknownLeaders.get(leaders);
    if (!out) unknownLeaders.set(leaders, (out = leaders.filter((name) => !leaderNames.has(name))));
    return out;
  };
  return (s) => {
    const { rec } = s;
    for (let k = 0; k < required.length; k++) {
      const q = required[k];
      if (!(s.bad & q.bit) && q.empty(rec))
        s.findings.push(makeFinding(s.sheet, s.row, q.col, q.field, "cell.required"));
    }
    const names = rec.petitioners.length;
    rec.headcount = rec.headcountTyped ?? Math.max(1, names);
    if (rec.headcountTyped !== null && rec.headcountTyped < names && columns.headcount !== undefined)
      s.findings.push(
        makeFinding(s.sheet, s.row, columns.headcount, "headcount", "headcount.names", {
          count: rec.headcountTyped,
          names,
        }),
      );
    readVillage(s);
    if (rec.leaders.length && columns.leader !== undefined) {
      if (leaderNames.size)
        for (const name of unknownOf(rec.leaders))
          s.findings.push(makeFinding(s.sheet, s.row, columns.leader, "leader", "leader.unknown", { value: name }));
      if (rec.leaders.length > 1 && config.params.oneLeaderPerCase)
        s.findings.push(
          makeFinding(s.sheet, s.row, columns.leader, "leader", "leader.multiple", {
            count: rec.leaders.length,
            names: rec.leaders.join("、"),
          }),
        );
    }
  };
}

/**
 * The canonical village: the typed one (by name or alias), else the first village named in the
 * address. With no villages configured nothing can be checked, so the typed text is kept as is.
 */
function readVillage(s: RowState): void {
  const { rec, columns, config } = s;
  const hasList = config.villages.length > 0;
  if (rec.villageTyped !== null) {
    const found = hasList ? s.findVillage(rec.villageTyped) : null;
    rec.village = found ?? rec.villageTyped;
    if (hasList && !found && columns.village !== undefined)
      s.findings.push(
        makeFinding(s.sheet, s.row, columns.village, "village", "village.unknown", { value: rec.villageTyped }),
      );
    return;
  }
  if (s.bad & FIELD_BIT.village) return;
  rec.village = rec.address ? s.findVillage(rec.address) : null;
  if (rec.village || !hasList) return;
  const col = columns.village ?? columns.address;
  if (col === undefined) return; // neither column: header.missing covers nothing here; assignment reports it
  const field: FieldKey = columns.village !== undefined ? "village" : "address";
  s.findings.push(
    makeFinding(s.sheet, s.row, col, field, "village.unknown", { value: rec.address ?? "（村和户籍地均未填写）" }),
  );
}

/** Locates and reads; throws UserError (Chinese) when no ledger is found. */
export function readLedgerDetail(wb: WorkbookGrid, config: Config, opts: { sheet?: string } = {}): ReadDetail {
  const loc = locateLedger(wb, opts);
  if (!loc.ok) throw new UserError(loc.message, "invalid");
  const read = readRows(wb, loc.layout, config);
  return { ...read, findings: [...loc.findings, ...read.findings], note: loc.note };
}

/** DOMAIN.md §1: the ledger's cases and the header + value findings. Throws UserError when there is no ledger. */
export function readLedger(
  wb: WorkbookGrid,
  config: Config,
  opts: { sheet?: string } = {},
): { ledger: Ledger; findings: Finding[] } {
  const { ledger, findings } = readLedgerDetail(wb, config, opts);
  return { ledger, findings };
}

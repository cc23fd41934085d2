/**
 * Per-field cell readers, as a table: each reads one cell into the CaseRecord and reports what is
 * wrong with it. read.ts runs them in READ_ORDER (dates and names first, since IDs check birth
 * dates against the registration date and headcount compares with the names).
 */
import type { CellValue } from "../grid";
import type { Finding, FindingCode } from "../findings";
import type { CaseRecord, Config } from "../model";
import * as parse from "../parse";
import { ENUMS, FIELD_BY_KEY, type EnumKey, type FieldKey } from "../schema/fields";
import { makeFinding } from "./finding";
import { memoCell } from "./memo";

const { cellText, checkIdCell, parsePhone, normalizeName } = parse;
// columns with few distinct values: parse each distinct value once (results are read-only)
const parseInteger = memoCell(parse.parseInteger);

/** Bit of a field in RowState.bad: set when its cell held something unreadable (finding given). */
export const FIELD_BIT: Readonly<Record<FieldKey, number>> = Object.fromEntries(
  Object.keys(FIELD_BY_KEY).map((k, i) => [k, 1 << i]),
) as Record<FieldKey, number>;

export interface RowState {
  sheet: string;
  /** 0-based sheet row */
  row: number;
  rec: CaseRecord;
  findings: Finding[];
  /** FIELD_BIT of fields whose cell was an error or unreadable. */
  bad: number;
  config: Config;
  /** 0-based column of each mapped field. */
  columns: Partial<Record<FieldKey, number>>;
  /** Names of the configured leaders (for leader.unknown). */
  leaderNames: ReadonlySet<string>;
  findVillage: (text: string) => string | null;
}

type Reader = (v: CellValue, s: RowState, col: number) => void;

function report(
  s: RowState,
  col: number,
  field: FieldKey,
  code: FindingCode,
  params: Record<string, string | number> = {},
  suggestion: string | null = null,
): void {
  s.findings.push(makeFinding(s.sheet, s.row, col, field, code, params, suggestion));
}

function markBad(s: RowState, field: FieldKey): void {
  s.bad |= FIELD_BIT[field];
}

const text = (v: CellValue): string | null => {
  const t = cellText(v);
  return t === "" ? null : t;
};

function dateReader(
  field: "registeredOn" | "dueOn" | "closedOn" | "resolvedOn",
  set: (r: CaseRecord, d: number) => void,
): Reader {
  // one memo per column, so the row above's value is the one to compare with
  const parseDate = memoCell(parse.parseDate);
  return (v, s, col) => {
    const p = parseDate(v);
    if (p.kind === "ok") set(s.rec, p.day);
    else if (p.kind === "invalid") {
      markBad(s, field);
      report(s, col, field, "date.invalid", { value: p.text });
    }
  };
}

const PLAIN_MOBILE = /^1[3-9]\d{9}$/;

const ENUM_HINT_NONE = "请从规定取值中选择。";

function enumReader<K extends EnumKey>(field: FieldKey, key: K, set: (r: CaseRecord, value: string) => void): Reader {
  const allowed = ENUMS[key].values.join("、");
  const parseEnum = memoCell((x) => parse.parseEnum(key, x));
  return (v, s, col) => {
    const p = parseEnum(v);
    if (p.kind === "ok") set(s.rec, p.value);
    else if (p.kind === "unknown") {
      markBad(s, field);
      const hint = p.suggestion ? `是否应为“${p.suggestion}”？` : ENUM_HINT_NONE;
      report(s, col, field, "enum.unknown", { value: p.text, allowed, hint }, p.suggestion);
    }
  };
}

function yesNoReader(field: FieldKey, allowed: string, set: (r: CaseRecord, value: boolean) => void): Reader {
  const parseYesNo = memoCell(parse.parseYesNo);
  return (v, s, col) => {
    const p = parseYesNo(v);
    if (p === true || p === false) set(s.rec, p);
    else if (p === "unknown") {
      markBad(s, field);
      report(s, col, field, "enum.unknown", {
        value: cellText(v),
        allowed,
        hint: `请填“${allowed.split("、")[0]}”或“${allowed.split("、")[1]}”。`,
      });
    }
  };
}

/**
 * Names of a cell, normalised. Memoised, and the one frozen array is shared by every row with the
 * same cell (leader columns repeat a handful of names): no copy per row, and no one can change it.
 */
const namesOf = memoCell(
  (v: CellValue): string[] =>
    Object.freeze(
      parse
        .splitNames(v)
        .map(normalizeName)
        .filter((n) => n !== ""),
    ) as string[],
  // petitioner names: tens of thousands of distinct people in a big ledger; a smaller memo would
  // be cleared before a name came round again
  1 << 17,
);

/** The typed village, normalised: a village column holds a dozen spellings. */
const villageNameOf = memoCell((v: CellValue): string | null => {
  const t = text(v);
  return t === null ? null : normalizeName(t);
});

export const READERS: Readonly<Partial<Record<FieldKey, Reader>>> = {
  seq: (v, s) => {
    // 序号 is unique per row: a memo would only churn, and whole numbers need no parsing
    if (typeof v === "number" && Number.isInteger(v)) {
      s.rec.seq = v;
      return;
    }
    const p = parse.parseInteger(v);
    // a non-numeric 序号 has no finding code of its own; it is simply not used as a number
    if (p.kind === "ok") s.rec.seq = p.value;
  },
  caseId: (v, s) => {
    s.rec.caseId = text(v);
  },
  registeredOn: dateReader("registeredOn", (r, d) => (r.registeredOn = d)),
  petitioners: (v, s) => {
    s.rec.petitioners = namesOf(v);
  },
  headcount: (v, s, col) => {
    const p = parseInteger(v);
    if (p.kind === "ok" && p.value >= 1) s.rec.headcountTyped = p.value;
    else if (p.kind !== "blank") {
      markBad(s, "headcount");
      report(s, col, "headcount", "headcount.invalid", { value: p.kind === "invalid" ? p.text : String(p.value) });
    }
  },
  idNumbers: (v, s, col) => {
    // most cells hold one valid ID, or a few joined by 、: nothing to report, no intermediate result
    const plain = typeof v === "string" ? parse.plainValidIds(v, s.rec.registeredOn) : null;
    if (plain !== null) {
      s.rec.idNumbers = plain;
      const names = s.rec.petitioners.length;
      if (names > 0 && plain.length > names) report(s, col, "idNumbers", "id.count", { ids: plain.length, names });
      return;
    }
    const res = checkIdCell(v, s.rec.registeredOn);
    for (const issue of res.issues) {
      report(s, col, "idNumbers", issue.code, {
        value: issue.value,
        expected: issue.expected ?? "",
        birth: issue.birth ?? "",
      });
    }
    const invalid = res.issues.some((i) => i.code !== "id.legacy");
    if (invalid) markBad(s, "idNumbers");
    // IDs follow the names' order; with an unreadable one in between the positions are unknown,
    // so persons fall back to name + village rather than pairing a name with the wrong ID
    s.rec.idNumbers = invalid ? [] : res.ids;
    const names = s.rec.petitioners.length;
    if (names > 0 && res.found > names) report(s, col, "idNumbers", "id.count", { ids: res.found, names });
  },
  phone: (v, s, col) => {
    // the common case, a plain 11-digit mobile number, needs no general parsing
    if (typeof v === "string" && PLAIN_MOBILE.test(v)) {
      s.rec.phone = v;
      return;
    }
    const p = parsePhone(v);
    if (p.kind === "ok") s.rec.phone = p.phone;
    else if (p.kind === "invalid") {
      markBad(s, "phone");
      report(s, col, "phone", "phone.invalid", { value: p.text });
    }
  },
  address: (v, s) => {
    s.rec.address = text(v);
  },
  village: (v, s) => {
    s.rec.villageTyped = villageNameOf(v);
  },
  channel: enumReader("channel", "channel", (r, x) => (r.channel = x as CaseRecord["channel"])),
  level: enumReader("level", "level", (r, x) => (r.level = x as CaseRecord["level"])),
  abnormal: yesNoReader("abnormal", "是、否", (r, x) => (r.abnormal = x)),
  repeat: yesNoReader("repeat", "是、否", (r, x) => (r.repeatTyped = x)),
  complaint: (v, s) => {
    s.rec.complaint = cellText(v);
  },
  category: enumReader("category", "category", (r, x) => (r.category = x as CaseRecord["category"])),
  domain: enumReader("domain", "domain", (r, x) => (r.domain = x as CaseRecord["domain"])),
  backlog: yesNoReader("backlog", "是、否", (r, x) => (r.backlogFlag = x)),
  leader: (v, s) => {
    s.rec.leaders = namesOf(v);
  },
  villageLead: (v, s) => {
    s.rec.villageLeads = namesOf(v);
  },
  unit: (v, s) => {
    s.rec.unit = text(v);
  },
  measures: (v, s) => {
    s.rec.measures = text(v);
  },
  dueOn: dateReader("dueOn", (r, d) => (r.dueOnTyped = d)),
  extended: yesNoReader("extended", "是、否", (r, x) => (r.extended = x)),
  status: enumReader("status", "status", (r, x) => (r.status = x as CaseRecord["status"])),
  closedOn: dateReader("closedOn", (r, d) => (r.closedOn = d)),
  resolvedOn: dateReader("resolvedOn", (r, d) => (r.resolvedOn = d)),
  satisfaction: enumReader(
    "satisfaction",
    "satisfaction",
    (r, x) => (r.satisfaction = x as CaseRecord["satisfaction"]),
  ),
  pledge: yesNoReader("pledge", "有、无", (r, x) => (r.pledge = x)),
  followUp: yesNoReader("followUp", "有、无", (r, x) => (r.followUp = x)),
};

/** Dates and names before the fields that check against them (IDs, headcount). */
export const READ_ORDER: readonly FieldKey[] = [
  "registeredOn",
  "petitioners",
  ...(Object.keys(FIELD_BY_KEY) as FieldKey[]).filter((k) => k !== "registeredOn" && k !== "petitioners"),
];

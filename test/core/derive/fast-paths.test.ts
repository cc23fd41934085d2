/**
 * The engine's fast paths (docs/benchmarks.md, "Engine profile") against plain statements of the
 * same rules: interned persons vs. the string keys of §3.2, the one-pass ID check vs. checkId,
 * the per-text classifier vs. classifyNormalized, 序号 outside the dense table.
 */
import fc from "fast-check";
import { personTable } from "../../../src/core/derive/person-table";
import { personKeys } from "../../../src/core/derive/persons";
import { checkId, idCheckChar, plainValidIds } from "../../../src/core/parse/id";
import { classifyNormalized, classifyDomainNormalized, textClassifier } from "../../../src/core/classify/classify";
import { normalizeText } from "../../../src/core/classify/match";
import { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES } from "../../../src/core/classify/cues";
import { crossRowFindings } from "../../../src/core/check/cross-rules";
import type { RowContext } from "../../../src/core/check/row-rules";
import { deriveFacts } from "../../../src/core/derive/derive";
import { dateOrder } from "../../../src/core/derive/repeat";
import { complaintOverlap } from "../../../src/core/derive/similar";
import { toHalfWidth } from "../../../src/core/schema/normalize";
import type { CaseRecord } from "../../../src/core/model";
import { day, makeCase, makeConfig, makeId } from "../../helpers";

/** §3.2 as written: string keys, then a name + village seen with exactly one ID becomes that ID. */
function referencePersons(cases: readonly CaseRecord[]): string[][] {
  const raw = cases.map(personKeys);
  const idOf = new Map<string, string | null>();
  cases.forEach((c, i) => {
    for (let p = 0; p < raw[i].length && p < c.petitioners.length; p++) {
      if (!raw[i][p].startsWith("id:")) continue;
      const nv = `nv:${c.petitioners[p]}|${c.village ?? ""}`;
      const seen = idOf.get(nv);
      if (seen === undefined) idOf.set(nv, raw[i][p]);
      else if (seen !== null && seen !== raw[i][p]) idOf.set(nv, null);
    }
  });
  return raw.map((keys) => keys.map((k) => (k.startsWith("nv:") ? idOf.get(k) : undefined) ?? k));
}

const ID_POOL = [makeId("1968-05-12", 17), makeId("1975-01-30", 23), makeId("1990-11-02", 45), makeId("2001-07-07", 9)];
const caseArb = fc.record({
  petitioners: fc.array(fc.constantFrom("殷飞", "王秀英", "张伟", "李娜", "Tom"), { maxLength: 3 }),
  ids: fc.array(fc.option(fc.constantFrom(...ID_POOL), { nil: null }), { maxLength: 4 }),
  village: fc.option(fc.constantFrom("银河村", "东陆村", ""), { nil: null }),
});

describe("personTable", () => {
  it("gives the same keys as §3.2 read literally, and one integer per distinct key", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), (specs) => {
        const cases = specs.map((s, row) =>
          makeCase({
            row,
            petitioners: s.petitioners,
            // IDs are positional: a missing one in the middle cuts the list, as the reader does
            idNumbers: s.ids.slice(0, s.ids.indexOf(null) < 0 ? s.ids.length : s.ids.indexOf(null)) as string[],
            village: s.village,
          }),
        );
        const table = personTable(cases);
        const persons = table.persons();
        const ids = table.ids;
        expect(persons).toEqual(referencePersons(cases));
        const pidOfKey = new Map<string, number>();
        cases.forEach((_, i) => {
          const distinct = [...new Set(persons[i])];
          const pids = Array.from(ids.list.subarray(ids.start[i], ids.start[i + 1]));
          expect(pids.length).toBe(distinct.length);
          distinct.forEach((k, n) => {
            const known = pidOfKey.get(k);
            if (known === undefined) pidOfKey.set(k, pids[n]);
            else expect(pids[n]).toBe(known);
          });
        });
        expect(new Set(pidOfKey.values()).size).toBe(pidOfKey.size);
        expect(ids.count).toBe(pidOfKey.size);
      }),
      { numRuns: 300 },
    );
  });

  it("unifies 王秀英 of 银河村 written once with her ID and once without it", () => {
    // deriveFacts makes the key strings only when read, and keeps them in their usual place
    const facts = deriveFacts(
      [makeCase({ row: 1, petitioners: ["王秀英"], idNumbers: [ID_POOL[0]], village: "银河村" })],
      makeConfig(),
    );
    expect(Object.keys(facts)).toEqual(["dueOn", "persons", "repeatOf", "group"]);
    expect(facts.persons).toEqual([[`id:${ID_POOL[0]}`]]);
    expect(facts.persons).toBe(facts.persons);
    const cases = [
      makeCase({ row: 1, petitioners: ["王秀英"], idNumbers: [ID_POOL[0]], village: "银河村" }),
      makeCase({ row: 2, petitioners: ["王秀英"], village: "银河村" }),
      makeCase({ row: 3, petitioners: ["王秀英"], village: "东陆村" }),
    ];
    const { persons, ids } = personTable(cases);
    expect(persons()).toEqual([[`id:${ID_POOL[0]}`], [`id:${ID_POOL[0]}`], ["nv:王秀英|东陆村"]]);
    expect(ids.list[ids.start[0]]).toBe(ids.list[ids.start[1]]);
    expect(ids.list[ids.start[2]]).not.toBe(ids.list[ids.start[0]]);
  });
});

describe("plainValidIds on one ID", () => {
  const digits17 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join(""));
  const idLike = fc.oneof(
    digits17.map((d) => d + idCheckChar(d)),
    fc.tuple(digits17, fc.constantFrom(..."0123456789Xx")).map(([d, last]) => d + last),
    fc
      .tuple(
        fc.constantFrom("320402", "110101"),
        fc.integer({ min: 1850, max: 2030 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([r, y, m, d, s]) => {
        const first = `${r}${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(s).padStart(3, "0")}`;
        return first + idCheckChar(first);
      }),
    fc.string({ minLength: 15, maxLength: 19 }),
  );

  it("is true exactly when checkId finds that one ID and nothing to report", () => {
    fc.assert(
      fc.property(idLike, fc.option(fc.integer({ min: -30000, max: 30000 }), { nil: null }), (text, reg) => {
        const r = checkId(text, reg);
        const plain = r.ids.length === 1 && r.ids[0] === text && r.issues.length === 0 && r.found === 1;
        expect(plainValidIds(text, reg)?.length === 1).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it("rejects 29 February of a year that has none, and a birth after registration", () => {
    const leap = makeId("2000-02-29", 5);
    const notLeap = "3204121900022900" + "5";
    expect(plainValidIds(leap, day("2020-01-01"))).toEqual([leap]);
    expect(plainValidIds(notLeap + idCheckChar(notLeap), null)).toBeNull();
    expect(plainValidIds(leap, day("2000-02-28"))).toBeNull();
  });
});

describe("textClassifier", () => {
  const texts = [
    "反映1998年征地补偿款至今未发放",
    "二〇〇五年宅基地纠纷，要求重新确权",
    "反映低保评定不公",
    "　对工业园区二期拆迁安置补偿标准有异议 ",
    "邻里噪音扰民",
    "",
  ];
  it("gives what classifyNormalized gives, for every text and registration year", () => {
    const k = textClassifier(DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.option(fc.integer({ min: day("2000-01-01"), max: day("2026-12-31") }), { nil: null }),
        (text, reg) => {
          const norm = normalizeText(text);
          expect(k.normalize(text)).toBe(norm);
          expect(k.category(norm, reg)).toEqual(classifyNormalized(norm, DEFAULT_CATEGORY_RULES, reg));
          expect(k.domain(norm)).toEqual(classifyDomainNormalized(norm, DEFAULT_DOMAIN_RULES));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("seq.duplicate beyond the dense table", () => {
  it("finds repeated 序号 that are huge, negative or zero, and no others", () => {
    const seqs = [5e9, -3, 0, 7, 5e9, -3, 0, -0, 8];
    const cases = seqs.map((seq, i) => makeCase({ row: i + 3, seq }));
    const config = makeConfig();
    const facts = deriveFacts(cases, config);
    const ctx: RowContext = {
      sheet: "台账",
      layout: {
        sheet: "台账",
        headerRows: [2],
        columns: { seq: 0 },
        headers: { seq: "序号" },
        firstRow: 3,
        lastRow: 11,
        skippedRows: [],
        score: 1,
      },
      config,
      facts,
      backlog: new Uint8Array(cases.length),
      today: day("2026-11-23"),
      firstCol: 0,
    };
    const dup = crossRowFindings(cases, new Uint32Array(cases.length), ctx).filter((f) => f.code === "seq.duplicate");
    expect(dup.map((f) => [f.row, f.message])).toEqual([
      [8, "序号 5000000000 与第 4 行重复。请重新编排序号。"],
      [9, "序号 -3 与第 5 行重复。请重新编排序号。"],
      [10, "序号 0 与第 6 行重复。请重新编排序号。"],
      [11, "序号 0 与第 6 行重复。请重新编排序号。"],
    ]);
  });
});

describe("dateOrder", () => {
  it("is the cases with a date sorted by date, ties by index, for narrow and wide spans alike", () => {
    const dayArb = fc.oneof(
      fc.integer({ min: 19000, max: 19030 }),
      fc.integer({ min: -30000, max: 60000 }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 60 }), (days) => {
        const cases = days.map((d, row) => makeCase({ row, registeredOn: d }));
        const expected = days
          .map((d, i) => ({ d, i }))
          .filter((x): x is { d: number; i: number } => x.d !== null)
          .sort((a, b) => a.d - b.d || a.i - b.i)
          .map((x) => x.i);
        expect(dateOrder(cases)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/** §3.3's similarity as first written: sets of two-character strings, blanks and punctuation left out. */
function bigrams(text: string): ReadonlySet<string> {
  const chars = [...toHalfWidth(text).replace(/[\s\u3000\p{P}\p{S}]+/gu, "")];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  if (chars.length === 1) out.add(chars[0]);
  return out;
}

function bigramOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

describe("complaintOverlap (sorted bigram codes)", () => {
  it("is bigramOverlap of the bigram string sets, for CJK, full-width, punctuation, astral and lone surrogates", () => {
    // few characters, so texts share bigrams; 𠀀 and 𠀁 are astral, \uD840 and \uDC00 lone halves
    const ch = fc.constantFrom(
      "拖",
      "欠",
      "工",
      "资",
      "补",
      "偿",
      "Ａ",
      "A",
      "a",
      "１",
      "1",
      " ",
      "\u3000",
      "，",
      "、",
      "!",
      "𠀀",
      "𠀁",
      "\uD840",
      "\uDC00",
    );
    const text = fc.array(ch, { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(complaintOverlap(a, b)).toBe(bigramOverlap(bigrams(a), bigrams(b)));
        expect(complaintOverlap(b, a)).toBe(bigramOverlap(bigrams(b), bigrams(a)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("plainValidIds (a group's IDs joined by 、)", () => {
  // valid and invalid birth dates (29 February, months 0 and 13, before 1900), right and wrong check characters
  const id = fc
    .tuple(
      fc.integer({ min: 1890, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 999 }),
      fc.boolean(),
    )
    .map(([y, m, d, s, wrongCheck]) => {
      const first = `320412${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(s).padStart(3, "0")}`;
      const check = idCheckChar(first);
      return first + (wrongCheck ? (check === "1" ? "2" : "1") : check);
    });
  const registered = fc.option(fc.integer({ min: day("1950-01-01"), max: day("2030-01-01") }), { nil: null });

  it("gives checkId's IDs when checkId finds nothing to report, and null otherwise", () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 4 }), registered, (ids, reg) => {
        const text = ids.join("、");
        const r = checkId(text, reg);
        const fast = plainValidIds(text, reg);
        if (r.issues.length === 0) expect(fast).toEqual(r.ids);
        else expect(fast).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves anything but single 、 between IDs to checkId", () => {
    const a = "11010519491231002X"; // the standard's example
    const b = makeId("1980-02-29", 123);
    expect(plainValidIds(`${a}、${b}`, null)).toEqual([a, b]);
    for (const text of [`${a}，${b}`, `${a}、、${b}`, `${a}、`, `、${a}`, `${a} ${b}`, `${b}、${a.toLowerCase()}`])
      expect(plainValidIds(text, null)).toBeNull();
  });

  it("judges birth dates by the calendar: 29 February only in leap years, none after registration", () => {
    expect(plainValidIds(makeId("2000-02-29"), null)).not.toBeNull();
    expect(plainValidIds(makeId("1900-02-29"), null)).toBeNull();
    expect(plainValidIds(makeId("1996-02-29"), day("1996-02-29"))).not.toBeNull();
    expect(plainValidIds(makeId("1996-02-29"), day("1996-02-28"))).toBeNull();
  });
});

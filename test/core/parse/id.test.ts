import fc from "fast-check";
import { dayFromYMD } from "../../../src/core/day";
import { checkId, checkIdCell, idCheckChar, upgradeLegacyId } from "../../../src/core/parse";

/** Builds a valid 18-digit ID independently of the code under test (GB 11643-1999 worked example). */
function makeId(region: string, birth: string, seq: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = region + birth + seq;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * w[i], 0);
  return body + "10X98765432"[sum % 11];
}

describe("checkId", () => {
  test("the standard's example 11010519491231002X is valid", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
    expect(checkId("11010519491231002X", null)).toEqual({ ids: ["11010519491231002X"], issues: [], found: 1 });
  });

  test("lower-case x and full-width digits are accepted and normalised", () => {
    const r = checkId("１１０１０５１９４９１２３１００２ｘ", null);
    expect(r.ids).toEqual(["11010519491231002X"]);
    expect(r.issues).toEqual([]);
  });

  test("wrong check character → id.checksum with the expected one", () => {
    expect(checkId("110105194912310021", null).issues).toEqual([
      { code: "id.checksum", value: "110105194912310021", expected: "X" },
    ]);
  });

  test("impossible or late birth dates → id.birthdate", () => {
    const feb30 = makeId("320412", "19900230", "123");
    expect(checkId(feb30, null).issues).toEqual([{ code: "id.birthdate", value: feb30, birth: "1990-02-30" }]);
    const born2023 = makeId("320412", "20230601", "123");
    expect(checkId(born2023, dayFromYMD(2023, 5, 1)).issues[0].code).toBe("id.birthdate");
    expect(checkId(born2023, dayFromYMD(2023, 6, 1)).ids).toEqual([born2023]);
    const old = makeId("320412", "18991231", "123");
    expect(checkId(old, null).issues[0]).toMatchObject({ code: "id.birthdate", birth: "1899-12-31" });
  });

  test("15-digit legacy IDs are accepted with id.legacy", () => {
    const r = checkId("320412650308123", null);
    expect(r.ids).toEqual(["320412650308123"]);
    expect(r.issues).toEqual([{ code: "id.legacy", value: "320412650308123", birth: "1965-03-08" }]);
    expect(checkId("320412651308123", null).issues[0].code).toBe("id.birthdate");
    expect(upgradeLegacyId("320412650308123")).toBe(makeId("320412", "19650308", "123"));
  });

  test("wrong length or characters → id.format", () => {
    for (const bad of ["32041219900307123", "3204121990030712345", "32041219900307123A", "无", "身份证待补"]) {
      expect(checkId(bad, null).issues[0].code).toBe("id.format");
    }
  });

  test("several IDs: separators, blanks, line breaks; grouped digits are one ID", () => {
    const a = makeId("320412", "19650308", "121");
    const b = makeId("320412", "19700101", "342");
    expect(checkId(`${a}、${b}`, null).ids).toEqual([a, b]);
    expect(checkId(`${a}\n${b}`, null).ids).toEqual([a, b]);
    expect(checkId(`${a}    ${b}`, null).ids).toEqual([a, b]);
    expect(checkId(`${a.slice(0, 6)} ${a.slice(6, 14)} ${a.slice(14)}`, null).ids).toEqual([a]);
    const r = checkId(`${a}，123`, null);
    expect(r.found).toBe(2);
    expect(r.ids).toEqual([a]);
    expect(r.issues).toEqual([{ code: "id.format", value: "123" }]);
  });

  test("exponent text was a number once → id.numeric", () => {
    expect(checkId("1.10101199003077E+17", null).issues).toEqual([
      { code: "id.numeric", value: "1.10101199003077E+17" },
    ]);
  });

  test("18-digit text ending in 000 with a wrong check character was a number once → id.numeric", () => {
    expect(checkId("110101199003076000", null).issues).toEqual([{ code: "id.numeric", value: "110101199003076000" }]);
    // A real ID may end in 000 (sequence 900, check character 0): it stays valid.
    const valid000 = makeId("320412", "19650308", "900");
    expect(valid000).toBe("320412196503089000");
    expect(checkId(valid000, null)).toEqual({ ids: [valid000], issues: [], found: 1 });
  });

  test("leading apostrophe is ignored", () => {
    expect(checkId("'11010519491231002X", null).ids).toEqual(["11010519491231002X"]);
  });
});

describe("checkIdCell", () => {
  test("an 18-digit number → id.numeric, shown as Excel shows it", () => {
    expect(checkIdCell(110101199003076000, null)).toEqual({
      ids: [],
      issues: [{ code: "id.numeric", value: "110101199003076000" }],
      found: 1,
    });
  });
  test("a 15-digit number is a legacy ID", () => {
    expect(checkIdCell(320412650308123, null).ids).toEqual(["320412650308123"]);
  });
  test("other numbers and booleans → id.format", () => {
    expect(checkIdCell(12345, null).issues).toEqual([{ code: "id.format", value: "12345" }]);
    expect(checkIdCell(true, null).issues[0].code).toBe("id.format");
  });
  test("blank and formula errors give nothing (cell.error is reported by the ledger)", () => {
    expect(checkIdCell(null, null)).toEqual({ ids: [], issues: [], found: 0 });
    expect(checkIdCell("  ", null)).toEqual({ ids: [], issues: [], found: 0 });
    expect(checkIdCell({ error: "#N/A" }, null)).toEqual({ ids: [], issues: [], found: 0 });
  });
});

describe("ID properties", () => {
  const digits = (n: number): fc.Arbitrary<string> =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));
  const birth = fc
    .integer({ min: dayFromYMD(1900, 1, 1), max: dayFromYMD(2020, 12, 31) })
    .map((d) => new Date(d * 86400000).toISOString().slice(0, 10).replace(/-/g, ""));
  const validId = fc.tuple(digits(6), birth, digits(3)).map(([r, b, s]) => makeId(r, b, s));

  test("every generated valid ID passes", () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = checkId(id, dayFromYMD(2021, 1, 1));
        return r.ids.length === 1 && r.ids[0] === id && r.issues.length === 0;
      }),
    );
  });

  // id.numeric is allowed too: a changed ID ending in 000 reads as a number that lost its digits.
  test("changing any single character makes it fail", () => {
    const chars = "0123456789X";
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, pos, shift) => {
        const alphabet = pos === 17 ? chars : chars.slice(0, 10);
        const next = alphabet[(alphabet.indexOf(id[pos]) + shift) % alphabet.length];
        if (next === id[pos]) return true;
        const changed = id.slice(0, pos) + next + id.slice(pos + 1);
        const r = checkId(changed, dayFromYMD(2021, 1, 1));
        return (
          r.ids.length === 0 &&
          r.issues.length === 1 &&
          ["id.checksum", "id.birthdate", "id.format", "id.numeric"].includes(r.issues[0].code)
        );
      }),
    );
  });
});

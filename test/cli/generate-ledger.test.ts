import { dayFromYMD } from "../../src/core/day";
import {
  ALL_DEFECTS,
  DEFECT_CODE,
  generateLedgerRows,
  idCheckChar,
  LEDGER_COLUMNS,
  SAMPLE_COLUMNS,
  someDefects,
} from "../fixtures/generate-ledger";
import { mulberry32 } from "../fixtures/prng";

const col = (field: string): number => LEDGER_COLUMNS.findIndex((c) => c.field === field);

describe("seeded ledger generator", () => {
  const g = generateLedgerRows({ rows: 2000, seed: 7 });

  it("gives the same rows for the same seed and different rows for another", () => {
    const again = generateLedgerRows({ rows: 2000, seed: 7 });
    expect(again.rows).toEqual(g.rows);
    const other = generateLedgerRows({ rows: 2000, seed: 8 });
    expect(other.rows).not.toEqual(g.rows);
  });

  it("mulberry32 is uniform enough and stays in range", () => {
    const rng = mulberry32(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10000; i++) buckets[Math.floor(rng.next() * 10)]++;
    for (const b of buckets) expect(b).toBeGreaterThan(850);
    for (let i = 0; i < 1000; i++) {
      const x = rng.int(3, 5);
      expect(x === 3 || x === 4 || x === 5).toBe(true);
    }
  });

  it("writes 25 columns and one row per case, in registration order", () => {
    expect(LEDGER_COLUMNS).toHaveLength(25);
    expect(g.rows).toHaveLength(2000);
    for (const r of g.rows) expect(r).toHaveLength(25);
    const dates = g.cases.map((c) => c.registeredOn);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(dates[0]).toBeGreaterThanOrEqual(dayFromYMD(2024, 1, 1));
    expect(dates[dates.length - 1]).toBeLessThanOrEqual(g.today);
  });

  it("writes ID numbers with correct GB 11643 check characters (checked against a known ID)", () => {
    // 11010519491231002X is the standard's own example.
    expect(idCheckChar("11010519491231002")).toBe("X");
    const ids = g.cases.flatMap((c) => c.idNumbers);
    expect(ids.length).toBeGreaterThan(1500);
    for (const id of ids) {
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(idCheckChar(id.slice(0, 17))).toBe(id[17]);
    }
    expect(typeof g.rows[0][col("idNumbers")] === "string" || g.rows[0][col("idNumbers")] === null).toBe(true);
  });

  it("keeps statuses and dates consistent (no closing before registering, nothing after today)", () => {
    for (const c of g.cases) {
      if (c.status === "办理中") expect(c.closedOn).toBeNull();
      else {
        expect(c.closedOn).not.toBeNull();
        expect(c.closedOn!).toBeGreaterThanOrEqual(c.registeredOn);
        expect(c.closedOn!).toBeLessThanOrEqual(g.today);
      }
      if (c.status === "已化解") {
        expect(c.resolvedOn!).toBeGreaterThanOrEqual(c.closedOn!);
        expect(c.pledge).toBe(true);
        expect(c.followUp).toBe(true);
      } else expect(c.resolvedOn).toBeNull();
      expect(c.headcount).toBeGreaterThanOrEqual(c.petitioners.length);
    }
  });

  it("has realistic proportions: 来访/来信 most, 进京 rare, some repeats and group visits", () => {
    const share = (pred: (c: (typeof g.cases)[number]) => boolean): number => g.cases.filter(pred).length / 2000;
    expect(share((c) => c.channel === "来访" || c.channel === "来信")).toBeGreaterThan(0.55);
    expect(share((c) => c.level === "进京")).toBeLessThan(0.03);
    expect(share((c) => c.level === "来镇")).toBeGreaterThan(0.6);
    expect(share((c) => c.repeat)).toBeGreaterThan(0.03);
    expect(share((c) => c.headcount >= 5)).toBeGreaterThan(0.02);
    expect(share((c) => c.categoryCell === null)).toBeGreaterThan(0.2);
    expect(new Set(g.cases.map((c) => c.village)).size).toBe(8);
  });

  it("writes padded two-character names (`殷  飞`) and village-less rows whose address names the village", () => {
    expect(g.rows.some((r) => /^. {2}.$/.test(String(r[col("petitioners")])))).toBe(true);
    const blank = g.cases.filter((c) => c.villageCell === null);
    expect(blank.length).toBeGreaterThan(50);
  });

  it("seeds each requested defect and records where, with the finding it should cause", () => {
    const d = generateLedgerRows({ rows: 1500, seed: 3, columns: SAMPLE_COLUMNS, defects: someDefects(2) });
    const kinds = new Set(d.defects.map((x) => x.kind));
    expect([...kinds].sort()).toEqual([...ALL_DEFECTS].sort());
    const c = (field: string): number => SAMPLE_COLUMNS.findIndex((k) => k.field === field);
    for (const x of d.defects) {
      expect(x.code).toBe(DEFECT_CODE[x.kind]);
      const cell = d.rows[x.index][c(x.field)];
      if (x.kind === "id.numeric") {
        expect(typeof cell).toBe("number");
        expect(String(cell)).toMatch(/0{1,3}$/); // the lost digits
      }
      if (x.kind === "cell.error") expect(cell).toEqual({ error: "#N/A" });
      if (x.kind === "complaint.missing") expect(cell).toBeNull();
      if (x.kind === "fullwidth.digits") expect(String(cell)).toMatch(/^[０-９]{4}年/);
      if (x.kind === "duplicate.row") {
        const prev = d.rows[x.index - 1];
        expect(d.rows[x.index][c("complaint")]).toBe(prev[c("complaint")]);
        expect(d.rows[x.index][c("seq")]).not.toBe(prev[c("seq")]);
      }
    }
    // No two defects on neighbouring rows, so each finding points at one cause.
    const idx = d.defects.map((x) => x.index);
    for (let i = 1; i < idx.length; i++) expect(idx[i] - idx[i - 1]).toBeGreaterThan(1);
  });
});

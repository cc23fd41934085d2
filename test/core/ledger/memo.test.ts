import { memoCell } from "../../../src/core/ledger/memo";
import type { CellValue } from "../../../src/core/grid";

describe("memoCell", () => {
  const counting = () => {
    const calls: CellValue[] = [];
    const f = memoCell((v: CellValue) => {
      calls.push(v);
      return { of: v };
    }, 4);
    return { f, calls };
  };

  test("parses each distinct value once while the column has few values", () => {
    const { f, calls } = counting();
    for (const v of ["是", "否", 1, "1", "是", 1, "否", "1"]) expect(f(v)).toEqual({ of: v });
    expect(calls).toEqual(["是", "否", 1, "1"]);
    expect(f("是")).toBe(f("是"));
  });

  test("many values: still right, and the list's values are not parsed again", () => {
    const { f, calls } = counting();
    const values = Array.from({ length: 30 }, (_, i) => (i % 2 ? `v${i}` : i));
    for (const v of values) expect(f(v)).toEqual({ of: v });
    // bounded maps (limit 4): the last values come back without parsing
    const before = calls.length;
    expect(f(values[29])).toEqual({ of: values[29] });
    expect(f(values[28])).toEqual({ of: values[28] });
    expect(calls.length).toBe(before);
    expect(f(values[0])).toEqual({ of: values[0] });
  });

  test("numbers of every kind get their own answer (whole, negative, fractional, huge, -0)", () => {
    const { f, calls } = counting();
    const values = [...Array.from({ length: 20 }, (_, i) => 45000 + i), -3, 2.5, 1e17, 131072, 0];
    for (const v of [...values, ...values]) expect(f(v)).toEqual({ of: v });
    expect(f(-0)).toEqual({ of: 0 });
    // whole numbers from 0 on are remembered without bound; the rest in the bounded map
    expect(calls.filter((v) => typeof v === "number" && v >= 45000 && v < 45020).length).toBe(20);
  });

  test("booleans and errors are parsed every time (no key to remember them by)", () => {
    const { f, calls } = counting();
    f(true);
    f(true);
    f({ error: "#N/A" });
    expect(calls.length).toBe(3);
  });

  test("NaN never matches itself in the list, but the answer is the same", () => {
    const { f } = counting();
    expect(f(NaN)).toEqual({ of: NaN });
    expect(f(NaN)).toEqual({ of: NaN });
    expect(f("是")).toEqual({ of: "是" });
  });
});

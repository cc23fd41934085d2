import fc from "fast-check";
import { ExcelHost } from "../../../src/hosts/excel/host";
import { cellOutput, fromExcel, jsonBytes, needsTextFormat } from "../../../src/hosts/excel/values";
import { cellRuns, joinAddresses, parseAreasAddress } from "../../../src/hosts/excel/addresses";
import type { Patch } from "../../../src/core/patch";
import { ledgerWorkbook } from "./fixtures";

describe("values across the Office.js boundary", () => {
  it("reads error strings as errors and blanks as null, everything else as is", () => {
    expect(fromExcel("#N/A")).toEqual({ error: "#N/A" });
    expect(fromExcel("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(fromExcel("#N/A 待补")).toBe("#N/A 待补");
    expect(fromExcel("")).toBeNull();
    expect(fromExcel(45046)).toBe(45046);
    expect(fromExcel("殷  飞")).toBe("殷  飞");
  });

  it("decides formats by what Excel would otherwise do to the text", () => {
    for (const t of ["=SUM(A1)", "+86", "-", "@张三", "0123", "2023-03-05", "12:30", "TRUE", " 42 ", "３"]) {
      expect([t, needsTextFormat(t)]).toEqual([t, t !== "３"]);
    }
    expect(needsTextFormat("民生问题类")).toBe(false);
    expect(cellOutput({ kind: "date", iso: "2023-04-30" }, "General")).toEqual({ value: 45046, format: "yyyy-mm-dd" });
    expect(cellOutput({ kind: "number", value: 0.5, percent: true }, "0.0%")).toEqual({ value: 0.5 });
    expect(cellOutput({ kind: "number", value: 3 }, "@")).toEqual({ value: 3, format: "General" });
  });

  it("counts JSON bytes as UTF-8 (a Chinese character is 3 bytes)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)))), (rows) => {
        expect(jsonBytes(rows)).toBe(Buffer.byteLength(JSON.stringify(rows), "utf8"));
      }),
    );
    expect(jsonBytes("殷飞")).toBe(8);
  });

  it("any text written through the host reads back as the same text, never a formula or number", async () => {
    const tricky = fc.constantFrom("=1+1", "+1", "-1", "@a", "0012", "1e5", "1,234", "50%", "2023/3/5", "false", " 7");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 20 }),
        async (texts) => {
          const { excel, ledger } = ledgerWorkbook(25, 1);
          const host = new ExcelHost({ run: excel.run, supports: excel.supports });
          await host.read();
          const patch: Patch = {
            writes: texts.map((text, i) => ({
              sheet: "信访台账",
              row: 2 + i,
              col: 24,
              value: { kind: "text" as const, text },
              previous: ledger.value(2 + i, 24) === "" ? null : (ledger.value(2 + i, 24) as string),
            })),
            marks: [],
            ownedSheets: [],
            newColumns: [],
          };
          await host.apply(patch, "写入");
          texts.forEach((t, i) => {
            expect(ledger.value(2 + i, 24)).toBe(t);
            expect(ledger.formula(2 + i, 24)).toBeUndefined();
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("addresses", () => {
  it("parses RangeAreas addresses, also with quoted sheet names holding commas", () => {
    expect(parseAreasAddress("信访台账!A1:Y1, 信访台账!B3")).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 24 },
      { r1: 2, c1: 1, r2: 2, c2: 1 },
    ]);
    expect(parseAreasAddress("'台账,2023'!$A$1:$B$2,'台账,2023'!C4")).toEqual([
      { r1: 0, c1: 0, r2: 1, c2: 1 },
      { r1: 3, c1: 2, r2: 3, c2: 2 },
    ]);
  });

  it("joins cells into vertical runs and address lists under the length cap", () => {
    expect(
      cellRuns([
        { row: 2, col: 1 },
        { row: 3, col: 1 },
        { row: 4, col: 1 },
        { row: 9, col: 1 },
        { row: 2, col: 3 },
      ]),
    ).toEqual(["B3:B5", "B10", "D3"]);
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.nat(60000), col: fc.nat(40) }), { maxLength: 3000 }), (cells) => {
        const lists = joinAddresses(cellRuns(cells), 500);
        for (const l of lists) expect(l.length).toBeLessThanOrEqual(500);
        const covered = new Set<string>();
        for (const l of lists)
          for (const r of parseAreasAddress(l)) for (let x = r.r1; x <= r.r2; x++) covered.add(`${x},${r.c1}`);
        expect(covered).toEqual(new Set(cells.map((c) => `${c.row},${c.col}`)));
      }),
      { numRuns: 50 },
    );
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { ownedToFast, STYLE, writeFastXlsx } from "../../scripts/lib/fast-xlsx";
import { sampleConfigSheet } from "../../scripts/lib/sample-sheets";
import { ALL_DEFECTS, generateLedgerRows, SAMPLE_COLUMNS, someDefects } from "../fixtures/generate-ledger";
import { cli, tempDir, TODAY } from "./helpers";

describe("the generator's seeded defects, through `xinfang check`", () => {
  it("each seeded defect is reported with its code on its row; messy-but-valid values are not", () => {
    const g = generateLedgerRows({ rows: 600, seed: 5, columns: SAMPLE_COLUMNS, defects: someDefects(2) });
    expect(new Set(g.defects.map((d) => d.kind)).size).toBe(ALL_DEFECTS.length);
    const dir = tempDir();
    const file = path.join(dir, "台账.xlsx");
    const header = g.columns.map((c) => c.header);
    fs.writeFileSync(
      file,
      writeFastXlsx([
        {
          name: "信访台账",
          rows: [["2026年孟河镇信访事项登记台账"], header, ...g.rows],
          style: (r, c, v) =>
            r < 2 ? STYLE.header : g.columns[c].kind === "date" && typeof v === "number" ? STYLE.date : STYLE.general,
        },
        ownedToFast(sampleConfigSheet(g.villages)),
      ]),
    );
    const json = path.join(dir, "r.json");
    expect(cli(["check", file, "--today", TODAY, "--json", json]).code).toBe(1);
    const findings: { row: number; code: string; field: string }[] = JSON.parse(fs.readFileSync(json, "utf8")).findings;
    const at = (row: number): string[] => findings.filter((f) => f.row === row).map((f) => f.code);
    for (const d of g.defects) {
      const row = d.index + 3; // title row, header row, then data
      if (d.code)
        expect({ kind: d.kind, codes: at(row) }).toEqual({ kind: d.kind, codes: expect.arrayContaining([d.code]) });
      else {
        // `殷  飞` and full-width dates parse: no finding on that cell's field.
        const own = findings.filter((f) => f.row === row && f.field === d.field);
        expect({ kind: d.kind, own }).toEqual({ kind: d.kind, own: [] });
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

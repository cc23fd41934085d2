/** The standalone page's host over a real .xlsx: the sample ledger (assets/), opened from bytes as in the browser. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileHost } from "../../src/app/file-host";
import { realCore } from "../../src/app/core-wiring";
import { Session } from "../../src/app/session";
import { RESULT_SHEET } from "../../src/core/check";
import { UserError } from "../../src/hosts/port";
import { day } from "../helpers";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "sample-ledger.xlsx")));

describe("FileHost (standalone page)", () => {
  it("runs 校验 on the file, then 撤销上次操作 gives back the original bytes", async () => {
    const host = FileHost.open(SAMPLE.slice(), "2026年信访台账.xlsx");
    const session = new Session(host, realCore, () => day("2026-11-23"));
    expect(host.modified).toBe(false);
    const summary = await session.check();
    expect(summary.findings.length).toBeGreaterThan(0);
    expect(host.modified).toBe(true);
    const after = await host.read();
    expect(after.sheets.map((s) => s.name)).toContain(RESULT_SHEET);
    expect(host.toBytes()).not.toEqual(SAMPLE);

    await session.undoLast();
    expect(host.toBytes()).toEqual(SAMPLE);
    expect((await host.read()).sheets.map((s) => s.name)).not.toContain(RESULT_SHEET);
  });

  it("names the download so it never looks like the original", () => {
    expect(FileHost.open(SAMPLE.slice(), "2026年信访台账.xlsx").outputName()).toBe("2026年信访台账-已处理.xlsx");
    expect(FileHost.open(SAMPLE.slice(), "台账.XLSX").outputName()).toBe("台账-已处理.xlsx");
  });

  it("remembers the selected cell, since the page has no grid to scroll", async () => {
    const host = FileHost.open(SAMPLE.slice(), "a.xlsx");
    await host.selectCell("信访台账", "F12");
    expect(host.selection()).toEqual({ sheet: "信访台账", cell: "F12" });
  });

  it("refuses a file that is not an .xlsx with a Chinese UserError", () => {
    const notXlsx = new TextEncoder().encode("序号,登记日期,信访人\n1,2026-10-08,殷  飞\n");
    expect(() => FileHost.open(notXlsx, "台账.csv")).toThrow(UserError);
    try {
      FileHost.open(notXlsx, "台账.csv");
    } catch (e) {
      expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

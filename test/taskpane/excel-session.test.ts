/**
 * The pane's Session over the real ExcelHost, driven by the Excel test double (test/hosts/excel):
 * the same orchestration the task pane runs inside Excel.
 */
import { excelAppHost } from "../../src/app/excel-session";
import { realCore } from "../../src/app/core-wiring";
import { Session } from "../../src/app/session";
import { RESULT_SHEET } from "../../src/core/check";
import { ExcelHost } from "../../src/hosts/excel/host";
import { ledgerWorkbook } from "../hosts/excel/fixtures";
import { day } from "../helpers";

function setup(apiMinor = 20) {
  const { excel, ledger } = ledgerWorkbook(300, 11, { apiMinor });
  const host = excelAppHost(new ExcelHost({ run: excel.run, supports: excel.supports }));
  return { excel, ledger, host, session: new Session(host, realCore, () => day("2023-12-31")) };
}

describe("Session over the Office.js host (test double)", () => {
  it("校验 fills problem cells and writes 校验结果; 撤销上次操作 restores the fills", async () => {
    const { excel, ledger, session } = setup();
    const summary = await session.check();
    expect(summary.findings.length).toBeGreaterThan(0);
    const marked = summary.findings.filter((f) => f.sheet === "信访台账");
    expect(marked.length).toBeGreaterThan(0);
    expect(ledger.fills.size).toBeGreaterThan(0);
    expect(excel.findSheet(RESULT_SHEET)).toBeDefined();

    await expect(session.undoLast()).resolves.toBe("校验标记");
    expect(ledger.fills.size).toBe(0);
  });

  it("selecting a finding selects its cell in Excel", async () => {
    const { excel, session } = setup();
    const { findings } = await session.check();
    const f = findings.find((x) => x.sheet === "信访台账");
    if (!f) throw new Error("expected a ledger finding");
    await session.selectCell(f.sheet, f.cell);
    expect(excel.selected).toEqual({ sheet: "信访台账", address: f.cell });
  });

  it("passes the host's notices on when Excel lacks newer requirement sets (Office 2021: ExcelApi 1.14)", async () => {
    const { host, session } = setup(14);
    expect(host.notices().join("\n")).toMatch(/批注|Ctrl\+Z/);
    await expect(session.check()).resolves.toBeDefined(); // degraded, never an error
  });

  it("a protected ledger stops the run with a Chinese message and nothing to undo", async () => {
    const { ledger, session } = setup();
    ledger.protected = true;
    await expect(session.check()).rejects.toThrow(/保护/);
    expect(session.undoLabel()).toBeUndefined();
    expect(ledger.fills.size).toBe(0);
  });
});

/** The task pane gets the marks cap too: the session passes the patch's note on to the result box. */
import { realCore } from "../../src/app/core-wiring";
import { Session } from "../../src/app/session";
import type { CheckResult } from "../../src/core/check";
import { marksPatch } from "../../src/core/check/marks";
import { day } from "../helpers";
import { MemoryHost } from "../taskpane/memory-host";
import { messyLedger } from "../taskpane/messy-ledger";

const TODAY = day("2026-11-23");

describe("Session.check with capped marks", () => {
  it("applies at most the cap and returns the patch's note as marksNote", async () => {
    const host = new MemoryHost(messyLedger());
    const core = {
      ...realCore,
      marksPatch: (r: Parameters<typeof realCore.marksPatch>[0]) => marksPatch(r as CheckResult, 2),
    };
    const summary = await new Session(host, core, () => TODAY).check();
    const patch = host.applied[0].patch as ReturnType<typeof marksPatch>;
    const marked = patch.marks.reduce((n, s) => n + s.marks.length, 0);
    expect(marked).toBe(2);
    expect(patch.cap?.markedCells).toBe(2);
    expect(summary.findings.length).toBeGreaterThan(patch.cap!.unmarkedFindings);
    expect(summary.marksNote).toBe(patch.cap!.note);
    expect(summary.marksNote).toMatch(/^仅在台账中标记了前 2 个单元格，另有 \d+ 处问题未标记/);
  });

  it("has no marksNote when every problem cell is marked", async () => {
    const summary = await new Session(new MemoryHost(messyLedger()), realCore, () => TODAY).check();
    expect(summary.marksNote).toBeUndefined();
  });
});

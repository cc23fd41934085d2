import { realCore } from "../../src/app/core-wiring";
import { CancelledError, errorText, Session, type RunStatus } from "../../src/app/session";
import { RESULT_SHEET } from "../../src/core/check";
import { UserError } from "../../src/hosts/port";
import { day } from "../helpers";
import { MemoryHost } from "./memory-host";
import { messyLedger } from "./messy-ledger";

const TODAY = day("2026-11-23");

function setup(): { host: MemoryHost; session: Session } {
  const host = new MemoryHost(messyLedger());
  return { host, session: new Session(host, realCore, () => TODAY) };
}

describe("Session: read → core → apply, with progress, cancel and undo", () => {
  it("校验 marks the ledger, writes 校验结果, and can be undone exactly once", async () => {
    const { host, session } = setup();
    const summary = await session.check();
    expect(summary.sheet).toBe("信访台账");
    expect(summary.counts.error).toBeGreaterThan(0);
    expect(summary.counts.error + summary.counts.warning + summary.counts.info).toBe(summary.findings.length);
    expect(host.applied).toHaveLength(1);
    const { patch, label } = host.applied[0];
    expect(label).toBe("校验标记");
    expect(patch.writes).toEqual([]); // a check never changes a user's value
    const ledgerMarks = patch.marks.find((m) => m.sheet === "信访台账");
    expect(ledgerMarks?.marks.length).toBeGreaterThan(0);
    expect(patch.ownedSheets.map((s) => s.name)).toContain(RESULT_SHEET);

    expect(session.undoLabel()).toBe("校验标记");
    await expect(session.undoLast()).resolves.toBe("校验标记");
    expect(host.undone).toEqual([{ label: "校验标记", snapshot: 1 }]);
    await expect(session.undoLast()).resolves.toBeUndefined();
    expect(host.undone).toHaveLength(1);
  });

  it("uses the today override for date findings", async () => {
    const { session } = setup();
    session.setToday(day("2026-10-10"));
    const early = await session.check();
    // Rows registered 10-12 and 10-20 lie after 2026-10-10.
    expect(early.findings.filter((f) => f.code === "date.future").length).toBeGreaterThanOrEqual(2);
    session.setToday(undefined);
    expect(session.today()).toBe(TODAY);
    const now = await session.check();
    expect(now.findings.filter((f) => f.code === "date.future")).toEqual([]);
  });

  it("reports progress in order, ending idle", async () => {
    const { session } = setup();
    const seen: (RunStatus | undefined)[] = [];
    session.onStatus((s) => seen.push(s));
    await session.check();
    expect(seen[seen.length - 1]).toBeUndefined();
    const running = seen.filter((s): s is RunStatus => s !== undefined);
    expect(running.every((s) => s.label === "校验")).toBe(true);
    const fractions = running.map((s) => s.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(running.map((s) => s.step)).toEqual(expect.arrayContaining(["读取工作簿", "校验台账", "标记问题单元格"]));
  });

  it("cancel before the write leaves the workbook untouched", async () => {
    const { host, session } = setup();
    const off = session.onStatus((s) => {
      if (s?.step === "校验台账") session.cancel();
    });
    await expect(session.check()).rejects.toBeInstanceOf(CancelledError);
    off();
    expect(host.applied).toEqual([]);
    expect(session.undoLabel()).toBeUndefined();
    expect(session.busy).toBe(false);
    await expect(session.check()).resolves.toBeDefined(); // usable again
  });

  it("refuses a second command while one runs", async () => {
    const { session } = setup();
    const first = session.check();
    await expect(session.check()).rejects.toThrow(UserError);
    await first;
  });

  it("清除标记 sends empty mark lists for the sheets the check marked", async () => {
    const { host, session } = setup();
    const summary = await session.check();
    await session.clearMarks();
    const cleared = host.applied[1];
    expect(cleared.label).toBe("清除标记");
    expect(cleared.patch.marks.map((m) => m.sheet).sort()).toEqual([...summary.markedSheets].sort());
    expect(cleared.patch.marks.every((m) => m.marks.length === 0)).toBe(true);
  });

  it("清除标记 after a reload finds the ledger itself", async () => {
    const { host, session } = setup();
    await session.clearMarks();
    expect(host.applied[0].patch.marks.map((m) => m.sheet)).toContain("信访台账");
  });

  it("keeps an undo record when the undo itself fails", async () => {
    const { host, session } = setup();
    await session.check();
    host.undo = async () => {
      throw new UserError("工作表“信访台账”已设置保护", "protected");
    };
    await expect(session.undoLast()).rejects.toThrow("已设置保护");
    expect(session.undoLabel()).toBe("校验标记");
  });

  it("selects a finding's cell through the host", async () => {
    const { host, session } = setup();
    const { findings } = await session.check();
    await session.selectCell(findings[0].sheet, findings[0].cell);
    expect(host.selected).toEqual([`${findings[0].sheet}!${findings[0].cell}`]);
  });
});

describe("errorText", () => {
  it("passes a UserError's Chinese message through", () => {
    expect(errorText(new UserError("工作表“信访台账”已设置保护，请先撤销工作表保护。", "protected"))).toBe(
      "工作表“信访台账”已设置保护，请先撤销工作表保护。",
    );
  });

  it("wraps anything else in Chinese without a stack trace", () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'values')");
    const text = errorText(e);
    expect(text).toMatch(/^操作未完成：/);
    expect(text).toContain("撤销上次操作");
    expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});

describe("Session: settings and report", () => {
  it("新建配置表 creates the 配置 sheet once (ifAbsent), and not when one exists", async () => {
    const { host, session } = setup();
    await expect(session.createConfigSheet()).resolves.toBe(true);
    const sheet = host.applied[0].patch.ownedSheets[0];
    expect(sheet).toMatchObject({ name: "配置", ifAbsent: true });
    expect(sheet.rows.flat()).toEqual(expect.arrayContaining(["领导分工", "村(社区)"]));
    host.wb.sheets.push({ name: "配置", rows: [["参数"]], merges: [] });
    await expect(session.createConfigSheet()).resolves.toBe(false);
    expect(host.applied).toHaveLength(1);
  });

  it("新建月报模板 creates 月报 with ifAbsent", async () => {
    const { host, session } = setup();
    await expect(session.createReportTemplate()).resolves.toBe(true);
    expect(host.applied[0].patch.ownedSheets[0]).toMatchObject({ name: "月报", ifAbsent: true });
    expect(session.undoLabel()).toBe("新建月报模板");
  });

  it("生成月报 applies the report patch and gives a 12-month series agreeing with each month's report", async () => {
    const { host, session } = setup();
    const r = await session.report("2026-10");
    expect(host.applied.map((a) => a.label)).toEqual(["月报 2026-10"]);
    expect(r.series.map((p) => p.month)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    const last = r.series[11];
    expect(last.batches).toBe(r.metrics["all.batches.month"]);
    expect(last.persons).toBe(r.metrics["all.persons.month"]);
    // The messy ledger's October rows with a readable date, form and level are counted: at least 3.
    expect(last.batches).toBeGreaterThanOrEqual(3);
    expect(r.series.slice(0, 11).every((p) => p.batches === 0 && p.persons === 0)).toBe(true);
    expect(r.headline).toMatch(/^2026年10月/);
  });
});

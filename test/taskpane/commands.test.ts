/** The ribbon's 一键校验 / 一键月报 handlers over an in-memory host: result text, selection, event.completed(). */
import { realCore } from "../../src/app/core-wiring";
import { Session } from "../../src/app/session";
import { makeCommands } from "../../src/commands/handlers";
import { UserError } from "../../src/hosts/port";
import { reportTemplate } from "../../src/core/report";
import type { SheetGrid } from "../../src/core/grid";
import { day } from "../helpers";
import { MemoryHost } from "./memory-host";
import { messyLedger } from "./messy-ledger";

function setup() {
  const wb = messyLedger();
  const template = reportTemplate();
  const report: SheetGrid = {
    name: template.name,
    rows: template.rows.map((r) =>
      r.map((c) => (typeof c === "string" || typeof c === "number" || c === null ? c : null)),
    ),
    merges: [],
  };
  wb.sheets.push(report);
  const host = new MemoryHost(wb);
  const session = new Session(host, realCore, () => day("2026-11-23"));
  const notices: { text: string; error: boolean }[] = [];
  const commands = makeCommands(
    () => session,
    async (text, error) => {
      notices.push({ text, error });
    },
  );
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { host, commands, notices, event, completions: () => completed };
}

describe("ribbon function commands", () => {
  it("一键校验 marks, shows the counts, opens 校验结果 and completes", async () => {
    const { host, commands, notices, event, completions } = setup();
    await commands.runCheck(event);
    expect(completions()).toBe(1);
    expect(host.applied.map((a) => a.label)).toEqual(["校验标记"]);
    expect(notices).toEqual([{ text: expect.stringMatching(/^校验完成：错误 \d+ 条/), error: false }]);
    expect(host.selected).toEqual(["校验结果!A1"]);
  });

  it("一键月报 fills last month's report and shows the headline", async () => {
    const { host, commands, notices, event, completions } = setup();
    await commands.runReport(event);
    expect(completions()).toBe(1);
    expect(host.applied.map((a) => a.label)).toEqual(["月报 2026-10"]);
    expect(host.applied[0].patch.writes.length).toBeGreaterThan(0);
    expect(notices[0].error).toBe(false);
    expect(notices[0].text).toMatch(/^2026年10月/);
    expect(host.selected).toEqual(["月报!A1"]);
  });

  it("an error still completes the event and tells the user in Chinese", async () => {
    const { host, commands, notices, event, completions } = setup();
    host.beforeApply = () => {
      throw new UserError("工作表“信访台账”已设置保护，请先撤销工作表保护再运行。", "protected");
    };
    await commands.runCheck(event);
    expect(completions()).toBe(1);
    expect(notices).toEqual([{ text: expect.stringContaining("已设置保护"), error: true }]);
  });

  it("completes even when the notice itself fails", async () => {
    const { host } = setup();
    const session = new Session(host, realCore, () => day("2026-11-23"));
    let completed = 0;
    const commands = makeCommands(
      () => session,
      async () => {
        throw new Error("dialog refused");
      },
    );
    await commands.runCheck({ completed: () => void completed++ });
    expect(completed).toBe(1);
  });
});

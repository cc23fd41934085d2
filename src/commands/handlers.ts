/**
 * The ribbon's function commands as plain functions of a session and a way to tell the user, so
 * they run (and are tested) without Office. commands.ts binds them to Office.actions.
 */
import { RESULT_SHEET } from "../core/check";
import { defaultReportMonth } from "../app/months";
import { errorText, type Session } from "../app/session";
import { countsLine } from "../taskpane/model/findings";

/** The part of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

export type Notify = (text: string, error: boolean) => Promise<void>;

export interface Commands {
  runCheck(event: CommandEvent): Promise<void>;
  runReport(event: CommandEvent): Promise<void>;
}

export function makeCommands(session: () => Session, notify: Notify): Commands {
  // Excel keeps the button busy until completed() is called, so it is called on every path.
  const run = async (event: CommandEvent, work: (s: Session) => Promise<string>): Promise<void> => {
    try {
      const text = await work(session());
      await notify(text, false);
    } catch (e) {
      await notify(errorText(e), true).catch(() => undefined);
    } finally {
      event.completed();
    }
  };
  return {
    runCheck: (event) =>
      run(event, async (s) => {
        const r = await s.check();
        // The sheet the command wrote is the visible result when no dialog can be shown.
        await s.selectCell(RESULT_SHEET, "A1").catch(() => undefined);
        return r.findings.length
          ? `校验完成：${countsLine(r.counts)}。问题单元格已标记，详见“${RESULT_SHEET}”工作表。`
          : "校验完成，未发现问题。";
      }),
    runReport: (event) =>
      run(event, async (s) => {
        const r = await s.report(defaultReportMonth(s.today()));
        if (r.reportSheet) await s.selectCell(r.reportSheet, "A1").catch(() => undefined);
        return [r.headline, ...r.notes].join("\n");
      }),
  };
}

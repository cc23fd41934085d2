/**
 * Entry of dist/commands.html: the ribbon's 一键校验 and 一键月报 (function commands), run without
 * opening the pane, through the same Session as the pane. See handlers.ts.
 */
import { realCore } from "../app/core-wiring";
import { createExcelSession } from "../app/excel-session";
import type { Session } from "../app/session";
import { makeCommands } from "./handlers";
import { showNotice } from "./notice";

let session: Session | undefined;

const commands = makeCommands(() => (session ??= createExcelSession(realCore)), showNotice);

Office.onReady(() => {
  Office.actions.associate("runCheck", commands.runCheck);
  Office.actions.associate("runReport", commands.runReport);
});

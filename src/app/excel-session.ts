/** The Session over the Office.js host, shared by the pane and the ribbon commands. */
import type { ExcelHost } from "../hosts/excel/host";
import { createOfficeExcelHost } from "../hosts/excel/office";
import type { AppHost } from "./app-host";
import type { CoreApi } from "./core-api";
import { Session } from "./session";

/** ExcelHost as the pane sees it: its notices (missing requirement sets) become the pane's. */
export function excelAppHost(host: ExcelHost): AppHost {
  return {
    kind: "excel",
    read: (opts) => host.read(opts),
    apply: (patch, label, opts) => host.apply(patch, label, opts),
    undo: (record, opts) => host.undo(record, opts),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    notices: () => [...host.notices],
  };
}

export function createExcelSession(core: CoreApi): Session {
  return new Session(excelAppHost(createOfficeExcelHost()), core);
}

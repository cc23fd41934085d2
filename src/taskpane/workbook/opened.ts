/**
 * What the standalone page holds for an opened .xlsx: the pane's actions plus the page's own needs
 * (name, download bytes, whether anything was written). Two implementations: in the engine worker
 * (remote.ts, the default in a browser) and on the page's thread (below: no Worker, tests).
 */
import type { CoreApi } from "../../app/core-api";
import type { FileHost } from "../../app/file-host";
import { Session } from "../../app/session";
import { paneActions, type PaneActions } from "../actions";

export interface OpenedWorkbook {
  readonly fileName: string;
  readonly actions: PaneActions;
  /** Whether anything was written since the file was opened (the download button appears then). */
  readonly modified: boolean;
  notices(): string[];
  /** The current file content for the download; the caller owns the array. */
  bytes(): Promise<Uint8Array>;
  outputName(): string;
  selection(): { sheet: string; cell: string } | undefined;
}

/** Opens an .xlsx from its bytes for the standalone page; throws UserError (Chinese) on a bad file. */
export type OpenWorkbook = (bytes: Uint8Array, fileName: string) => Promise<OpenedWorkbook>;

/** The file host and its Session on the page's own thread. */
export function localWorkbook(host: FileHost, core: CoreApi): OpenedWorkbook {
  const actions = paneActions(new Session(host, core));
  return {
    fileName: host.fileName,
    actions,
    get modified() {
      return host.modified;
    },
    notices: () => host.notices(),
    bytes: async () => host.toBytes().slice(),
    outputName: () => host.outputName(),
    selection: () => host.selection(),
  };
}

/** OpenWorkbook on the page's thread: the fallback when the browser has no Worker, and for jest. */
export function openLocal(core: CoreApi, open: (bytes: Uint8Array, fileName: string) => FileHost): OpenWorkbook {
  return async (bytes, fileName) => localWorkbook(open(bytes, fileName), core);
}

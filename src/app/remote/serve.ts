/**
 * The worker's side: one FileHost + Session per opened file, driven by the page's messages
 * (protocol.ts). The engine's long steps block only this thread; the page stays responsive. A
 * cancel message is handled when the Session yields between steps, as on the page before.
 */
import type { CoreApi } from "../core-api";
import { FileHost } from "../file-host";
import { Session } from "../session";
import {
  ownBuffer,
  toWire,
  type Port,
  type RemoteMethod,
  type RemoteState,
  type Request,
  type Response,
} from "./protocol";

type Invoke = (s: Session, args: unknown[]) => Promise<unknown>;

/** Each method with its arguments as the page sent them (RemoteSession builds them from typed calls). */
const METHODS: Record<RemoteMethod, Invoke> = {
  check: (s) => s.check(),
  clearMarks: (s) => s.clearMarks(),
  selectCell: (s, [sheet, cell]) => s.selectCell(String(sheet), String(cell)),
  previewAssign: (s, [overwrite]) => s.previewAssign(overwrite === true),
  applyAssign: (s, [overwrite]) => s.applyAssign(overwrite === true),
  report: (s, [month]) => s.report(String(month)),
  createConfigSheet: (s) => s.createConfigSheet(),
  createReportTemplate: (s) => s.createReportTemplate(),
  undoLast: (s) => s.undoLast(),
};

export type OpenHost = (bytes: Uint8Array, fileName: string) => FileHost;

export function serveSessions(port: Port, core: CoreApi, open: OpenHost = FileHost.open): void {
  // Only the newest file is kept; a call for an older one (its pane was replaced) is refused.
  let current: { doc: number; host: FileHost; session: Session } | undefined;
  const post = (r: Response, transfer: Transferable[] = []): void => port.postMessage(r, transfer);
  const state = (c: { host: FileHost; session: Session }): RemoteState => ({
    undoLabel: c.session.undoLabel(),
    today: c.session.today(),
    modified: c.host.modified,
  });
  const of = (doc: number) => (current?.doc === doc ? current : undefined);
  // A call for a file the page has since replaced: answered, so the page's promise does not hang.
  const replaced = (id: number): void => post({ type: "error", id, error: { kind: "other", message: "文件已更换" } });

  const handle = async (req: Request): Promise<void> => {
    switch (req.type) {
      case "open": {
        try {
          const host = open(new Uint8Array(req.buffer), req.fileName);
          const session = new Session(host, core);
          const doc = req.doc;
          session.onStatus((status) => post({ type: "status", doc, status }));
          current = { doc, host, session };
          post({
            type: "result",
            id: req.id,
            value: { notices: host.notices(), outputName: host.outputName() },
            state: state(current),
          });
        } catch (e) {
          post({ type: "error", id: req.id, error: toWire(e) });
        }
        return;
      }
      case "setToday":
        of(req.doc)?.session.setToday(req.day);
        return;
      case "cancel":
        of(req.doc)?.session.cancel();
        return;
      case "bytes": {
        const c = of(req.doc);
        if (!c) return replaced(req.id);
        // The host keeps its bytes (undo snapshots): send a copy, transferred so the page gets it without a second copy.
        const buffer = ownBuffer(c.host.toBytes().slice());
        post({ type: "bytes", id: req.id, buffer }, [buffer]);
        return;
      }
      case "call": {
        const c = of(req.doc);
        if (!c) return replaced(req.id);
        try {
          const value = await METHODS[req.method](c.session, req.args);
          // A result that cannot be cloned throws here and is answered as an error, not left pending.
          post({ type: "result", id: req.id, value, state: state(c) });
        } catch (e) {
          post({ type: "error", id: req.id, error: toWire(e), state: state(c) });
        }
        return;
      }
    }
  };
  port.onmessage = (event) => void handle(event.data as Request);
}

/**
 * The page's side of the engine worker (src/app/remote/): an OpenedWorkbook whose actions post
 * messages and whose synchronous parts (undoLabel, today, modified, status listeners) are mirrored
 * from the worker's answers. Bytes cross by transfer, never by copy.
 */
import { todayInChina, type Day } from "../../core/day";
import type { AssignOutcome } from "../../app/core-api";
import type { CheckSummary, ReportSummary, RunStatus } from "../../app/session";
import {
  fromWire,
  ownBuffer,
  type Port,
  type RemoteMethod,
  type RemoteState,
  type Request,
  type Response,
} from "../../app/remote/protocol";
import type { PaneActions } from "../actions";
import type { OpenedWorkbook, OpenWorkbook } from "./opened";

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  state?(s: RemoteState): void;
}

export class EngineClient {
  private nextId = 1;
  private nextDoc = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly status = new Map<number, (s: RunStatus | undefined) => void>();
  private failed: Error | undefined;

  constructor(private readonly port: Port) {
    port.onmessage = (event) => this.receive(event.data as Response);
  }

  readonly open: OpenWorkbook = async (bytes, fileName) => {
    const doc = this.nextDoc++;
    let state: RemoteState | undefined;
    const buffer = ownBuffer(bytes);
    const opened = (await this.request({ type: "open", doc, buffer, fileName }, [buffer], (s) => (state = s))) as {
      notices: string[];
      outputName: string;
    };
    // Only the newest file's status reaches a pane: the worker keeps no other.
    this.status.clear();
    if (!state) throw new Error("后台计算未返回状态");
    return new RemoteWorkbook(this, doc, fileName, opened.notices, opened.outputName, state);
  };

  /** The worker failed (script not loadable, crash): every waiting call ends with this message. */
  fail(message: string): void {
    const error = new Error(message);
    // The worker may fail to load before the first file is picked: later calls must not wait forever.
    this.failed = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    // No "idle" will come from a dead worker: end the run bar here.
    for (const l of this.status.values()) l(undefined);
  }

  request(
    req: DistributiveOmit<Request, "id">,
    transfer: Transferable[] = [],
    state?: (s: RemoteState) => void,
  ): Promise<unknown> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, state });
      this.port.postMessage({ ...req, id }, transfer);
    });
  }

  send(req: Extract<Request, { type: "setToday" | "cancel" }>): void {
    this.port.postMessage(req, []);
  }

  listen(doc: number, listener: (s: RunStatus | undefined) => void): void {
    this.status.set(doc, listener);
  }

  private receive(r: Response): void {
    if (r.type === "status") {
      this.status.get(r.doc)?.(r.status);
      return;
    }
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    if (r.type !== "bytes" && r.state) p.state?.(r.state);
    if (r.type === "error") p.reject(fromWire(r.error));
    else if (r.type === "bytes") p.resolve(new Uint8Array(r.buffer));
    else p.resolve(r.value);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

class RemoteWorkbook implements OpenedWorkbook {
  readonly actions: PaneActions;
  private readonly listeners = new Set<(s: RunStatus | undefined) => void>();
  private selected: { sheet: string; cell: string } | undefined;

  constructor(
    private readonly client: EngineClient,
    private readonly doc: number,
    readonly fileName: string,
    private readonly noticeList: string[],
    private readonly output: string,
    private state: RemoteState,
  ) {
    client.listen(doc, (s) => {
      for (const l of this.listeners) l(s);
    });
    const call = <T>(method: RemoteMethod, ...args: unknown[]): Promise<T> =>
      this.client.request({ type: "call", doc, method, args }, [], (s) => (this.state = s)) as Promise<T>;
    this.actions = {
      check: () => call<CheckSummary>("check"),
      clearMarks: () => call<void>("clearMarks"),
      selectCell: async (sheet, cell) => {
        await call<void>("selectCell", sheet, cell);
        this.selected = { sheet, cell };
      },
      previewAssign: (overwrite) => call<AssignOutcome>("previewAssign", overwrite),
      applyAssign: (overwrite) => call<AssignOutcome>("applyAssign", overwrite),
      report: (month) => call<ReportSummary>("report", month),
      createConfigSheet: () => call<boolean>("createConfigSheet"),
      createReportTemplate: () => call<boolean>("createReportTemplate"),
      undoLast: () => call<string | undefined>("undoLast"),
      undoLabel: () => this.state.undoLabel,
      cancel: () => this.client.send({ type: "cancel", doc }),
      today: () => this.state.today,
      setToday: (day: Day | undefined) => {
        // Shown at once; the worker's next answer confirms it (its clock is the same todayInChina).
        this.state = { ...this.state, today: day ?? todayInChina() };
        this.client.send({ type: "setToday", doc, day });
      },
      onStatus: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    };
  }

  get modified(): boolean {
    return this.state.modified;
  }

  notices(): string[] {
    return this.noticeList;
  }

  bytes(): Promise<Uint8Array> {
    return this.client.request({ type: "bytes", doc: this.doc }) as Promise<Uint8Array>;
  }

  outputName(): string {
    return this.output;
  }

  selection(): { sheet: string; cell: string } | undefined {
    return this.selected;
  }
}

/**
 * The messages between the standalone page and its engine worker (docs/addin.md, "Standalone
 * page"). Only structured-cloneable data crosses: errors travel as their kind and Chinese text and
 * are rebuilt on the page, so errorText() shows the same words as in-thread.
 */
import type { Day } from "../../core/day";
import { UserError } from "../../hosts/port";
import { CancelledError, type RunStatus } from "../session";

/** The Session methods the page may call in the worker; each resolves to one structured-cloneable result. */
export type RemoteMethod =
  | "check"
  | "clearMarks"
  | "selectCell"
  | "previewAssign"
  | "applyAssign"
  | "report"
  | "createConfigSheet"
  | "createReportTemplate"
  | "undoLast";

/** What the page mirrors so undoLabel(), today() and the download button stay synchronous. */
export interface RemoteState {
  undoLabel: string | undefined;
  today: Day;
  modified: boolean;
}

export type Request =
  | { type: "open"; id: number; doc: number; buffer: ArrayBuffer; fileName: string }
  | { type: "call"; id: number; doc: number; method: RemoteMethod; args: unknown[] }
  | { type: "setToday"; doc: number; day: Day | undefined }
  | { type: "cancel"; doc: number }
  | { type: "bytes"; id: number; doc: number };

export type WireError =
  | { kind: "user"; message: string; code: UserError["code"] }
  | { kind: "cancelled" }
  | { kind: "other"; message: string };

export type Response =
  | { type: "result"; id: number; value: unknown; state?: RemoteState }
  | { type: "bytes"; id: number; buffer: ArrayBuffer }
  | { type: "error"; id: number; error: WireError; state?: RemoteState }
  | { type: "status"; doc: number; status: RunStatus | undefined };

/** The end of a channel: a Worker, the worker's global scope, or a MessagePort (tests). */
export interface Port {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export function toWire(e: unknown): WireError {
  if (e instanceof CancelledError) return { kind: "cancelled" };
  if (e instanceof UserError) return { kind: "user", message: e.message, code: e.code };
  return { kind: "other", message: e instanceof Error ? e.message : String(e) };
}

export function fromWire(e: WireError): Error {
  if (e.kind === "cancelled") return new CancelledError();
  if (e.kind === "user") return new UserError(e.message, e.code);
  return new Error(e.message);
}

/** The bytes as a whole ArrayBuffer that can be transferred (copied only when they are a view into a larger one). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}

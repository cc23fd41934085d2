/**
 * The engine-worker protocol without a browser: the page-side proxy (EngineClient) and the worker
 * side (serveSessions) wired through node's MessageChannel, compared with the same commands run
 * by a Session on this thread over the same file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { realCore } from "../../src/app/core-wiring";
import { FileHost, type BytesHost } from "../../src/app/file-host";
import type { Port } from "../../src/app/remote/protocol";
import { serveSessions } from "../../src/app/remote/serve";
import { CancelledError, errorText, Session, type RunStatus } from "../../src/app/session";
import { FileWorkbookHost } from "../../src/hosts/file";
import type { HostOptions } from "../../src/hosts/port";
import { UserError } from "../../src/hosts/port";
import { openLocal, type OpenedWorkbook } from "../../src/taskpane/workbook/opened";
import { EngineClient } from "../../src/taskpane/workbook/remote";
import { day } from "../helpers";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "sample-ledger.xlsx")));
const TODAY = day("2026-11-23");

/** A file host whose reads wait for the test, so a cancel can be sent while a command is in flight. */
class GatedHost extends FileWorkbookHost implements BytesHost {
  private release: (() => void) | undefined;
  gated = false;
  readStarted: Promise<void> = Promise.resolve();
  private started: (() => void) | undefined;

  close(): void {
    this.gated = true;
    this.readStarted = new Promise((resolve) => (this.started = resolve));
  }

  open(): void {
    this.gated = false;
    this.release?.();
  }

  override async read(opts?: HostOptions) {
    if (this.gated) {
      this.started?.();
      await new Promise<void>((resolve) => (this.release = resolve));
    }
    return super.read(opts);
  }
}

let ports: MessagePort[] = [];
let gated: GatedHost | undefined;

function wire(): EngineClient {
  const { port1, port2 } = new MessageChannel();
  ports = [port1, port2];
  serveSessions(port2 as unknown as Port, realCore, (bytes, name) => {
    gated = new GatedHost(bytes, name);
    return new FileHost(gated, name);
  });
  return new EngineClient(port1 as unknown as Port);
}

async function openSample(client: EngineClient): Promise<OpenedWorkbook> {
  // A copy: the client transfers the buffer, which detaches it on this side.
  const doc = await client.open(SAMPLE.slice(), "台账.xlsx");
  doc.actions.setToday(TODAY);
  return doc;
}

function localSession(): { host: FileHost; session: Session } {
  const host = FileHost.open(SAMPLE.slice(), "台账.xlsx");
  return { host, session: new Session(host, realCore, () => TODAY) };
}

afterEach(() => {
  for (const p of ports) p.close();
});

describe("engine worker protocol (proxy ↔ worker handler over a MessageChannel)", () => {
  it("校验 gives the same summary as in-thread, with status, undoLabel and modified mirrored", async () => {
    const client = wire();
    const input = SAMPLE.slice();
    const doc = await client.open(input, "台账.xlsx");
    doc.actions.setToday(TODAY);
    // Transferred, not copied: the page's buffer now belongs to the worker.
    expect(input.byteLength).toBe(0);
    expect(doc.modified).toBe(false);
    expect(doc.actions.undoLabel()).toBeUndefined();
    expect(doc.actions.today()).toBe(TODAY);
    expect(doc.outputName()).toBe("台账-已处理.xlsx");
    const seen: (RunStatus | undefined)[] = [];
    doc.actions.onStatus((s) => seen.push(s));

    const remote = await doc.actions.check();
    const local = await localSession().session.check();
    expect(remote).toEqual(local);
    expect(remote.findings.length).toBeGreaterThan(0);
    expect(doc.modified).toBe(true);
    expect(doc.actions.undoLabel()).toBe("校验标记");
    expect(seen[seen.length - 1]).toBeUndefined();
    expect(seen.filter(Boolean).map((s) => s?.step)).toEqual(expect.arrayContaining(["校验台账", "标记问题单元格"]));

    await doc.actions.selectCell("信访台账", "F12");
    expect(doc.selection()).toEqual({ sheet: "信访台账", cell: "F12" });
  });

  it("分类与包案 preview and apply match in-thread; undo restores and the mirror follows", async () => {
    const client = wire();
    const doc = await openSample(client);
    const { host, session } = localSession();
    const preview = await doc.actions.previewAssign(false);
    expect(preview).toEqual(await session.previewAssign(false));
    expect(preview.assignments.length).toBeGreaterThan(0);
    expect(doc.modified).toBe(false);

    const applied = await doc.actions.applyAssign(false);
    expect(applied).toEqual(await session.applyAssign(false));
    expect(doc.actions.undoLabel()).toBe("分类与包案");
    expect(await doc.bytes()).toEqual(host.toBytes());

    await expect(doc.actions.undoLast()).resolves.toBe("分类与包案");
    expect(doc.actions.undoLabel()).toBeUndefined();
    expect(await doc.bytes()).toEqual(SAMPLE);
  });

  it("月报 matches in-thread, and the download bytes arrive (twice: the worker keeps its own)", async () => {
    const client = wire();
    const doc = await openSample(client);
    const { host, session } = localSession();
    const remote = await doc.actions.report("2026-10");
    expect(remote).toEqual(await session.report("2026-10"));
    expect(remote.series).toHaveLength(12);
    const first = await doc.bytes();
    expect(first).toEqual(host.toBytes());
    expect(await doc.bytes()).toEqual(first);
  });

  it("取消 aborts the worker's run before any write; the Chinese text survives the boundary", async () => {
    const client = wire();
    const doc = await openSample(client);
    gated?.close();
    const running = doc.actions.check();
    await gated?.readStarted;
    // A second command while the first runs is refused with the Session's own words.
    await expect(doc.actions.clearMarks()).rejects.toThrow("上一个操作还在进行");
    doc.actions.cancel();
    // Messages are handled in order: once this answer is back, the cancel has been seen.
    await doc.actions.selectCell("信访台账", "A1");
    gated?.open();
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect(errorText(error)).toBe("已取消，工作簿未作改动。");
    expect(doc.modified).toBe(false);
    expect(doc.actions.undoLabel()).toBeUndefined();
    expect(await doc.bytes()).toEqual(SAMPLE);
  });

  it("a file that is not an .xlsx is refused with the file host's Chinese message", async () => {
    const client = wire();
    const junk = new TextEncoder().encode("这不是一个工作簿");
    const error = await client.open(junk.slice(), "坏文件.xlsx").catch((e: unknown) => e);
    let local: unknown;
    try {
      FileHost.open(junk.slice(), "坏文件.xlsx");
    } catch (e) {
      local = e;
    }
    expect(local).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(UserError);
    expect(errorText(error)).toBe(errorText(local));
    expect((error as UserError).code).toBe((local as UserError).code);
  });

  it("a failed worker ends every waiting call with a Chinese message and clears the run bar", async () => {
    const client = wire();
    const doc = await openSample(client);
    const seen: (RunStatus | undefined)[] = [];
    doc.actions.onStatus((s) => seen.push(s));
    gated?.close();
    const running = doc.actions.check();
    await gated?.readStarted;
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen[seen.length - 1]).toBeDefined();
    client.fail("后台计算出错：无法加载计算脚本。请刷新页面后重试。");
    await expect(running).rejects.toThrow("后台计算出错");
    expect(seen[seen.length - 1]).toBeUndefined();
    gated?.open();
    // Later calls, and a worker that failed before any file was picked, answer at once.
    await expect(doc.actions.report("2026-10")).rejects.toThrow("后台计算出错");
    const { port1 } = new MessageChannel();
    ports.push(port1);
    const early = new EngineClient(port1 as unknown as Port);
    early.fail("后台计算出错：无法加载计算脚本。请刷新页面后重试。");
    await expect(early.open(SAMPLE.slice(), "台账.xlsx")).rejects.toThrow("无法加载计算脚本");
  });
});

describe("in-thread fallback (no Worker)", () => {
  it("opens and runs the same commands on this thread; the download is a copy", async () => {
    const open = openLocal(realCore, (bytes, name) => FileHost.open(bytes, name));
    const doc = await open(SAMPLE.slice(), "台账.xlsx");
    doc.actions.setToday(TODAY);
    expect(doc.modified).toBe(false);
    const summary = await doc.actions.check();
    expect(summary).toEqual(await localSession().session.check());
    expect(doc.modified).toBe(true);
    expect(doc.actions.undoLabel()).toBe("校验标记");
    const bytes = await doc.bytes();
    bytes.fill(0);
    expect(await doc.bytes()).not.toEqual(bytes);
    expect(doc.outputName()).toBe("台账-已处理.xlsx");
  });
});

/**
 * Payload budgeting: Excel on the web refuses a request or a response above 5 MB, so the host packs
 * its calls into syncs that stay under a target, and syncs only when the next call would not fit.
 * The number of syncs therefore grows with the bytes moved, never with the number of rows.
 */
import type { XlContext } from "./om";

/** Excel on the web's limit per request and per response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What the host aims for per sync: below the limit by the JSON framing Office.js adds. */
export const PAYLOAD_TARGET = Math.floor(PAYLOAD_LIMIT * 0.92);
/**
 * Request bytes of one call besides its arguments. Office.js sends an object path (parent id,
 * method, arguments) and an action per call, on the order of 100 bytes of JSON.
 */
export const CALL_BYTES = 100;

/** Office.js signals an oversized batch with these codes (RichApi.Error). */
export function isPayloadLimitError(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = (e as { code?: unknown }).code;
  const message = (e as { message?: unknown }).message;
  return (
    (typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code)) ||
    (typeof message === "string" && /payload size has exceeded/i.test(message))
  );
}

export interface Cost {
  request?: number;
  response?: number;
}

/**
 * Queues calls; returns what to do once the sync that carried them has succeeded (read loads,
 * record results). Must be repeatable: a batch Excel refuses as too large is queued again in halves.
 */
export type Queue = () => void | (() => void);

export interface BatcherHooks {
  /** Before the first call of every batch (e.g. suspend calculation for that batch). */
  onBatchStart?: () => void;
  /** After every successful sync. */
  onSynced?: () => void;
  /** Before a refused batch is queued again: proxies created for it are no longer valid. */
  onRetry?: () => void;
}

/**
 * Queues calls and syncs when the next one would push the request or the response over the target.
 * Estimates can be wrong (Office.js framing, rows longer than measured): a batch refused for its size
 * is split in two and sent again, which is safe because Excel rejects an oversized request whole.
 */
export class SyncBatcher {
  private request = 0;
  private response = 0;
  private items: { cost: Cost; queue: Queue }[] = [];
  private afters: (() => void)[] = [];
  syncs = 0;

  constructor(
    private readonly ctx: XlContext,
    private readonly hooks: BatcherHooks = {},
    private readonly target = PAYLOAD_TARGET,
  ) {}

  async add(cost: Cost, queue: Queue): Promise<void> {
    const req = cost.request ?? CALL_BYTES;
    const res = cost.response ?? 0;
    if (this.items.length > 0 && (this.request + req > this.target || this.response + res > this.target)) {
      await this.flush();
    }
    this.request += req;
    this.response += res;
    this.run({ cost, queue });
  }

  private run(item: { cost: Cost; queue: Queue }): void {
    if (this.items.length === 0) this.hooks.onBatchStart?.();
    this.items.push(item);
    const after = item.queue();
    if (after) this.afters.push(after);
  }

  async flush(): Promise<void> {
    if (this.items.length === 0) return;
    const items = this.items;
    const afters = this.afters;
    this.items = [];
    this.afters = [];
    this.request = 0;
    this.response = 0;
    try {
      await this.ctx.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || items.length < 2) throw e;
      this.hooks.onRetry?.();
      const half = Math.ceil(items.length / 2);
      for (const part of [items.slice(0, half), items.slice(half)]) {
        for (const item of part) this.run(item);
        await this.flush();
      }
      return;
    }
    this.syncs++;
    for (const after of afters) after();
    this.hooks.onSynced?.();
  }
}

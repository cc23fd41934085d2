/**
 * Measures how long the page's main thread is held: a 10 ms timer chain records the largest gap
 * between its ticks, and Chromium's long-task entries the longest task. A page that computes on
 * its own thread shows gaps as long as the computation; one that uses a worker keeps ticking.
 */
import type { Page } from "playwright-core";

export interface ProbeResult {
  /** Largest interval between two ticks of the 10 ms timer, ms. */
  maxGap: number;
  ticks: number;
  /** Longest task Chromium reported (PerformanceObserver "longtask"), ms; 0 when none over 50 ms. */
  longestTask: number;
}

/*
 * The probe's code is sent as text: functions passed to page.evaluate are serialised from their
 * compiled form, and tsx (scripts) adds helpers to that form which do not exist in the page.
 */
const START = `(() => {
  const p = { maxGap: 0, ticks: 0, last: performance.now(), longestTask: 0, stop: false };
  window.__probe = p;
  const tick = () => {
    const now = performance.now();
    p.maxGap = Math.max(p.maxGap, now - p.last);
    p.last = now;
    p.ticks++;
    if (!p.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!p.stop) p.longestTask = Math.max(p.longestTask, e.duration);
  }).observe({ type: "longtask" });
})()`;

const STOP = `(() => {
  const p = window.__probe;
  p.stop = true;
  const now = performance.now();
  return { maxGap: Math.max(p.maxGap, now - p.last), ticks: p.ticks, longestTask: p.longestTask };
})()`;

export async function startProbe(page: Page): Promise<void> {
  await page.evaluate(START);
}

export async function stopProbe(page: Page): Promise<ProbeResult> {
  return (await page.evaluate(STOP)) as ProbeResult;
}

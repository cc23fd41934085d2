/** Fractions as the report shows them: four decimals (0.8297 → 82.97%), null when undefined. */

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** part / whole; null when whole is 0 (a rate of nothing is not 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round4(part / whole);
}

/** How the config answers 同比基数为0时 (§6): leave the cell empty, or follow seed 003's 上升100%. */
export type ZeroBase = "blank" | "100%";

/**
 * (current − base) / base. With a zero base: null, or under the `100%` habit 1 when there is
 * something now and 0 when both are 0 (nothing rose, so 上升100% would be false).
 */
export function change(current: number, base: number, zeroBase: ZeroBase): number | null {
  if (base === 0) {
    if (zeroBase === "blank") return null;
    return current > 0 ? 1 : 0;
  }
  return round4((current - base) / base);
}

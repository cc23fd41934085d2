/**
 * Geometry of the 12-month bar chart (批次 and 人次 side by side per month). Pure numbers, so the
 * scaling is tested; the SVG component only draws what this returns.
 */
export interface SeriesPoint {
  month: string;
  batches: number;
  persons: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  kind: "batches" | "persons";
}

export interface ChartLayout {
  bars: Bar[];
  labels: { x: number; text: string }[];
  /** Upper end of the value axis: a round number ≥ every value. */
  max: number;
  ticks: { y: number; value: number }[];
}

/** 1, 2, 5 × 10^k: the smallest such number ≥ v (0 → 1, so an empty chart still has an axis). */
export function niceCeiling(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function chartLayout(
  series: readonly SeriesPoint[],
  size: { width: number; height: number; left: number; bottom: number; top: number },
): ChartLayout {
  const max = niceCeiling(Math.max(0, ...series.flatMap((p) => [p.batches, p.persons])));
  const plotW = size.width - size.left;
  const plotH = size.height - size.bottom - size.top;
  const slot = series.length ? plotW / series.length : plotW;
  const barW = Math.max(1, slot * 0.36);
  const bars: Bar[] = [];
  const labels: { x: number; text: string }[] = [];
  series.forEach((p, i) => {
    const x0 = size.left + i * slot + (slot - 2 * barW) / 2;
    (["batches", "persons"] as const).forEach((kind, k) => {
      const h = (p[kind] / max) * plotH;
      bars.push({ x: x0 + k * barW, y: size.top + plotH - h, width: barW, height: h, value: p[kind], kind });
    });
    labels.push({ x: size.left + i * slot + slot / 2, text: `${Number(p.month.slice(5))}月` });
  });
  const ticks = [0, 0.5, 1].map((f) => ({ y: size.top + plotH - f * plotH, value: Math.round(max * f) }));
  return { bars, labels, max, ticks };
}

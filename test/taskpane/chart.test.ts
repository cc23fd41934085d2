import fc from "fast-check";
import { chartLayout, niceCeiling } from "../../src/taskpane/model/chart";
import { lastMonths } from "../../src/app/months";

const SIZE = { width: 320, height: 150, left: 30, bottom: 20, top: 8 };

describe("12-month chart geometry", () => {
  it("niceCeiling is a 1-2-5 number at or above the value, never more than 2.5 times it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (v) => {
        const c = niceCeiling(v);
        expect(c).toBeGreaterThanOrEqual(v);
        expect(c).toBeLessThanOrEqual(2.5 * v);
        expect([1, 2, 5]).toContain(Math.round(c / 10 ** Math.floor(Math.log10(c))));
      }),
    );
    expect(niceCeiling(0)).toBe(1);
  });

  it("draws two bars per month inside the plot, heights proportional to the values", () => {
    const series = lastMonths("2026-10", 12).map((month, i) => ({ month, batches: i * 3, persons: i * 7 + 1 }));
    const layout = chartLayout(series, SIZE);
    expect(layout.bars).toHaveLength(24);
    expect(layout.labels.map((l) => l.text)).toEqual([
      "11月",
      "12月",
      "1月",
      "2月",
      "3月",
      "4月",
      "5月",
      "6月",
      "7月",
      "8月",
      "9月",
      "10月",
    ]);
    const plotBottom = SIZE.height - SIZE.bottom;
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(SIZE.left);
      expect(b.x + b.width).toBeLessThanOrEqual(SIZE.width + 1e-9);
      expect(b.y + b.height).toBeCloseTo(plotBottom);
      expect(b.height).toBeCloseTo((b.value / layout.max) * (plotBottom - SIZE.top));
    }
    const tallest = layout.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest).toMatchObject({ kind: "persons", value: 78 });
    expect(layout.max).toBe(100);
  });

  it("has an axis even when every month is empty", () => {
    const layout = chartLayout(
      lastMonths("2026-01", 12).map((month) => ({ month, batches: 0, persons: 0 })),
      SIZE,
    );
    expect(layout.max).toBe(1);
    expect(layout.bars.every((b) => b.height === 0)).toBe(true);
  });
});

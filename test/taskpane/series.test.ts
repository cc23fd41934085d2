/** The 月报 tab's 12-month series must equal what the report itself says for each month. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { monthlySeries } from "../../src/app/series";
import { lastMonths } from "../../src/app/months";
import { monthlyReport } from "../../src/core/report";
import { XlsxWorkbook } from "../../src/hosts/file";
import { day } from "../helpers";

const wb = XlsxWorkbook.open(
  new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "sample-ledger.xlsx"))),
  "sample-ledger.xlsx",
).grid();
const TODAY = day("2026-11-23");

describe("monthlySeries on the sample ledger", () => {
  const months = lastMonths("2026-10", 12);
  const series = monthlySeries(wb, months, TODAY);

  it.each([0, 5, 11])("month #%i agrees with monthlyReport", (i) => {
    const { metrics } = monthlyReport(wb, { month: months[i], today: TODAY });
    expect(series[i]).toEqual({
      month: months[i],
      batches: metrics["all.batches.month"],
      persons: metrics["all.persons.month"],
    });
  });

  it("has data in every month of the sample (the chart is not empty)", () => {
    expect(series.every((p) => p.batches > 0 && p.persons >= p.batches)).toBe(true);
  });
});

/**
 * sortFindings against the plain statement of its order: row, then column, then severity, then the
 * order the findings were made in.
 */
import fc from "fast-check";
import { sortFindings } from "../../../src/core/check/check";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../../src/core/findings";
import { a1 } from "../../../src/core/grid";

function reference(findings: readonly Finding[]): Finding[] {
  const colOf = (f: Finding): number => {
    const m = /^([A-Z]+)/.exec(f.cell);
    return m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : 0;
  };
  return findings
    .map((f, n) => ({ f, n }))
    .sort(
      (a, b) =>
        a.f.row - b.f.row ||
        colOf(a.f) - colOf(b.f) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.n - b.n,
    )
    .map((x) => x.f);
}

const finding = (row: number, col: number, severity: Severity, tag: number): Finding => ({
  sheet: "信访台账",
  row,
  cell: a1(Math.max(0, row - 1), col),
  field: null,
  code: "cell.required",
  severity,
  message: `#${tag}`,
  suggestion: null,
});

const severity = fc.constantFrom<Severity>("error", "warning", "info");

describe("sortFindings", () => {
  it("orders by row, column, severity, then as made — for few rows, crowded rows and wide rows", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 300000 })),
            fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 16383 })),
            severity,
          ),
          { maxLength: 200 },
        ),
        (specs) => {
          const findings = specs.map(([row, col, sev], n) => finding(row, col, sev, n));
          expect(sortFindings(findings)).toEqual(reference(findings));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("sorts a row with thousands of findings (a 16,384-column header) the same way", () => {
    const findings: Finding[] = [];
    for (let c = 16383; c >= 0; c -= 3) findings.push(finding(2, c, c % 2 ? "warning" : "error", c));
    findings.push(finding(1, 5, "info", -1), finding(2, 0, "info", -2));
    expect(sortFindings(findings)).toEqual(reference(findings));
  });
});

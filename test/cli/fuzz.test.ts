import fc from "fast-check";
import { markClearProperty, pipelineProperty } from "../../scripts/lib/fuzz-pipeline";

// The same properties run 10,000+ times in `npm run bench`; here a smaller number keeps `npm test` quick.
describe("the whole pipeline on random ledgers (fast-check)", () => {
  it("check/assign/report never throw but a UserError, findings lie inside the sheet, checking is repeatable, assignment writes only empty cells", () => {
    fc.assert(pipelineProperty, { numRuns: 120, seed: 1123 });
  });

  it("through the file host, marking then clearing gives back every cell", () => {
    fc.assert(markClearProperty, { numRuns: 30, seed: 1123 });
  });
});

import { categoryFindings } from "../../../src/core/classify/findings";
import type { CaseRecord, Ledger } from "../../../src/core/model";
import { day, makeCase, makeConfig } from "../../helpers";
import { layoutFor } from "../assign/build";

const ledgerOf = (cases: CaseRecord[], fields = layoutFor()): Ledger => ({ layout: fields, cases });
const at = (row: number, p: Partial<CaseRecord>) => makeCase({ row, registeredOn: day("2023-06-01"), ...p });

describe("categoryFindings", () => {
  const config = makeConfig();

  it("flags a category the rules confidently contradict, with the suggestion and the cues", () => {
    const f = categoryFindings(
      ledgerOf([at(1, { complaint: "反映村委会换届选举中有人拉票贿选，要求重新选举", category: "民生问题类" })]),
      config,
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: "category.differs",
      severity: "info",
      row: 2,
      cell: "I2",
      field: "category",
      suggestion: "组织人事问题类",
    });
    expect(f[0].message).toContain("表中类别为“民生问题类”");
    expect(f[0].message).toContain("“换届”");
  });

  it("stays quiet when the sheet agrees, when the rules are unsure, and when the cell is empty", () => {
    const cases = [
      at(1, { complaint: "反映其父亲低保被取消", category: "民生问题类" }),
      // A single weak cue (工资) is not enough to contradict the clerk.
      at(2, { complaint: "反映补发工资", category: "其它遗留问题类" }),
      at(3, { complaint: "反映其父亲低保被取消", category: null }),
      at(4, { complaint: "", category: "民生问题类" }),
    ];
    expect(categoryFindings(ledgerOf(cases), config)).toEqual([]);
  });

  it("does nothing when the ledger has no category column", () => {
    const layout = layoutFor(["registeredOn", "complaint", "status"]);
    const cases = [at(1, { complaint: "反映村委会换届选举中有人拉票贿选", category: "民生问题类" })];
    expect(categoryFindings(ledgerOf(cases, layout), config)).toEqual([]);
  });
});

import { checkWorkbook } from "../../src/core/check";
import { countBySeverity, SEVERITY_ORDER } from "../../src/core/findings";
import { codeOptions, countsLine, displayMessage, groupFindings } from "../../src/taskpane/model/findings";
import { day } from "../helpers";
import { BAD_ID, BAD_PHONE, messyLedger } from "./messy-ledger";

const result = checkWorkbook(messyLedger(), { today: day("2026-11-23") });

describe("findings as the 校验 tab groups them", () => {
  it("finds problems in the messy ledger (the grouping below is not vacuous)", () => {
    const codes = new Set(result.findings.map((f) => f.code));
    for (const c of ["id.checksum", "phone.invalid", "enum.unknown", "date.invalid", "cell.error", "cell.required"]) {
      expect(codes).toContain(c);
    }
  });

  it("keeps every finding exactly once, severities in order, codes by count", () => {
    const groups = groupFindings(result.findings);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(result.findings.length);
    const counts = countBySeverity(result.findings);
    for (const g of groups) {
      expect(g.count).toBe(counts[g.severity]);
      expect(g.codes.reduce((n, c) => n + c.findings.length, 0)).toBe(g.count);
      for (const c of g.codes) for (const f of c.findings) expect([f.severity, f.code]).toEqual([g.severity, c.code]);
      const sizes = g.codes.map((c) => c.findings.length);
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    }
    const order = groups.map((g) => SEVERITY_ORDER[g.severity]);
    expect([...order].sort()).toEqual(order);
    expect(groups[0].title).toBe("错误");
  });

  it("filters by code", () => {
    const only = groupFindings(result.findings, "phone.invalid");
    expect(only).toHaveLength(1);
    expect(only[0].codes.map((c) => c.code)).toEqual(["phone.invalid"]);
    expect(only[0].count).toBe(result.findings.filter((f) => f.code === "phone.invalid").length);
  });

  it("offers each present code once in the filter, with its Chinese title and count", () => {
    const options = codeOptions(result.findings);
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    const phone = options.find((o) => o.code === "phone.invalid");
    expect(phone?.label).toMatch(/^电话号码错误（\d+）$/);
  });

  it("masks ID numbers and phones in what it shows", () => {
    const id = result.findings.find((f) => f.code === "id.checksum");
    const phone = result.findings.find((f) => f.code === "phone.invalid");
    if (!id || !phone) throw new Error("expected id and phone findings");
    expect(id.message).toContain(BAD_ID); // the core's message quotes the number …
    const shown = displayMessage(id).message;
    expect(shown).not.toContain(BAD_ID); // … the pane does not
    expect(shown).toContain(`${BAD_ID.slice(0, 4)}**********${BAD_ID.slice(-4)}`);
    expect(displayMessage(phone).message).not.toContain(BAD_PHONE);
  });

  it("summarises counts in one Chinese line", () => {
    expect(countsLine({ error: 3, warning: 0, info: 12 })).toBe("错误 3 条，警告 0 条，提示 12 条");
  });
});

import { ExcelHost } from "../../../src/hosts/excel/host";
import { MARKS_SHEET } from "../../../src/hosts/excel/marks-store";
import { UserError } from "../../../src/hosts/port";
import type { Patch } from "../../../src/core/patch";
import type { FakeExcel, FakeSheet } from "./fake-excel";
import { ledgerWorkbook } from "./fixtures";
import { marksPatch, writesPatch } from "./patches";

const K = (r: number, c: number): number => r * 16384 + c;

/** Everything a user could see of a sheet, for exact before/after comparison. */
function image(s: FakeSheet): string {
  const sorted = (m: Map<number, string>): [number, string][] => [...m].sort((a, b) => a[0] - b[0]);
  // A formula cell's value is computed by Excel (the fake does not compute): compare its formula only.
  const values = s.values.map((r, i) => {
    const row = (r ?? []).map((v, j) => (s.formulas.has(K(i, j)) ? "=" : v));
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return JSON.stringify({
    values,
    formulas: sorted(s.formulas),
    formats: sorted(s.formats),
    fills: sorted(s.fills),
    notes: sorted(s.notes),
    visibility: s.visibility,
  });
}

function workbookImage(excel: FakeExcel): Record<string, string> {
  return Object.fromEntries(excel.sheets.map((s) => [s.name, image(s)]));
}

/** Names of the sheets whose image differs, with the first differing field: short failure output. */
function diff(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[name] === b[name]) continue;
    if (!a[name] || !b[name]) {
      out.push(`${name}: ${a[name] ? "gone" : "new"}`);
      continue;
    }
    const x = JSON.parse(a[name]) as Record<string, unknown>;
    const y = JSON.parse(b[name]) as Record<string, unknown>;
    const field = Object.keys(x).find((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k])) ?? "?";
    const xs = JSON.stringify(x[field]);
    const ys = JSON.stringify(y[field]);
    let i = 0;
    while (i < xs.length && xs[i] === ys[i]) i++;
    out.push(
      `${name}.${field} @${i}: ${xs.slice(Math.max(0, i - 40), i + 60)} ≠ ${ys.slice(Math.max(0, i - 40), i + 60)}`,
    );
  }
  return out;
}

function hostFor(excel: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excel.run, supports: excel.supports });
}

describe("ExcelHost.undo", () => {
  it("restores values, formulas and number formats exactly after a writes patch", async () => {
    const { excel, ledger } = ledgerWorkbook(500);
    // Cells a clerk might have in the written columns: a formula, text in text format, a custom date format.
    ledger.setValue(2, 20, 0);
    ledger.formulas.set(K(2, 20), "=B3+60");
    ledger.setValue(3, 13, "0123");
    ledger.formats.set(K(3, 13), "@");
    ledger.formats.set(K(4, 20), "yyyy年m月d日");
    const before = workbookImage(excel);
    const host = hostFor(excel);
    await host.read();
    const patch = writesPatch(ledger, 500);
    patch.writes = patch.writes.map((w) =>
      w.row === 2 && w.col === 20
        ? { ...w, previous: 0 }
        : w.row === 3 && w.col === 13
          ? { ...w, previous: "0123" }
          : w,
    );
    const record = await host.apply(patch, "分类与包案");
    expect(ledger.value(10, 16)).toBe("王建国");
    expect(workbookImage(excel)).not.toEqual(before);
    await host.undo(record);
    expect(diff(workbookImage(excel), before)).toEqual([]);
    expect(ledger.formula(2, 20)).toBe("=B3+60");
  });

  it("restores fills, notes, the bookkeeping sheet and removes 校验结果 after a marks patch", async () => {
    const { excel, ledger } = ledgerWorkbook(300);
    ledger.fills.set(K(7, 2), "#00B050");
    ledger.notes.set(K(7, 2), "已电话核实");
    const host = hostFor(excel);
    await host.read();
    const first = marksPatch(40, 300, 1);
    first.marks[0].marks.push({ row: 7, col: 2, severity: "error", note: "“信访人”未填写。请补填。" });
    await host.apply(first, "校验");
    const before = workbookImage(excel);

    await host.read();
    const second = marksPatch(60, 300, 2);
    second.ownedSheets[0].rows.push(["另一行"]);
    const record = await host.apply(second, "校验");
    expect(ledger.fill(7, 2)).toBe("#00B050"); // the second run no longer marks it
    expect(workbookImage(excel)).not.toEqual(before);
    await host.undo(record);
    expect(diff(workbookImage(excel), before)).toEqual([]);
  });

  it("deletes the sheets a first run created", async () => {
    const { excel } = ledgerWorkbook(50);
    const before = workbookImage(excel);
    const host = hostFor(excel);
    await host.read();
    const record = await host.apply(marksPatch(10, 50), "校验");
    expect(excel.findSheet("校验结果")).toBeDefined();
    expect(excel.findSheet(MARKS_SHEET)).toBeDefined();
    await host.undo(record);
    expect(excel.findSheet("校验结果")).toBeUndefined();
    expect(excel.findSheet(MARKS_SHEET)).toBeUndefined();
    expect(diff(workbookImage(excel), before)).toEqual([]);
  });

  it("refuses to undo into a protected sheet, changing nothing", async () => {
    const { excel, ledger } = ledgerWorkbook(20);
    const host = hostFor(excel);
    await host.read();
    const record = await host.apply(writesPatch(ledger, 20), "包案");
    ledger.protected = true;
    const after = workbookImage(excel);
    const err = await host.undo(record).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("protected");
    expect(diff(workbookImage(excel), after)).toEqual([]);
  });

  it("applies again after an undo (no read in between) and still checks written cells against the patch", async () => {
    const { excel, ledger } = ledgerWorkbook(20);
    const host = hostFor(excel);
    await host.read();
    const patch: Patch = writesPatch(ledger, 20);
    const record = await host.apply(patch, "包案");
    await host.undo(record);
    await host.apply(patch, "包案");
    expect(ledger.value(5, 16)).toBe("王建国");
    await expect(host.apply(patch, "包案")).rejects.toBeInstanceOf(UserError);
  });

  it("rolls back a half-done apply when Excel fails mid-write", async () => {
    const { excel, ledger } = ledgerWorkbook(200);
    const before = workbookImage(excel);
    const host = hostFor(excel);
    await host.read();
    const patch = writesPatch(ledger, 200);
    patch.ownedSheets.push({ name: "月报明细", rows: [["村(社区)", "批次"]] });
    // The owned sheet's name is taken by the time it is created: Excel refuses the add mid-write.
    const realAdd = excel.addSheet.bind(excel);
    let calls = 0;
    excel.addSheet = (name, rows, options) => {
      if (name === "月报明细" && ++calls === 1)
        throw Object.assign(new Error("The sheet name already exists."), { code: "ItemAlreadyExists" });
      return realAdd(name, rows, options);
    };
    const err = await host.apply(patch, "包案").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain("已尽量恢复");
    expect(ledger.writeOps).toBeGreaterThan(1); // the values did go in before the failure, then back out
    expect(diff(workbookImage(excel), before)).toEqual([]);
  });
});

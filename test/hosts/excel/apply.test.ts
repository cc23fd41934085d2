import { ExcelHost } from "../../../src/hosts/excel/host";
import { UserError } from "../../../src/hosts/port";
import { MARK_FILL } from "../../../src/hosts/excel/marks-style";
import { MARKS_HEADER, MARKS_SHEET } from "../../../src/hosts/excel/marks-store";
import type { Patch } from "../../../src/core/patch";
import { FakeExcel } from "./fake-excel";
import { ledgerWorkbook } from "./fixtures";
import { marksPatch } from "./patches";

const K = (r: number, c: number): number => r * 16384 + c;

function hostFor(excel: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excel.run, supports: excel.supports });
}

/** A check that marks one cell of the ledger (B10): earlier marks of the sheet are undone first. */
async function markOneCell(excel: FakeExcel): Promise<ExcelHost> {
  const host = hostFor(excel);
  await host.read();
  await host.apply(
    {
      writes: [],
      marks: [{ sheet: "信访台账", marks: [{ row: 9, col: 1, severity: "warning", note: "提示" }] }],
      ownedSheets: [],
      newColumns: [],
    },
    "校验",
  );
  return host;
}

function textWrites(texts: string[]): Patch {
  return {
    writes: texts.map((text, i) => ({
      sheet: "信访台账",
      row: 2 + i,
      col: 24,
      value: { kind: "text" as const, text },
      previous: null,
      reason: "测试",
    })),
    marks: [],
    ownedSheets: [],
    newColumns: [],
  };
}

describe("ExcelHost.apply: marks", () => {
  it("marks 5,000 findings in at most 4 syncs, with fills, notes, bookkeeping and 校验结果", async () => {
    const { excel, ledger } = ledgerWorkbook(10000);
    const host = hostFor(excel);
    await host.read();
    const patch = marksPatch(5000, 10000);
    excel.resetStats();
    await host.apply(patch, "校验");
    expect(excel.stats.syncs).toBeLessThanOrEqual(4);
    expect(host.lastStats?.syncs).toBe(excel.stats.syncs);
    for (const m of patch.marks[0].marks) {
      expect(ledger.fill(m.row, m.col)).toBe(MARK_FILL[m.severity]);
      expect(ledger.note(m.row, m.col)).toBe(m.note);
    }
    expect(ledger.fills.size).toBe(5000);
    const result = excel.sheet("校验结果");
    expect(result.value(0, 0)).toBe("工作表");
    expect(result.value(5000, 5)).toBe(patch.marks[0].marks[4999].note);
    expect(result.links.size).toBe(5000);
    const book = excel.sheet(MARKS_SHEET);
    expect(book.visibility).toBe("VeryHidden");
    expect(book.values.length).toBe(5001);
    // Same-coloured cells go out together: far fewer fill calls than cells.
    expect(ledger.writeOps).toBeLessThan(5000 + 200);
  });

  it("replaces earlier marks: the clerk's own fill and note come back, even in a new session", async () => {
    const { excel, ledger } = ledgerWorkbook(50);
    ledger.fills.set(K(5, 2), "#00B050");
    ledger.notes.set(K(5, 2), "已电话核实");
    const first: Patch = {
      writes: [],
      marks: [
        {
          sheet: "信访台账",
          marks: [
            { row: 5, col: 2, severity: "error", note: "“信访人”未填写。请补填。" },
            { row: 6, col: 3, severity: "warning", note: "人数 1 少于信访人姓名数 2。请核对人数。" },
          ],
        },
      ],
      ownedSheets: [],
      newColumns: [],
    };
    const h1 = hostFor(excel);
    await h1.read();
    await h1.apply(first, "校验");
    expect(ledger.fill(5, 2)).toBe(MARK_FILL.error);
    expect(ledger.note(5, 2)).toBe("“信访人”未填写。请补填。");

    const h2 = hostFor(excel); // another session: only the workbook remembers
    await h2.read();
    const second: Patch = {
      writes: [],
      marks: [{ sheet: "信访台账", marks: [{ row: 6, col: 3, severity: "info", note: "提示" }] }],
      ownedSheets: [],
      newColumns: [],
    };
    await h2.apply(second, "校验");
    expect(ledger.fill(5, 2)).toBe("#00B050");
    expect(ledger.note(5, 2)).toBe("已电话核实");
    expect(ledger.fill(6, 3)).toBe(MARK_FILL.info);

    await h2.read();
    await h2.apply(
      { writes: [], marks: [{ sheet: "信访台账", marks: [] }], ownedSheets: [], newColumns: [] },
      "清除标记",
    );
    expect(ledger.fill(6, 3)).toBeNull();
    expect(ledger.note(6, 3)).toBeNull();
    expect(excel.findSheet(MARKS_SHEET)).toBeUndefined();
  });
});

describe("ExcelHost.apply when Excel's limit is lower than the host assumes", () => {
  it("splits refused batches and still marks and undoes everything exactly", async () => {
    const { excel, ledger } = ledgerWorkbook(3000);
    const host = hostFor(excel);
    await host.read();
    excel.payloadLimit = 600 * 1024; // the host packs ~4.8 MB per sync: every big batch is refused
    excel.resetStats();
    const patch = marksPatch(3000, 3000);
    const record = await host.apply(patch, "校验");
    expect(excel.stats.perSync.some((s) => s.failed)).toBe(true);
    for (const m of patch.marks[0].marks) {
      expect(ledger.fill(m.row, m.col)).toBe(MARK_FILL[m.severity]);
      expect(ledger.note(m.row, m.col)).toBe(m.note);
    }
    expect(excel.sheet("校验结果").values.length).toBe(3001);
    expect(excel.sheet(MARKS_SHEET).values.length).toBe(3001);
    for (const s of excel.stats.perSync.filter((x) => !x.failed)) {
      expect(Math.max(s.request, s.response)).toBeLessThanOrEqual(excel.payloadLimit);
    }
    await host.undo(record);
    expect(ledger.fills.size).toBe(0);
    expect(ledger.notes.size).toBe(0);
    expect(excel.findSheet("校验结果")).toBeUndefined();
  });
});

describe("ExcelHost.apply: marks left by the file host (CLI)", () => {
  it("clears the CLI's mark fills and signed notes, and keeps what the clerk made", async () => {
    const { excel, ledger } = ledgerWorkbook(30);
    // As the file host leaves it: style indexes in the bookkeeping, the mark fill, a signed note.
    excel.addSheet(
      MARKS_SHEET,
      [
        ["工作表", "单元格", "原样式", "标记样式"],
        ["信访台账", "C6", "", 7],
        ["信访台账", "D7", 3, 8],
      ],
      {
        visibility: "VeryHidden",
      },
    );
    ledger.fills.set(K(5, 2), MARK_FILL.error);
    ledger.notes.set(K(5, 2), "“信访人”未填写。请补填。");
    ledger.noteAuthors.set(K(5, 2), "信访台账助手");
    ledger.fills.set(K(6, 3), "#00B050"); // the clerk refilled it after the CLI run
    ledger.notes.set(K(6, 3), "已电话核实");
    ledger.noteAuthors.set(K(6, 3), "张科员");
    await markOneCell(excel);
    expect(ledger.fill(5, 2)).toBeNull();
    expect(ledger.note(5, 2)).toBeNull();
    expect(ledger.fill(6, 3)).toBe("#00B050");
    expect(ledger.note(6, 3)).toBe("已电话核实");
    expect(ledger.fill(9, 1)).toBe(MARK_FILL.warning);
    expect(excel.sheet(MARKS_SHEET).values[0]).toEqual(MARKS_HEADER);
  });

  it("puts back the fill and note the file host recorded, and carries its other rows over unchanged", async () => {
    const { excel, ledger } = ledgerWorkbook(30);
    // The common format as the file host writes it: style indexes, and the look before in 原底色/原批注.
    excel.addSheet(
      MARKS_SHEET,
      [
        MARKS_HEADER,
        ["信访台账", "C6", 4, 9, "#D9E1F2", ""], // the clerk's blue fill under a mark
        ["信访台账", "D7", "", 8, "", "已电话核实"], // the clerk's note: the CLI added none
        ["信访台账", "E8", 2, 10, "未知", ""], // a theme-coloured fill the CLI could not name
        ["月报", "B3", "new", 11, "", ""], // another sheet: not touched, row kept as it is
      ],
      { visibility: "VeryHidden" },
    );
    ledger.fills.set(K(5, 2), MARK_FILL.error);
    ledger.notes.set(K(5, 2), "“信访人”未填写。请补填。");
    ledger.noteAuthors.set(K(5, 2), "信访台账助手");
    ledger.fills.set(K(6, 3), MARK_FILL.warning);
    ledger.notes.set(K(6, 3), "已电话核实");
    ledger.noteAuthors.set(K(6, 3), "张科员");
    ledger.fills.set(K(7, 4), MARK_FILL.info);
    const host = await markOneCell(excel);
    expect([ledger.fill(5, 2), ledger.note(5, 2)]).toEqual(["#D9E1F2", null]);
    expect([ledger.fill(6, 3), ledger.note(6, 3)]).toEqual([null, "已电话核实"]);
    expect([ledger.fill(7, 4), ledger.note(7, 4)]).toEqual([null, null]);
    const book = excel.sheet(MARKS_SHEET).values.filter((r) => r.some((v) => v !== "")); // cleared rows stay as ""
    expect(book).toEqual([MARKS_HEADER, ["月报", "B3", "new", 11, "", ""], ["信访台账", "B10", "", "", "", ""]]);
    // The next command in the session checks the bookkeeping against what it wrote: no false "changed".
    const record = await host.apply(
      { writes: [], marks: [{ sheet: "信访台账", marks: [] }], ownedSheets: [], newColumns: [] },
      "清除标记",
    );
    expect(excel.sheet(MARKS_SHEET).values.filter((r) => r.some((v) => v !== ""))).toEqual(book.slice(0, 2));
    await host.undo(record);
    expect(excel.sheet(MARKS_SHEET).values.filter((r) => r.some((v) => v !== ""))).toEqual(book);
  });

  it("reads the bookkeeping of earlier versions of this add-in (工作表 | 单元格 | 原底色 | 原批注)", async () => {
    const { excel, ledger } = ledgerWorkbook(30);
    excel.addSheet(
      MARKS_SHEET,
      [
        ["工作表", "单元格", "原底色", "原批注"],
        ["信访台账", "C6", "#00B050", "已电话核实"],
      ],
      { visibility: "VeryHidden" },
    );
    ledger.fills.set(K(5, 2), MARK_FILL.error);
    ledger.notes.set(K(5, 2), "“信访人”未填写。请补填。");
    const host = hostFor(excel);
    await host.read();
    await host.apply(
      { writes: [], marks: [{ sheet: "信访台账", marks: [] }], ownedSheets: [], newColumns: [] },
      "清除标记",
    );
    expect([ledger.fill(5, 2), ledger.note(5, 2)]).toEqual(["#00B050", "已电话核实"]);
    expect(excel.findSheet(MARKS_SHEET)).toBeUndefined();
  });
});

describe("ExcelHost.apply: values", () => {
  it("writes text that starts with = + - @ (or looks like a number) as text, never as a formula", async () => {
    const { excel, ledger } = ledgerWorkbook(20);
    const host = hostFor(excel);
    await host.read();
    const texts = ["=SUM(A1)", "+8613912345678", "-", "@张三", "0123", "2023-03-05", "殷  飞"];
    await host.apply(textWrites(texts), "写入");
    texts.forEach((t, i) => {
      expect(ledger.value(2 + i, 24)).toBe(t);
      expect(ledger.formula(2 + i, 24)).toBeUndefined();
    });
    expect(ledger.format(2, 24)).toBe("@");
    expect(ledger.format(6, 24)).toBe("@");
    expect(ledger.format(8, 24)).toBe("General"); // plain Chinese text keeps the cell's format
    expect(ledger.formulas.size).toBe(0);
  });

  it("writes dates as serials with a date format, keeping a clerk's own date format; percent only on General", async () => {
    const { excel, ledger } = ledgerWorkbook(10);
    ledger.formats.set(K(3, 20), "yyyy年m月d日");
    ledger.formats.set(K(3, 22), "0.0%");
    const host = hostFor(excel);
    await host.read();
    const prev = (r: number, c: number): string | number | null => {
      const v = ledger.value(r, c);
      return v === "" || typeof v === "boolean" ? null : v;
    };
    const patch: Patch = {
      writes: [
        { sheet: "信访台账", row: 2, col: 20, value: { kind: "date", iso: "2023-04-30" }, previous: prev(2, 20) },
        { sheet: "信访台账", row: 3, col: 20, value: { kind: "date", iso: "2023-04-30" }, previous: prev(3, 20) },
        {
          sheet: "信访台账",
          row: 2,
          col: 22,
          value: { kind: "number", value: 0.8297, percent: true },
          previous: prev(2, 22),
        },
        {
          sheet: "信访台账",
          row: 3,
          col: 22,
          value: { kind: "number", value: 0.8297, percent: true },
          previous: prev(3, 22),
        },
      ],
      marks: [],
      ownedSheets: [],
      newColumns: [],
    };
    if (ledger.value(2, 20) === "#N/A") patch.writes[0].previous = { error: "#N/A" };
    if (ledger.value(3, 20) === "#N/A") patch.writes[1].previous = { error: "#N/A" };
    await host.apply(patch, "写入");
    expect(ledger.value(2, 20)).toBe(45046);
    expect(ledger.format(2, 20)).toBe("yyyy-mm-dd");
    expect(ledger.format(3, 20)).toBe("yyyy年m月d日");
    expect(ledger.value(2, 22)).toBe(0.8297);
    expect(ledger.format(2, 22)).toBe("0.00%");
    expect(ledger.format(3, 22)).toBe("0.0%");
  });

  it("groups adjacent writes of a column into one range call", async () => {
    const { excel, ledger } = ledgerWorkbook(1000);
    const host = hostFor(excel);
    await host.read();
    const writes = Array.from({ length: 1000 }, (_, i) => ({
      sheet: "信访台账",
      row: 2 + i,
      col: 16,
      value: { kind: "text" as const, text: i % 2 ? "王建国" : "周洪春" },
      previous: ledger.value(2 + i, 16) === "" ? null : (ledger.value(2 + i, 16) as string),
    }));
    await host.apply({ writes, marks: [], ownedSheets: [], newColumns: [] }, "包案");
    expect(ledger.writeOps).toBe(1);
    expect(ledger.value(1001, 16)).toBe("王建国");
  });

  it("adds a new column with its header and the neighbour's formats", async () => {
    const { excel, ledger } = ledgerWorkbook(5);
    ledger.fills.set(K(1, 24), "#D9E1F2");
    const host = hostFor(excel);
    await host.read();
    await host.apply(
      {
        writes: [],
        marks: [],
        ownedSheets: [],
        newColumns: [{ sheet: "信访台账", col: 25, headerRow: 1, header: "化解时限", styleFromCol: 24 }],
      },
      "新增列",
    );
    expect(ledger.value(1, 25)).toBe("化解时限");
    expect(ledger.fill(1, 25)).toBe("#D9E1F2");
  });
});

describe("ExcelHost.apply: stops before any write", () => {
  it("stops on a protected sheet with the Chinese remedy, writing nothing", async () => {
    const { excel, ledger } = ledgerWorkbook(100);
    const host = hostFor(excel);
    await host.read();
    ledger.protected = true;
    const names = excel.sheets.map((s) => s.name);
    const err = await host.apply(marksPatch(50, 100), "校验").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("protected");
    expect((err as UserError).message).toBe(
      "工作表“信访台账”已设置保护，请先撤销工作表保护（审阅 → 撤销工作表保护）再运行。",
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.sheets.reduce((n, s) => n + s.writeOps, 0)).toBe(0);
  });

  it("stops when a cell to be written was edited after the read", async () => {
    const { excel, ledger } = ledgerWorkbook(30);
    const host = hostFor(excel);
    await host.read();
    ledger.setValue(4, 24, "刚刚手工填写");
    const err = await host.apply(textWrites(["甲", "乙", "丙"]), "写入").catch((e: unknown) => e);
    expect((err as UserError).code).toBe("changed");
    expect((err as UserError).message).toContain("信访台账!Y5");
    expect(ledger.writeOps).toBe(0);
  });

  it("stops when rows were inserted after the read (the used range moved)", async () => {
    const { excel, ledger } = ledgerWorkbook(30);
    const host = hostFor(excel);
    await host.read();
    ledger.values.splice(10, 0, ["插入的行"]);
    const err = await host.apply(marksPatch(5, 5), "校验").catch((e: unknown) => e);
    expect((err as UserError).code).toBe("changed");
    expect((err as UserError).message).toContain("A1:Y33");
    expect(excel.sheets.reduce((n, s) => n + s.writeOps, 0)).toBe(0);
    expect(excel.findSheet("校验结果")).toBeUndefined();
  });
});

describe("requirement sets", () => {
  it("without ExcelApi 1.9/1.18/1.20 marks cell by cell, skips notes, and explains in notices", async () => {
    const { excel, ledger } = ledgerWorkbook(200, 7, { apiMinor: 8 });
    const host = hostFor(excel);
    expect(host.notices.join("\n")).toMatch(/1\.9[\s\S]*校验结果[\s\S]*Ctrl\+Z/);
    await host.read();
    const patch = marksPatch(100, 200);
    await host.apply(patch, "校验");
    for (const m of patch.marks[0].marks) expect(ledger.fill(m.row, m.col)).toBe(MARK_FILL[m.severity]);
    expect(ledger.notes.size).toBe(0);
    expect(excel.sheet("校验结果").value(1, 5)).toBe(patch.marks[0].marks[0].note);
    expect(excel.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
  });

  it("with ExcelApi 1.20 makes each command one Ctrl+Z step", async () => {
    const { excel } = ledgerWorkbook(20);
    const host = hostFor(excel);
    await host.read();
    await host.apply(marksPatch(5, 20), "校验");
    expect(excel.runs[excel.runs.length - 1]).toEqual({ mergeUndoGroup: true, delayForCellEdit: true });
    expect(excel.runs[0]).toEqual({ delayForCellEdit: true }); // the read is not an undo step
    expect(excel.undoGroups).toBe(1);
    expect(host.notices).toEqual([]);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { excel } = ledgerWorkbook(5);
    await hostFor(excel).selectCell("信访台账", "C5");
    expect(excel.selected).toEqual({ sheet: "信访台账", address: "C5" });
    await expect(hostFor(excel).selectCell("不存在", "A1")).rejects.toBeInstanceOf(UserError);
  });
});

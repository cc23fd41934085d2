import { locateLedger, type LocateOk } from "../../../src/core/ledger/locate";
import type { WorkbookGrid } from "../../../src/core/grid";
import {
  REQUIRED_HEADERS,
  ledgerGrid,
  ledgerSheet,
  seed004Workbook,
  sheet,
  workbook,
  SEED004_TITLE,
} from "../../helpers";

function ok(wb: WorkbookGrid, opts: { sheet?: string } = {}): LocateOk {
  const r = locateLedger(wb, opts);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const ROW = {
  登记日期: "2023-03-01",
  信访人: "殷  飞",
  信访形式: "来访",
  信访层级: "来镇",
  诉求内容: "反映银河村委永宁圩征地补偿款未发放",
  办理状态: "办理中",
};

describe("locateLedger: header row", () => {
  it("finds the header under title rows and maps every standard column", () => {
    const wb = ledgerGrid([ROW], { titles: ["2023年孟河镇信访事项登记台账", "填报单位：孟河镇信访办"] });
    const r = ok(wb);
    expect(r.layout.headerRows).toEqual([2]);
    expect(r.layout.columns).toEqual({
      registeredOn: 0,
      petitioners: 1,
      channel: 2,
      level: 3,
      complaint: 4,
      status: 5,
    });
    expect(r.layout.firstRow).toBe(3);
    expect(r.layout.lastRow).toBe(3);
    expect(r.findings).toEqual([]);
  });

  it("reads columns in any order, synonyms, full-width and decorated headers", () => {
    const headers = [
      "事由",
      "状态",
      "上访人",
      "来信来访日期",
      "去向",
      "信访方式（必填）",
      "村（社区）",
      "备 注",
      "*联系电话",
    ];
    const wb = ledgerGrid([], { headers });
    const r = ok(wb);
    expect(r.layout.columns).toEqual({
      complaint: 0,
      status: 1,
      petitioners: 2,
      registeredOn: 3,
      level: 4,
      channel: 5,
      village: 6,
      notes: 7,
      phone: 8,
    });
    expect(r.layout.headers.village).toBe("村(社区)");
  });

  it("lets a specific header win over a generic synonym, without a duplicate warning", () => {
    const headers = [
      "日期",
      "登记日期",
      "信访人",
      "电话",
      "联系电话",
      "形式",
      "信访形式",
      "信访层级",
      "诉求内容",
      "办理状态",
    ];
    const r = ok(ledgerGrid([], { headers }));
    expect(r.layout.columns.registeredOn).toBe(1);
    expect(r.layout.columns.phone).toBe(4);
    expect(r.layout.columns.channel).toBe(6);
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
  });

  it("uses a generic synonym when it is the only one", () => {
    const r = ok(ledgerGrid([], { headers: ["日期", "姓名", "形式", "去向", "反映问题", "状态"] }));
    expect(r.layout.columns).toMatchObject({
      registeredOn: 0,
      petitioners: 1,
      channel: 2,
      level: 3,
      complaint: 4,
      status: 5,
    });
  });

  it("reads 编号 as 序号 when numeric and as 案件编号 otherwise", () => {
    const numeric = ok(
      ledgerGrid(
        [
          { ...ROW, 编号: 1 },
          { ...ROW, 编号: "２" },
        ],
        { headers: ["编号", ...Object.keys(ROW)] },
      ),
    );
    expect(numeric.layout.columns.seq).toBe(0);
    expect(numeric.layout.columns.caseId).toBeUndefined();
    const text = ok(ledgerGrid([{ ...ROW, 编号: "MH-2023-001" }], { headers: ["编号", ...Object.keys(ROW)] }));
    expect(text.layout.columns.caseId).toBe(0);
    expect(text.layout.columns.seq).toBeUndefined();
  });

  it("reports header.duplicate for two specific columns of one field and uses the first", () => {
    const r = ok(ledgerGrid([], { headers: [...Object.keys(ROW), "身份证号", "公民身份号码"] }));
    expect(r.layout.columns.idNumbers).toBe(6);
    const dup = r.findings.filter((f) => f.code === "header.duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ cell: "H1", field: "idNumbers", severity: "warning", row: 1 });
    expect(dup[0].message).toBe("“公民身份号码”与 G 列都对应“身份证号”，只采用 G 列。请删除或改名其中一列。");
  });

  it("reports header.missing for each required field without a column", () => {
    const r = ok(ledgerGrid([], { headers: ["登记日期", "信访人", "诉求内容", "备注"] }));
    const missing = r.findings.filter((f) => f.code === "header.missing").map((f) => f.field);
    expect(missing).toEqual(["channel", "level", "status"]);
    expect(r.findings[0].message).toContain("“信访形式”");
    expect(r.findings[0].severity).toBe("error");
  });
});

describe("locateLedger: seed 004 (title, merged two-row header)", () => {
  const r = ok(seed004Workbook());

  it("reads 包案领导 over 镇 | 村 as leader and village lead", () => {
    expect(r.layout.headerRows).toEqual([1, 2]);
    expect(r.layout.columns).toEqual({ seq: 0, petitioners: 1, address: 2, leader: 3, villageLead: 4 });
    expect(r.layout.headers).toMatchObject({ leader: "包案领导/镇", villageLead: "包案领导/村", petitioners: "姓名" });
    expect(r.layout.firstRow).toBe(3);
    expect(r.layout.lastRow).toBe(12);
    expect(r.layout.skippedRows).toEqual([]);
  });

  it("reports the required columns the table lacks", () => {
    expect(r.findings.map((f) => `${f.code}:${f.field}`)).toEqual([
      "header.missing:registeredOn",
      "header.missing:channel",
      "header.missing:level",
      "header.missing:complaint",
      "header.missing:status",
    ]);
    expect(r.findings.every((f) => f.row === 3 && f.sheet === "Sheet1")).toBe(true);
  });

  it("still reads the two-row header when the merge was lost (copied from Word)", () => {
    const wb = seed004Workbook();
    wb.sheets[0].merges = [];
    const lost = ok(wb);
    expect(lost.layout.columns).toEqual({ seq: 0, petitioners: 1, address: 2, leader: 3, villageLead: 4 });
  });
});

describe("locateLedger: more header shapes", () => {
  it("a title merged over the table does not make a two-row header", () => {
    const wb = ledgerGrid([ROW], { titles: ["2023年孟河镇信访事项登记台账"] });
    wb.sheets[0].merges = [{ r1: 0, c1: 0, r2: 0, c2: 5 }];
    const r = ok(wb);
    expect(r.layout.headerRows).toEqual([1]);
    expect(r.layout.firstRow).toBe(2);
  });

  it("a full ledger with 包案领导 merged over 镇 | 村 and the other headers merged down", () => {
    const top = ["序号", "登记日期", "信访人", "信访形式", "信访层级", "诉求内容", "包案领导", null, "办理状态"];
    const sub = [null, null, null, null, null, null, "镇", "村", null];
    const data = [1, "2023-03-01", "殷  飞", "电话", "来镇", "反映征地补偿款未发放", "高  栋", "倪华强", "办理中"];
    const merges = [0, 1, 2, 3, 4, 5, 8].map((c) => ({ r1: 0, c1: c, r2: 1, c2: c }));
    merges.push({ r1: 0, c1: 6, r2: 0, c2: 7 });
    const r = ok(workbook(sheet("台账", [top, sub, data], merges)));
    expect(r.layout.headerRows).toEqual([0, 1]);
    expect(r.layout.columns).toEqual({
      seq: 0,
      registeredOn: 1,
      petitioners: 2,
      channel: 3,
      level: 4,
      complaint: 5,
      leader: 6,
      villageLead: 7,
      status: 8,
    });
    expect(r.layout.firstRow).toBe(2);
    expect(r.findings).toEqual([]);
  });

  it("a data value that is also a header word (电话 in 信访形式) is not read as a sub-header", () => {
    const r = ok(
      ledgerGrid([{ ...ROW, 信访形式: "电话", 备注: "手机" }], { headers: [...Object.keys(ROW), "", "备注"] }),
    );
    expect(r.layout.headerRows).toEqual([0]);
    expect(r.layout.columns.phone).toBeUndefined();
    expect(r.layout.columns.channel).toBe(2);
  });
});

describe("locateLedger: data range", () => {
  it("skips blank rows inside the data with row.blank, and a trailing 合计 row and footer", () => {
    const wb = ledgerGrid([ROW, {}, ROW], { trailer: [["合计", "3人"], [], ["填表人：张敏"]] });
    const r = ok(wb);
    expect(r.layout.firstRow).toBe(1);
    expect(r.layout.lastRow).toBe(3);
    expect(r.layout.skippedRows).toEqual([2]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "row.blank", row: 3, cell: "A3", severity: "info", field: null }),
    ]);
  });

  it("skips a 小计 row inside the data without a finding", () => {
    const wb = ledgerGrid([ROW]);
    wb.sheets[0].rows.push(["小计：1件"], [...(wb.sheets[0].rows[1] as [])]);
    const r = ok(wb);
    expect(r.layout.lastRow).toBe(3);
    expect(r.layout.skippedRows).toEqual([2]);
    expect(r.findings).toEqual([]);
  });

  it("skips a header row repeated inside the data (print titles pasted with the rows)", () => {
    const wb = ledgerGrid([ROW]);
    wb.sheets[0].rows.push([...(wb.sheets[0].rows[0] as [])], [...(wb.sheets[0].rows[1] as [])]);
    const r = ok(wb);
    expect(r.layout.lastRow).toBe(3);
    expect(r.layout.skippedRows).toEqual([2]);
    expect(r.findings).toEqual([]);
  });

  it("has no data when only the header is there", () => {
    const r = ok(ledgerGrid([], { headers: REQUIRED_HEADERS }));
    expect(r.layout.lastRow).toBeLessThan(r.layout.firstRow);
  });
});

describe("locateLedger: which sheet", () => {
  it("skips 配置, 月报, 校验结果, _ sheets and hidden sheets; picks the best and says so", () => {
    const full = ledgerSheet([ROW], { sheet: "2023台账", headers: [...Object.keys(ROW), "所属村", "联系电话"] });
    const small = ledgerSheet([ROW], { sheet: "旧表" });
    const decoys = ["配置", "月报", "校验结果", "_xinfang_marks"].map((n) =>
      ledgerSheet([ROW], { sheet: n, headers: [...Object.keys(ROW), "所属村", "联系电话", "人数", "身份证号"] }),
    );
    const hidden = ledgerSheet([ROW], {
      sheet: "隐藏",
      hidden: true,
      headers: [...Object.keys(ROW), "人数", "备注", "地址"],
    });
    const r = ok(workbook(...decoys, hidden, small, full));
    expect(r.sheet.name).toBe("2023台账");
    expect(r.note).toContain("“2023台账”8列");
    expect(r.note).toContain("“旧表”6列");
    expect(r.note).toContain("已采用“2023台账”");
  });

  it("uses the named sheet when asked, even if another matches better", () => {
    const wb = workbook(
      ledgerSheet([ROW], { sheet: "A", headers: [...Object.keys(ROW), "备注"] }),
      ledgerSheet([ROW], { sheet: "B" }),
    );
    expect(ok(wb, { sheet: "B" }).sheet.name).toBe("B");
    expect(ok(wb).sheet.name).toBe("A");
  });

  it("fails with a Chinese message when no sheet looks like a ledger", () => {
    const wb = workbook(sheet("Sheet1", [[SEED004_TITLE], ["序号", "姓名"], [1, "殷飞"]]), sheet("配置", [["参数"]]));
    const r = locateLedger(wb, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^在工作簿中找不到信访台账：/);
    expect(r.message).toContain("“Sheet1”");
    expect(r.message).not.toContain("“配置”");
    expect(r.message).toContain("请确认表头包含 登记日期、信访人、诉求内容 等列");
  });

  it("fails for an unknown sheet name, listing the sheets", () => {
    const r = locateLedger(ledgerGrid([ROW]), { sheet: "台账2024" });
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining("没有名为“台账2024”的工作表（现有：“信访台账”）"),
    });
  });

  it("ignores a header beyond the first 20 rows", () => {
    const wb = ledgerGrid([ROW], { blankBefore: 20 });
    expect(locateLedger(wb, {}).ok).toBe(false);
    const wb19 = ledgerGrid([ROW], { blankBefore: 19 });
    expect(ok(wb19).layout.headerRows).toEqual([19]);
  });
});

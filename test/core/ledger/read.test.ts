import fc from "fast-check";
import { readLedger } from "../../../src/core/ledger/read";
import type { Finding } from "../../../src/core/findings";
import type { CellValue } from "../../../src/core/grid";
import { UserError } from "../../../src/hosts/port";
import { day, fullWidth, ledgerGrid, makeConfig, makeId, seed004Workbook, serial, type RowSpec } from "../../helpers";

/** A complete, valid row; tests override the cell they are about. */
const BASE: RowSpec = {
  序号: 1,
  登记日期: "2023-03-01",
  信访人: "殷  飞",
  身份证号: makeId("1968-05-12", 17),
  联系电话: "138 1234 5678",
  户籍地: "银河村委永宁圩80号",
  所属村: "银河村",
  信访形式: "来访",
  信访层级: "来镇",
  诉求内容: "反映征地补偿款未按时发放",
  包案领导: "杨  波",
  办理状态: "办理中",
};

const config = makeConfig();

function read(rows: RowSpec[], cfg = config) {
  return readLedger(ledgerGrid(rows), cfg, {});
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell}`);
}

/** Reads one row with `over` applied and returns its findings. */
function one(over: Record<string, CellValue>, cfg = config): Finding[] {
  return read([{ ...BASE, ...over }], cfg).findings;
}

describe("readLedger: a clean row", () => {
  it("parses every field without findings", () => {
    const { ledger, findings } = read([BASE]);
    expect(findings).toEqual([]);
    expect(ledger.cases).toHaveLength(1);
    const c = ledger.cases[0];
    expect(c).toMatchObject({
      row: 1,
      seq: 1,
      registeredOn: day("2023-03-01"),
      petitioners: ["殷飞"],
      headcount: 1,
      headcountTyped: null,
      idNumbers: [BASE["身份证号"]],
      village: "银河村",
      villageTyped: "银河村",
      channel: "来访",
      level: "来镇",
      complaint: "反映征地补偿款未按时发放",
      leaders: ["杨波"],
      status: "办理中",
    });
  });

  it("accepts serial dates, full-width digits, text dates and aliases", () => {
    const { ledger, findings } = read([
      { ...BASE, 登记日期: serial("2023-03-05"), 信访形式: "走访", 信访层级: "县级", 办理状态: "正在办理" },
      { ...BASE, 登记日期: fullWidth("2023-03-06"), 人数: "３人", 信访人: "沙凌云    黄常荣", 身份证号: null },
      { ...BASE, 登记日期: "2023年3月7日", 办理状态: "息诉罢访", 办结日期: "2023.4.1", 化解日期: "20230402" },
    ]);
    expect(findings).toEqual([]);
    expect(ledger.cases.map((c) => c.registeredOn)).toEqual([day("2023-03-05"), day("2023-03-06"), day("2023-03-07")]);
    expect(ledger.cases[0]).toMatchObject({ channel: "来访", level: "到区", status: "办理中" });
    expect(ledger.cases[1]).toMatchObject({ headcount: 3, headcountTyped: 3, petitioners: ["沙凌云", "黄常荣"] });
    expect(ledger.cases[2]).toMatchObject({
      status: "已化解",
      closedOn: day("2023-04-01"),
      resolvedOn: day("2023-04-02"),
    });
  });

  it("defaults headcount to the number of names and derives the village from the address", () => {
    const { ledger, findings } = read([
      {
        ...BASE,
        信访人: "汤可云    吴纪美    汤建强",
        身份证号: null,
        所属村: null,
        户籍地: "荫沙村委南荫村委杨八圩15号",
      },
    ]);
    expect(findings).toEqual([]);
    expect(ledger.cases[0]).toMatchObject({ headcount: 3, village: "荫沙村", villageTyped: null });
  });

  it("throws a UserError in Chinese when there is no ledger", () => {
    expect(() => readLedger({ sheets: [{ name: "Sheet1", rows: [["你好"]], merges: [] }] }, config, {})).toThrow(
      UserError,
    );
  });
});

describe("readLedger: findings per code", () => {
  it("cell.required for each empty required value (on its cell)", () => {
    const f = one({ 登记日期: null, 信访人: "  ", 信访形式: null, 信访层级: "", 诉求内容: null, 办理状态: null });
    // 户籍地/所属村 do not depend on these; the ID's birth date cannot be checked without a registration date
    expect(codes(f)).toEqual([
      "cell.required@B2",
      "cell.required@C2",
      "cell.required@H2",
      "cell.required@I2",
      "cell.required@J2",
      "cell.required@L2",
    ]);
    expect(f[0].message).toBe("“登记日期”未填写。请补填。");
  });

  it("cell.error for #N/A (not also cell.required)", () => {
    const f = one({ 登记日期: { error: "#N/A" }, 所属村: { error: "#REF!" } });
    expect(codes(f)).toEqual(["cell.error@B2", "cell.error@G2"]);
    expect(f[0].message).toContain("#N/A");
    expect(f[0].message).toContain("“登记日期”");
  });

  it("date.invalid for an unreadable date", () => {
    const f = one({ 登记日期: "2023-02-30", 办结日期: "三月初" });
    expect(codes(f)).toEqual(["date.invalid@B2", "date.invalid@M2"]);
    expect(f[1].message).toContain("“三月初”不是有效日期");
  });

  it("id.format, id.checksum, id.birthdate, id.legacy", () => {
    const good = makeId("1968-05-12", 17);
    const wrongCheck = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");
    expect(codes(one({ 身份证号: "32041219680512" }))).toEqual(["id.format@D2"]);
    const cs = one({ 身份证号: wrongCheck });
    expect(codes(cs)).toEqual(["id.checksum@D2"]);
    expect(cs[0].message).toContain(`应为 ${good[17]}`);
    expect(codes(one({ 身份证号: makeId("2023-05-12", 1) }))).toEqual(["id.birthdate@D2"]); // born after registration
    const legacy = one({ 身份证号: "320412680512171" });
    expect(codes(legacy)).toEqual(["id.legacy@D2"]);
    expect(legacy[0].severity).toBe("info");
  });

  it("id.numeric: an 18-digit ID stored as a number", () => {
    // typed as 110101199003076519; Excel keeps 15 significant digits, so the file holds this number
    const f = one({ 身份证号: 110101199003076000 });
    expect(codes(f)).toEqual(["id.numeric@D2"]);
    expect(f[0].message).toContain("110101199003076000");
    expect(f[0].severity).toBe("error");
  });

  it("id.count: more IDs than names; persons fall back to names when an ID is bad", () => {
    const ids = `${makeId("1968-05-12", 17)}、${makeId("1970-01-02", 33)}`;
    const f = one({ 身份证号: ids });
    expect(codes(f)).toEqual(["id.count@D2"]);
    expect(f[0].message).toBe("填了 2 个身份证号，但只有 1 个姓名。请按姓名顺序核对身份证号。");
    const { ledger } = read([{ ...BASE, 信访人: "沙凌云、黄常荣", 身份证号: `123、${makeId("1970-01-02", 33)}` }]);
    expect(ledger.cases[0].idNumbers).toEqual([]);
  });

  it("phone.invalid", () => {
    const f = one({ 联系电话: "1381234567" });
    expect(codes(f)).toEqual(["phone.invalid@E2"]);
    expect(one({ 联系电话: "0519-83451234" })).toEqual([]);
  });

  it("enum.unknown with the closest value as suggestion", () => {
    const f = one({ 信访形式: "来访人", 信访层级: "赴京", 办理状态: "处理中" });
    expect(codes(f)).toEqual(["enum.unknown@H2", "enum.unknown@I2", "enum.unknown@L2"]);
    expect(f[0].suggestion).toBe("来访");
    expect(f[0].message).toContain("“来访人”不是规定的信访形式取值（来信、来访、电话、网上、交办）");
    expect(f[0].message).toContain("是否应为“来访”？");
    expect(f[1].message).not.toMatch(/\{\w+\}/);
  });

  it("enum.unknown for a yes/no column", () => {
    const { findings, ledger } = read([{ ...BASE, 非正常访: "不确定", 是否积案: "√" }]);
    expect(codes(findings)).toEqual(["enum.unknown@J2"]);
    expect(findings[0].message).toContain("（是、否）");
    expect(ledger.cases[0].backlogFlag).toBe(true);
  });

  it("headcount.invalid and headcount.names", () => {
    expect(codes(one({ 人数: "约5人" }))).toEqual(["headcount.invalid@D2"]);
    expect(codes(one({ 人数: 0 }))).toEqual(["headcount.invalid@D2"]);
    const f = one({ 人数: 1, 信访人: "沙凌云    黄常荣", 身份证号: null });
    expect(codes(f)).toEqual(["headcount.names@D2"]);
    expect(f[0].message).toBe("人数 1 少于信访人姓名数 2。请核对人数。");
  });

  it("village.unknown: typed village not configured, or blank and not in the address", () => {
    const typed = one({ 所属村: "新华村" });
    expect(codes(typed)).toEqual(["village.unknown@G2"]);
    expect(typed[0].message).toContain("“新华村”");
    const blank = one({ 所属村: null, 户籍地: "东庭苑5幢甲单元1402室" });
    expect(codes(blank)).toEqual(["village.unknown@G2"]);
    expect(blank[0].message).toContain("东庭苑5幢甲单元1402室");
    // alias typed in the village cell is fine
    expect(one({ 所属村: "银河村委" })).toEqual([]);
    // no villages configured: nothing to check against
    expect(one({ 所属村: "新华村" }, makeConfig({ villages: [] }))).toEqual([]);
  });

  it("leader.unknown and leader.multiple (only when 一案一领导)", () => {
    const f = one({ 包案领导: "高  栋                      周洪春" });
    expect(codes(f)).toEqual(["leader.multiple@K2"]);
    expect(f[0].message).toContain("2 名镇级包案领导（高栋、周洪春）");
    expect(
      one({ 包案领导: "高  栋                      周洪春" }, makeConfig({ params: { oneLeaderPerCase: false } })),
    ).toEqual([]);
    const u = one({ 包案领导: "李  明" });
    expect(codes(u)).toEqual(["leader.unknown@K2"]);
    expect(u[0].message).toContain("“李明”");
  });

  it("findings carry the exact shape of findings.ts", () => {
    const [f] = one({ 联系电话: "12345" });
    expect(Object.keys(f).sort()).toEqual([
      "cell",
      "code",
      "field",
      "message",
      "row",
      "severity",
      "sheet",
      "suggestion",
    ]);
    expect(f).toMatchObject({
      sheet: "信访台账",
      row: 2,
      cell: "E2",
      field: "phone",
      severity: "error",
      suggestion: null,
    });
  });
});

describe("readLedger: seed 004 table", () => {
  it("reads the ten rows with padded names, two leaders and village leads", () => {
    const { ledger, findings } = readLedger(seed004Workbook(), makeConfig({ params: { oneLeaderPerCase: false } }), {});
    expect(ledger.cases).toHaveLength(10);
    expect(ledger.cases[0]).toMatchObject({
      seq: 1,
      petitioners: ["殷飞"],
      leaders: ["高栋", "周洪春"],
      villageLeads: ["倪华强"],
    });
    expect(ledger.cases[1].petitioners).toEqual(["沙凌云", "黄常荣"]);
    expect(ledger.cases[2]).toMatchObject({ village: "银河村", leaders: ["杨波", "许波"] });
    expect(ledger.cases[8].petitioners).toEqual(["封振成"]);
    expect(ledger.cases[9]).toMatchObject({
      petitioners: ["汤可云", "吴纪美", "汤建强"],
      headcount: 3,
      villageLeads: ["王俍"],
      village: "荫沙村",
    });
    const byCode = findings.map((f) => f.code);
    expect(byCode.filter((c) => c === "header.missing")).toHaveLength(5);
    // 东庭苑, 通江花苑: no configured village in the address (no 所属村 column, so on the 户籍地 cell)
    expect(findings.filter((f) => f.code === "village.unknown").map((f) => f.cell)).toEqual(["C4", "C5", "C12"]);
    expect(byCode).not.toContain("cell.required");
  });
});

describe("readLedger: column order does not matter", () => {
  it("reads the same cases from any permutation of the columns (property)", () => {
    const rows: RowSpec[] = [
      BASE,
      { ...BASE, 序号: 2, 信访人: "沙凌云    黄常荣", 身份证号: null, 人数: "２", 所属村: null, 诉求内容: "反映低保" },
      {
        ...BASE,
        序号: 3,
        登记日期: serial("2023-05-06"),
        信访形式: "网络访",
        办理状态: "结案",
        办结日期: "2023年5月20日",
      },
    ];
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const reference = readLedger(ledgerGrid(rows, { headers }), config, {});
    const strip = (r: typeof reference) => ({
      cases: r.ledger.cases,
      findings: r.findings.map((f) => `${f.row}:${f.code}:${f.field}:${f.message}`).sort(),
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(headers, { minLength: headers.length }), (order) => {
        expect(strip(readLedger(ledgerGrid(rows, { headers: order }), config, {}))).toEqual(strip(reference));
      }),
      { numRuns: 40, seed: 4 },
    );
  });
});

import { cellText, parseEnum, parseHaveNot, parseInteger, parseYesNo, suggestEnum } from "../../../src/core/parse";

describe("parseEnum", () => {
  test("canonical values and aliases of §1.3", () => {
    expect(parseEnum("channel", "来信")).toEqual({ kind: "ok", value: "来信" });
    expect(parseEnum("channel", "走访")).toEqual({ kind: "ok", value: "来访" });
    expect(parseEnum("channel", 12345)).toEqual({ kind: "ok", value: "电话" });
    expect(parseEnum("channel", "手机app")).toEqual({ kind: "ok", value: "网上" });
    expect(parseEnum("level", "国家信访局")).toEqual({ kind: "ok", value: "进京" });
    expect(parseEnum("status", " 息诉罢访 ")).toEqual({ kind: "ok", value: "已化解" });
    expect(parseEnum("category", "其他遗留")).toEqual({ kind: "ok", value: "其它遗留问题类" });
    expect(parseEnum("domain", "其它")).toEqual({ kind: "ok", value: "其他" });
    expect(parseEnum("domain", "征地　拆迁")).toEqual({ kind: "ok", value: "征地拆迁" });
  });

  test("a bracketed note is ignored (seed 000: 电话访（举报）)", () => {
    expect(parseEnum("channel", "电话访（举报）")).toEqual({ kind: "ok", value: "电话" });
    expect(parseEnum("channel", "网络访(举报)")).toEqual({ kind: "ok", value: "网上" });
    expect(parseEnum("channel", "来访（集体）")).toEqual({ kind: "ok", value: "来访" });
  });

  test("unknown values get the closest suggestion", () => {
    expect(parseEnum("channel", "群众来访")).toEqual({ kind: "unknown", text: "群众来访", suggestion: "来访" });
    expect(parseEnum("status", "已完结")).toEqual({ kind: "unknown", text: "已完结", suggestion: "已办结" });
    expect(parseEnum("category", "遗留")).toMatchObject({ kind: "unknown", suggestion: "其它遗留问题类" });
    expect(parseEnum("level", "赴京")).toMatchObject({ kind: "unknown", suggestion: "进京" });
    expect(parseEnum("satisfaction", "很满意")).toMatchObject({ kind: "unknown", suggestion: "满意" });
    expect(parseEnum("level", "#N/A")).toMatchObject({ kind: "unknown", suggestion: null });
    expect(suggestEnum("status", "张三")).toBeNull();
  });

  test("blank", () => {
    expect(parseEnum("status", null)).toEqual({ kind: "blank" });
    expect(parseEnum("status", "  ")).toEqual({ kind: "blank" });
  });
});

describe("parseYesNo / parseHaveNot", () => {
  test.each([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["n", false],
    ["√", true],
    ["×", false],
    ["有", true],
    ["无", false],
    [1, true],
    [0, false],
    ["１", true],
    [true, true],
    [false, false],
    ["是（已核实）", true],
  ])("%s → %s", (v, expected) => {
    expect(parseYesNo(v)).toBe(expected);
    expect(parseHaveNot(v)).toBe(expected);
  });
  test("blank → null, anything else → unknown", () => {
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo(" ")).toBeNull();
    expect(parseYesNo("不详")).toBe("unknown");
    expect(parseYesNo(2)).toBe("unknown");
    expect(parseHaveNot({ error: "#N/A" })).toBe("unknown");
  });
});

describe("parseInteger", () => {
  test.each([
    [3, 3],
    ["3", 3],
    ["３", 3],
    ["3人", 3],
    [" 12 名", 12],
    ["1,234", 1234],
    ["五人", 5],
    ["十", 10],
    ["十五人", 15],
    ["二十三", 23],
    ["-1", -1],
    ["3.0", 3],
  ])("%s → %s", (v, expected) => {
    expect(parseInteger(v)).toEqual({ kind: "ok", value: expected });
  });
  test.each([[3.5], ["约5人"], ["3-5人"], ["多人"], ["三十五十"], [true]])("invalid %s", (v) => {
    expect(parseInteger(v).kind).toBe("invalid");
  });
  test("blank", () => {
    expect(parseInteger(null)).toEqual({ kind: "blank" });
  });
});

describe("cellText", () => {
  test("display text as Excel shows it", () => {
    expect(cellText("  张三 ")).toBe("张三");
    expect(cellText(null)).toBe("");
    expect(cellText(110101199003076000)).toBe("110101199003076000");
    expect(cellText(1e15)).toBe("1000000000000000");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(44625)).toBe("44625");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ error: "#DIV/0!" })).toBe("#DIV/0!");
  });
});

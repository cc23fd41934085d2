import fc from "fast-check";
import { normalizeName, splitNames } from "../../../src/core/parse";

describe("splitNames (seed 004 cells)", () => {
  test.each([
    ["殷  飞", ["殷飞"]],
    ["殷飞", ["殷飞"]],
    ["高  栋                      周洪春", ["高栋", "周洪春"]],
    ["高  栋                   石青华", ["高栋", "石青华"]],
    ["杨  波                   许  波", ["杨波", "许波"]],
    ["沙凌云    黄常荣", ["沙凌云", "黄常荣"]],
    ["王  俍", ["王俍"]],
    ["汤可云    吴纪美    汤建强", ["汤可云", "吴纪美", "汤建强"]],
    ["封振成 ", ["封振成"]],
    ["徐\u3000\u3000冰", ["徐冰"]],
  ])("%s", (cell, expected) => {
    expect(splitNames(cell)).toEqual(expected);
  });
});

describe("splitNames separators and decisions", () => {
  test("explicit separators, full-width and half-width", () => {
    expect(splitNames("张三、李四，王五,赵六;孙七；周八/吴九")).toEqual([
      "张三",
      "李四",
      "王五",
      "赵六",
      "孙七",
      "周八",
      "吴九",
    ]);
    expect(splitNames("张三\n李四")).toEqual(["张三", "李四"]);
  });
  test("a single blank between two full names separates them", () => {
    expect(splitNames("沙凌云 黄常荣")).toEqual(["沙凌云", "黄常荣"]);
  });
  test("three lone characters are one name; four are two padded names", () => {
    expect(splitNames("欧 阳 锋")).toEqual(["欧阳锋"]);
    expect(splitNames("杨 波 许 波")).toEqual(["杨波", "许波"]);
    expect(splitNames("杨 波 许 小 波")).toEqual(["杨波", "许小波"]);
  });
  test("a lone character joins a neighbouring two-character token", () => {
    expect(splitNames("梅 卫峰")).toEqual(["梅卫峰"]);
    expect(splitNames("欧阳 锋")).toEqual(["欧阳锋"]);
    expect(splitNames("高  栋、梅 卫峰")).toEqual(["高栋", "梅卫峰"]);
    expect(splitNames("杨  周洪春")).toEqual(["杨", "周洪春"]);
  });
  test("trailing 等 / 等5人 and bracketed notes are dropped", () => {
    expect(splitNames("张三等5人")).toEqual(["张三"]);
    expect(splitNames("张三、李四等")).toEqual(["张三", "李四"]);
    expect(splitNames("张三等多人")).toEqual(["张三"]);
    expect(splitNames("张三（户主）、李四(代表)")).toEqual(["张三", "李四"]);
  });
  test("Latin names keep their single blank", () => {
    expect(splitNames("John Smith、李四")).toEqual(["John Smith", "李四"]);
  });
  test("blank, empty parts, errors", () => {
    expect(splitNames(null)).toEqual([]);
    expect(splitNames("、、 ,")).toEqual([]);
    expect(splitNames("张三、、李四")).toEqual(["张三", "李四"]);
    expect(splitNames({ error: "#N/A" })).toEqual([]);
  });
  test("normalizeName removes padding of every kind", () => {
    expect(normalizeName("殷  飞")).toBe("殷飞");
    expect(normalizeName("\u3000王\u3000俍 ")).toBe("王俍");
  });
});

describe("splitNames properties", () => {
  // 等 is excluded: a trailing 等 is read as "and others" by design (张三等5人).
  const cjk = fc
    .integer({ min: 0x4e00, max: 0x9fa5 })
    .map((c) => String.fromCharCode(c))
    .filter((c) => c !== "等");
  const name = fc.array(cjk, { minLength: 2, maxLength: 4 }).map((cs) => cs.join(""));
  const messy = fc.oneof(
    fc.constant(""),
    fc.constant("、"),
    fc.constant("  "),
    fc.constant("\u3000"),
    fc.constant(";"),
    fc.constant("，"),
    cjk,
    name,
  );

  test("never returns blank names or names containing blanks/separators", () => {
    fc.assert(
      fc.property(fc.array(messy, { maxLength: 12 }), (parts) => {
        return splitNames(parts.join("")).every((n) => n !== "" && !/[\s\u3000、，,;；/]/.test(n));
      }),
    );
  });

  test("names joined with 、 re-parse to the same list", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const once = splitNames(names.join("、"));
        return (
          JSON.stringify(once) === JSON.stringify(names) &&
          JSON.stringify(splitNames(once.join("、"))) === JSON.stringify(once)
        );
      }),
    );
  });

  test("two-character names padded with blanks and separated by wide gaps re-parse", () => {
    const two = fc.tuple(cjk, cjk);
    fc.assert(
      fc.property(fc.array(two, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }), (names, pad) => {
        const cell = names.map(([a, b]) => a + " ".repeat(pad) + b).join(" ".repeat(pad + 4));
        const expected = names.map(([a, b]) => a + b);
        // Only unambiguous when every name is padded: runs of lone characters are paired.
        return JSON.stringify(splitNames(cell)) === JSON.stringify(expected);
      }),
    );
  });
});

import { parsePhone } from "../../../src/core/parse";

const ok = (v: Parameters<typeof parsePhone>[0]): string | null => {
  const r = parsePhone(v);
  return r.kind === "ok" ? r.phone : null;
};

describe("parsePhone", () => {
  test.each([
    ["13812345678", "13812345678"],
    [13812345678, "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 13812345678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["１３８１２３４５６７８", "13812345678"],
    ["0519-88881234", "0519-88881234"],
    ["051988881234", "0519-88881234"],
    ["010-62345678", "010-62345678"],
    ["0519-8888-1234", "0519-88881234"],
    ["0519-88881234-123", "0519-88881234转123"],
    ["0519-88881234转8012", "0519-88881234转8012"],
    ["手机：13812345678", "13812345678"],
    ["(0519)88881234", "0519-88881234"],
    ["（010）6234 5678", "010-62345678"],
    ["13812345678（本人）", "13812345678"],
    ["13812345678、0519-88881234", "13812345678、0519-88881234"],
    ["13812345678/13912345678", "13812345678、13912345678"],
    ["13812345678 13912345678", "13812345678、13912345678"],
  ])("%s → %s", (v, expected) => {
    expect(ok(v)).toBe(expected);
  });

  test.each(["1381234567", "12812345678", "138123456789", "88881234", "0519-123", "无", "13812345678、1234", "TRUE"])(
    "invalid %s",
    (v) => {
      expect(parsePhone(v)).toEqual({ kind: "invalid", text: v });
    },
  );

  test("each phone of a list is returned", () => {
    expect(parsePhone("13812345678；0519-88881234")).toEqual({
      kind: "ok",
      phone: "13812345678、0519-88881234",
      phones: ["13812345678", "0519-88881234"],
    });
  });

  test("blank, errors and numbers that lost their leading 0", () => {
    expect(parsePhone(null)).toEqual({ kind: "blank" });
    expect(parsePhone("\u3000")).toEqual({ kind: "blank" });
    expect(parsePhone({ error: "#REF!" })).toEqual({ kind: "invalid", text: "#REF!" });
    expect(parsePhone(51988881234)).toEqual({ kind: "invalid", text: "51988881234" });
  });
});

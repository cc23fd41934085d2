import fc from "fast-check";
import { maskId, maskPersonal, maskPhone } from "../../src/core/mask";
import { idCheckChar } from "../fixtures/generate-ledger";

describe("masking personal data", () => {
  it("keeps 4 + 4 of an ID and 3 + 4 of a mobile", () => {
    expect(maskId("32041119900307651X")).toBe("3204**********651X");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("0519-86123456")).toBe("0519-****3456");
  });

  it("masks IDs and phones inside Chinese messages, leaving rows, dates and amounts", () => {
    const text =
      "身份证号“320411199003076519”校验位不对；电话 13812345678，显示为 110101199003076000；第 1203 行，2025-03-05，拖欠工资2600元";
    const masked = maskPersonal(text);
    expect(masked).toBe(
      "身份证号“3204**********6519”校验位不对；电话 138****5678，显示为 1101**********6000；第 1203 行，2025-03-05，拖欠工资2600元",
    );
  });

  it("masks full-width digits and truncated numbers", () => {
    expect(maskPersonal("电话１３８１２３４５６７８")).toBe("电话138****5678");
    expect(maskPersonal("电话“1381234”")).toBe("电话“***1234”");
  });

  it("never lets a generated ID or mobile through whole (property)", () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(17), fc.string({ maxLength: 6 }), digits(9), (d17, filler, d9) => {
        const body = d17.join("");
        const id = body + idCheckChar(body);
        const phone = "13" + d9.join("");
        const text = `号码${id}${filler.replace(/\d/g, "")}，电话${phone}`;
        const masked = maskPersonal(text);
        expect(masked).not.toContain(id);
        expect(masked).not.toContain(phone);
        expect(masked).toContain(id.slice(-4));
      }),
      { numRuns: 300 },
    );
  });
});

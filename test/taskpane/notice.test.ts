import { noticeUrl } from "../../src/commands/notice";

describe("the ribbon commands' notice dialog URL", () => {
  it("stays on the add-in's origin and carries the text", () => {
    const url = new URL(noticeUrl("https://xf.town.gov.cn:8443/commands.html", "校验完成：错误 3 条", false));
    expect(url.origin).toBe("https://xf.town.gov.cn:8443");
    expect(url.pathname).toBe("/notice.html");
    expect(url.searchParams.get("text")).toBe("校验完成：错误 3 条");
    expect(url.searchParams.has("error")).toBe(false);
  });

  it("masks an ID number or phone that an error message may quote", () => {
    const text = "第 12 行身份证号 320412199003076519 与电话 13812345678 有误";
    const url = new URL(noticeUrl("https://localhost:3000/commands.html", text, true));
    const shown = url.searchParams.get("text") ?? "";
    expect(shown).not.toContain("320412199003076519");
    expect(shown).not.toContain("13812345678");
    expect(shown).toContain("3204**********6519");
    expect(shown).toContain("138****5678");
    expect(url.searchParams.get("error")).toBe("1");
  });
});

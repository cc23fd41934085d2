import fc from "fast-check";
import { classifyComplaint, classifyDomain, earliestYear } from "../../../src/core/classify/classify";
import { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES } from "../../../src/core/classify/cues";
import { compileRules, findMatches, normalizeText } from "../../../src/core/classify/match";
import { dayFromIso } from "../../../src/core/day";
import type { KeywordRule } from "../../../src/core/model";

const day = (iso: string) => dayFromIso(iso) as number;
const cat = (text: string, reg = "2023-06-01") => classifyComplaint(text, DEFAULT_CATEGORY_RULES, day(reg));

describe("classifyComplaint", () => {
  it("decides by the weighted cues and says which ones", () => {
    const k = cat("反映其父亲低保被取消，要求恢复，同时医保报销也有问题");
    expect(k.value).toBe("民生问题类");
    expect(k.matched).toEqual(["低保", "医保", "报销"]);
    expect(k.reason).toBe("关键词“低保”“医保”“报销”");
    expect(k.confidence).toBe("high");
  });

  it("reads a personnel complaint about an election as 组织人事", () => {
    const k = cat("反映村委会换届选举中存在拉票贿选行为，要求重新选举");
    expect(k.value).toBe("组织人事问题类");
    expect(k.matched).toEqual(expect.arrayContaining(["换届", "选举"]));
  });

  it("takes the longest keyword and does not count the shorter one inside it", () => {
    const rules: KeywordRule[] = [
      { target: "A", keyword: "征地补偿", weight: 2 },
      { target: "B", keyword: "征地", weight: 3 },
    ];
    const k = classifyComplaint("反映征地补偿标准太低", rules, null);
    expect(k.value).toBe("A");
    expect(k.matched).toEqual(["征地补偿"]);
    expect(k.runnerUp).toBe(0);
    // Where only the short form is written, it counts.
    expect(classifyComplaint("反映征地范围划错", rules, null).value).toBe("B");
  });

  it("lets a weight-0 phrase shadow the keyword inside it (a way to write negations)", () => {
    const rules: KeywordRule[] = [
      { target: "民生问题类", keyword: "低保", weight: 2 },
      { target: "民生问题类", keyword: "非低保户", weight: 0 },
      { target: "组织人事问题类", keyword: "村干部", weight: 2 },
    ];
    expect(classifyComplaint("反映其家是低保户", rules, null).value).toBe("民生问题类");
    const k = classifyComplaint("其家属非低保户，反映村干部作风问题", rules, null);
    expect(k.value).toBe("组织人事问题类");
    expect(k.runnerUp).toBe(0);
    expect(k.matched).toEqual(["村干部"]);
  });

  it("counts a repeated keyword once", () => {
    const rules: KeywordRule[] = [
      { target: "A", keyword: "低保", weight: 2 },
      { target: "B", keyword: "选举", weight: 1 },
      { target: "B", keyword: "党员", weight: 2 },
    ];
    const k = classifyComplaint("低保低保低保，选举时党员拉票", rules, null);
    expect(k.value).toBe("B");
    expect(k.score).toBe(3);
    expect(k.runnerUp).toBe(2);
    expect(k.runnerUpValue).toBe("A");
  });

  it("leaves a tie undecided and names both sides", () => {
    const rules: KeywordRule[] = [
      { target: "民生问题类", keyword: "低保", weight: 2 },
      { target: "组织人事问题类", keyword: "村干部", weight: 2 },
    ];
    const k = classifyComplaint("村干部把低保给了亲戚", rules, null);
    expect(k.value).toBeNull();
    expect(k.score).toBe(2);
    expect(k.runnerUp).toBe(2);
    expect(k.reason).toContain("得分相同");
    expect(k.reason).toContain("民生问题类（关键词“低保”）");
    expect(k.reason).toContain("组织人事问题类（关键词“村干部”）");
  });

  it("leaves a complaint with no cue undecided", () => {
    const k = cat("来人情绪激动，要求面见书记");
    expect(k.value).toBeNull();
    expect(k.matched).toEqual([]);
    expect(k.reason).toContain("没有");
  });

  it("takes a year more than ten years before registration as a legacy cue", () => {
    const rules: KeywordRule[] = [{ target: "民生问题类", keyword: "养老保险", weight: 2 }];
    const old = classifyComplaint("1995年下岗后要求补缴养老保险", rules, day("2023-03-01"));
    expect(old.value).toBe("其它遗留问题类");
    expect(old.reason).toBe("年份“1995年”早于登记10年以上");
    // Eight years is not history yet.
    expect(classifyComplaint("2015年起要求补缴养老保险", rules, day("2023-03-01")).value).toBe("民生问题类");
    // Without a registration date the year cannot be judged.
    expect(classifyComplaint("1995年下岗后要求补缴养老保险", rules, null).value).toBe("民生问题类");
  });

  it("reads full-width and Chinese-numeral years", () => {
    expect(earliestYear(normalizeText("１９９８年修路"))).toBe(1998);
    expect(earliestYear("一九八八年修水库，2001年又占地")).toBe(1988);
    expect(earliestYear("2022年度考核")).toBe(2022);
    expect(earliestYear("工作12年")).toBeNull();
    expect(cat("反映一九八八年修水库时老宅被淹", "2023-03-22").value).toBe("其它遗留问题类");
  });

  it("ignores padding blanks, full-width spaces and line breaks", () => {
    const a = cat("反映村民委员会选举程序违法，要求重新选举");
    const b = cat("反映  村民委员会\n选举程序违法，\u3000要求重新  选举");
    expect(b).toEqual(a);
  });

  it("uses config rules in place of the defaults when given", () => {
    const rules: KeywordRule[] = [{ target: "组织人事问题类", keyword: "网格员", weight: 5 }];
    expect(classifyComplaint("反映网格员工资被拖欠", rules, null).value).toBe("组织人事问题类");
  });

  it("is not thrown by formula-error text or an empty complaint", () => {
    expect(cat("#N/A").value).toBeNull();
    expect(cat("").value).toBeNull();
  });

  it("keeps its decision when blanks are inserted anywhere (property)", () => {
    const words = ["反映", "低保", "选举", "下岗", "1996年", "村干部", "拆迁", "，", "要求", "解决"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.nat(), (parts, seed) => {
        const text = parts.join("");
        const padded = [...text].map((ch, i) => ((seed >> (i % 20)) & 1 ? ch + " " : ch)).join("");
        expect(cat(padded)).toEqual(cat(text));
      }),
    );
  });

  it("adding a cue of the winner never changes the winner (property)", () => {
    const byTarget = new Map<string, string[]>();
    for (const r of DEFAULT_CATEGORY_RULES)
      if (r.weight > 0) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r.keyword]);
    const words = DEFAULT_CATEGORY_RULES.map((r) => r.keyword);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), fc.nat(), (parts, n) => {
        const text = parts.join("，");
        const k = cat(text);
        if (k.value === null) return;
        const extra = byTarget.get(k.value) as string[];
        const more = cat(text + "，" + extra[n % extra.length]);
        expect(more.value).toBe(k.value);
        expect(more.score).toBeGreaterThanOrEqual(k.score);
      }),
    );
  });
});

describe("classifyDomain", () => {
  const dom = (text: string) => classifyDomain(text, DEFAULT_DOMAIN_RULES);

  it("finds the domain of typical complaints", () => {
    expect(dom("反映征地补偿款未发放到位").value).toBe("征地拆迁");
    expect(dom("反映包工头拖欠工资3万元").value).toBe("劳资纠纷");
    expect(dom("反映养殖场污水直排").value).toBe("环境污染");
    expect(dom("原民办教师要求落实待遇").value).toBe("民代幼");
    expect(dom("退伍军人要求提高补助").value).toBe("退役军人");
  });

  it("says 其他 when no domain cue is present", () => {
    const k = dom("反映村委会换届选举不公");
    expect(k.value).toBe("其他");
    expect(k.reason).toContain("其他");
  });

  it("leaves a tie undecided", () => {
    const rules: KeywordRule[] = [
      { target: "征地拆迁", keyword: "征地", weight: 2 },
      { target: "涉法涉诉", keyword: "判决", weight: 2 },
    ];
    expect(classifyDomain("不服征地纠纷判决", rules).value).toBeNull();
  });
});

describe("matcher", () => {
  it("indexes keywords by first character, longest first, and finds distinct matches in order", () => {
    const m = compileRules(DEFAULT_CATEGORY_RULES);
    const found = findMatches(normalizeText("反映征地补偿与拆迁问题，征地补偿"), m).map((x) => x.keyword);
    expect(found).toEqual(["征地补偿", "拆迁"]);
  });

  it("compiles a rules array once", () => {
    expect(compileRules(DEFAULT_DOMAIN_RULES)).toBe(compileRules(DEFAULT_DOMAIN_RULES));
  });
});

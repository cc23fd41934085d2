import fc from "fast-check";
import { normalizeLabel, parseLabel } from "../../../src/core/report/label-parse";
import { LABEL_WORDS } from "../../../src/core/report/label-table";
import { resolveTokens } from "../../../src/core/report/resolve";

const key = (label: string, ctx?: { year: number; month: number }): string | undefined => {
  const p = parseLabel(label, ctx);
  if (!p.tokens) return undefined;
  const r = resolveTokens(p.tokens);
  return "key" in r ? r.key : undefined;
};

const fullWidth = (s: string): string =>
  [...s].map((ch) => (ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join("");

describe("label normalisation", () => {
  it("strips numbering and lead-ins but keeps 1-本月累计", () => {
    expect(normalizeLabel("其中：来信")).toBe("来信");
    expect(normalizeLabel("（一）　来 访")).toBe("来访");
    expect(normalizeLabel("一、信访总量：")).toBe("信访总量");
    expect(normalizeLabel("1.越级访")).toBe("越级访");
    expect(normalizeLabel("①集体访")).toBe("集体访");
    expect(normalizeLabel("1-本月累计")).toBe("1-本月累计");
  });

  it("any decoration of a known word (prefix, blanks, full width) reads the same", () => {
    const words = [...LABEL_WORDS.keys()].filter((w) => !/^\d/.test(w));
    const prefixes = ["", "其中：", "1.", "（一）", "一、", "(3)", "②", "其中:"];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom(...prefixes),
        fc.nat(3),
        fc.boolean(),
        (w, pre, gap, wide) => {
          const padded = w.length >= 2 ? w[0] + " ".repeat(gap) + w.slice(1) : w;
          const decorated = pre + (wide ? fullWidth(padded) : padded);
          expect(parseLabel(decorated).tokens).toEqual(parseLabel(w).tokens);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("label meaning (§6.2 synonym table)", () => {
  it.each([
    ["信访总量", "all.batches.ytd"],
    ["总量", "all.batches.ytd"],
    ["来信", "channel.letter.batches.ytd"],
    ["网上信访", "channel.online.batches.ytd"],
    ["上级交办", "channel.assigned.batches.ytd"],
    ["到区(到县)", "level.county.batches.ytd"],
    ["赴省", "level.province.batches.ytd"],
    ["进京", "level.national.batches.ytd"],
    ["越级访", "overlevel.batches.ytd"],
    ["集体访", "group.batches.ytd"],
    ["进京集体访", "group.national.batches.ytd"],
    ["非正常访", "abnormal.batches.ytd"],
    ["进京非正常访", "abnormal.batches.ytd"],
    ["重信重访", "repeat.batches.ytd"],
    ["初信初访", "first.batches.ytd"],
    ["民生问题类", "category.livelihood.batches.ytd"],
    ["本月来信人次", "channel.letter.persons.month"],
    ["初信初访办结率", "first.closedRate.ytd"],
    ["本月初信初访办结率", "first.closedRate.month"],
    ["按期办结率", "closed.onTimeRate.ytd"],
    ["参评率", "rated.rate.ytd"],
    ["满意率", "satisfaction.rate.ytd"],
    ["积案总数", "backlog.total"],
    ["已化解积案", "backlog.resolved"],
    ["积案未化解", "backlog.open"],
    ["积案化解率", "backlog.resolvedRate"],
    ["本月积案总数", "backlog.total"],
    ["组织人事问题类积案", "backlog.personnel.total"],
    ["超期未办结", "overdue.open"],
    ["进京走访纯人数", "target.unique.national.visitors"],
    ["信访总量去年同月", "all.batches.monthLastYear"],
    ["信访总量本月同比", "all.batches.monthYoY"],
    ["信访总量同比", "all.batches.ytdYoY"],
    ["信访总量与上月相比", "all.batches.monthMoM"],
    ["信访总量环比", "all.batches.monthMoM"],
    ["信访总量上月", "all.batches.lastMonth"],
    ["信访总量1-5月累计", "all.batches.ytd"],
    ["本月受理信访事项", "all.batches.month"],
    ["进京访人次", "level.national.persons.ytd"],
    ["集体访(5人以上)批次", "group.batches.ytd"],
  ])("%s → %s", (label, expected) => {
    expect(key(label)).toBe(expected);
  });

  it.each([
    ["来信来访", "two channels"],
    ["积案环比", "stocks have no comparison"],
    ["满意率同比", "rates have no comparison"],
    ["进京走访", "no level × channel count"],
    ["本月累计来信", "month and ytd at once"],
  ])("%s has no metric (%s)", (label) => {
    expect(key(label)).toBeUndefined();
  });

  it("titles, dates and signatures are not labels", () => {
    for (const t of ["XX镇信访工作月报（2023年5月）", "填报单位：XX镇", "注：本表自动生成", "审核人："])
      expect(parseLabel(t).ignored).toBe(true);
    expect(parseLabel("其他需说明事项")).toMatchObject({ ignored: false, tokens: undefined });
  });
});

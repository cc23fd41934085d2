import { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES } from "../../../src/core/classify/cues";
import { defaultConfig, readConfig } from "../../../src/core/config";
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { configGrid, DEFAULT_PARAMS, SAMPLE_LEADERS, SAMPLE_VILLAGES, sheet, workbook } from "../../helpers";

const read = (rows: (CellValue[] | undefined)[], name = "配置") => readConfig(workbook(sheet(name, rows)));
const codes = (r: ReturnType<typeof readConfig>) => r.findings.map((f) => `${f.code}@${f.cell}`);

describe("defaults", () => {
  test("no 配置 sheet → built-in defaults, no findings", () => {
    const r = readConfig(workbook(sheet("信访台账", [["登记日期"]])));
    expect(r.findings).toEqual([]);
    expect(r.config.params).toEqual(DEFAULT_PARAMS);
    expect(r.config.leaders).toEqual([]);
    expect(r.config.villages).toEqual([]);
    expect(r.config.categoryRules).toEqual([...DEFAULT_CATEGORY_RULES]);
    expect(r.config.domainRules).toEqual([...DEFAULT_DOMAIN_RULES]);
    expect(Object.values(r.config.fromSheet)).toEqual([false, false, false, false, false]);
  });

  test("defaultConfig returns fresh copies", () => {
    const a = defaultConfig();
    a.categoryRules[0].weight = 99;
    a.params.groupSize = 9;
    expect(defaultConfig().categoryRules[0].weight).toBe(DEFAULT_CATEGORY_RULES[0].weight);
    expect(defaultConfig().params.groupSize).toBe(5);
  });

  test("a missing block keeps its defaults while the others are read", () => {
    const r = readConfig(workbook(configGrid({ villages: SAMPLE_VILLAGES })));
    expect(r.config.fromSheet).toEqual({
      params: false,
      leaders: false,
      villages: true,
      categoryRules: false,
      domainRules: false,
    });
    expect(r.config.params).toEqual(DEFAULT_PARAMS);
    expect(r.config.villages.map((v) => v.name)).toEqual(["银河村", "九龙村", "东陆村", "通江村", "荫沙村"]);
  });
});

describe("参数", () => {
  test("all parameters, messy spellings", () => {
    const r = read([
      ["参数"],
      ["参数名", "取值", "说明"],
      ["辖区人口", "5.6万"],
      ["办理时限天数", "６０"],
      ["延期天数", 30],
      ["预警天数", "10天"],
      ["集体访人数", "5人"],
      ["一案一领导", "否"],
      ["月报起始日", 21],
      ["同比基数为0时", "100%"],
      ["节假日顺延", "是"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.params).toEqual({
      population: 56000,
      handlingDays: 60,
      extensionDays: 30,
      warningDays: 10,
      groupSize: 5,
      oneLeaderPerCase: false,
      reportStartDay: 21,
      yoyZeroBase: "100%",
      holidayShift: true,
    });
  });

  test("bad values → config.param with the fallback, default kept", () => {
    const r = read([["参数"], ["参数", "值"], ["辖区人口", "约五万"], ["月报起始日", 31], ["办理时限天数", "两个月"]]);
    expect(codes(r)).toEqual(["config.param@B3", "config.param@B4", "config.param@B5"]);
    expect(r.config.params.population).toBeNull();
    expect(r.config.params.reportStartDay).toBe(1);
    expect(r.config.params.handlingDays).toBe(60);
    expect(r.findings[1].message).toContain("月报起始日");
    expect(r.findings[1].message).toContain("1～28");
    expect(r.findings[1].message).toContain("已使用默认值 1");
  });

  test("unknown parameter name → config.value; repeated → config.duplicate (first wins)", () => {
    const r = read([["参数"], ["参数", "值"], ["集体访人数", 10], ["乡镇名称", "孟河镇"], ["集体访人数", 20]]);
    expect(codes(r)).toEqual(["config.value@A4", "config.duplicate@A5"]);
    expect(r.config.params.groupSize).toBe(10);
    expect(r.findings[0].message).toContain("乡镇名称");
    expect(r.findings[1].message).toContain("第 3 行");
  });

  test("synonyms of names and Excel-typed values (numbers, percent stored as 1, TRUE)", () => {
    const r = read([
      ["参数"],
      ["参数", "值"],
      ["人口", 56000],
      ["同比基数为零时", 1],
      ["一人包一案", true],
      ["统计起始日", "２１"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.params).toMatchObject({
      population: 56000,
      yoyZeroBase: "100%",
      oneLeaderPerCase: true,
      reportStartDay: 21,
    });
  });

  test("blank value keeps the default without a finding", () => {
    const r = read([["参数"], ["参数", "值"], ["辖区人口", null], ["预警天数", " "]]);
    expect(r.findings).toEqual([]);
    expect(r.config.params.population).toBeNull();
    expect(r.config.params.warningDays).toBe(7);
  });
});

describe("领导分工", () => {
  test("the sample leaders round-trip; padded names, lists and caps", () => {
    const r = readConfig(workbook(configGrid({ leaders: SAMPLE_LEADERS, villages: SAMPLE_VILLAGES })));
    expect(r.findings).toEqual([]);
    const yang = r.config.leaders.find((l) => l.name === "杨波");
    expect(yang).toEqual({
      name: "杨波",
      title: "副镇长",
      principal: false,
      duties: ["民生问题类", "社会保障"],
      villages: ["银河村"],
      cap: 5,
    });
    expect(r.config.leaders.filter((l) => l.principal).map((l) => l.name)).toEqual(["高栋", "周洪春"]);
  });

  test("messy rows: padded name, full-width, blank-separated lists, aliases in 包村, synonyms of headers", () => {
    const r = read([
      ["领导分工"],
      ["领导姓名", "职务", "是否主要领导", "分管", "联系村", "上限"],
      ["高  栋", "党委书记", "√", "", "", ""],
      ["周洪春", "政法委员", "否", "涉法涉诉  征地拆迁，人事", "九龙村委", "１０"],
      ["石青华", "副镇长", "N", "宅基地", "", null],
      [],
      ["村（社区）"],
      ["村名", "别名", "村级责任人", "包村领导"],
      ["九龙村", "九龙村委", "倪华强", ""],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.leaders).toEqual([
      { name: "高栋", title: "党委书记", principal: true, duties: [], villages: [], cap: null },
      {
        name: "周洪春",
        title: "政法委员",
        principal: false,
        duties: ["涉法涉诉", "征地拆迁", "组织人事问题类"],
        villages: ["九龙村"],
        cap: 10,
      },
      { name: "石青华", title: "副镇长", principal: false, duties: ["宅基地"], villages: [], cap: null },
    ]);
    expect(r.config.villages[0].leader).toBe("周洪春");
  });

  test("duplicate leader, bad 主要领导, bad cap, blank name, two names in one row", () => {
    const r = read([
      ["领导分工"],
      ["姓名", "职务", "主要领导", "分管领域", "包村", "包案上限"],
      ["梅卫峰", "副书记", "否", "", "", 5],
      ["梅 卫峰", "纪委书记", "是", "", "", 3],
      ["杨波", "副镇长", "也许", "", "", "很多"],
      [null, "副镇长", "否"],
      ["汤浩明、徐冰", "副镇长", "否"],
    ]);
    expect(codes(r)).toEqual([
      "config.duplicate@A4",
      "config.value@C5",
      "config.value@F5",
      "config.value@A6",
      "config.value@A7",
    ]);
    expect(r.config.leaders.map((l) => [l.name, l.title, l.principal, l.cap])).toEqual([
      ["梅卫峰", "副书记", false, 5],
      ["杨波", "副镇长", false, null],
      ["汤浩明", "副镇长", false, null],
    ]);
  });
});

describe("村(社区)", () => {
  test("aliases split and normalised, several 村级责任人 kept", () => {
    const r = read([
      ["村(社区)"],
      ["村(社区)", "简称", "责任人", "联系领导"],
      ["银河村", "银河村委 、 银河", "蒋亚军", null],
      ["荫沙村", "荫沙村委", "王  俍、李四", null],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.villages).toEqual([
      { name: "银河村", aliases: ["银河村委", "银河"], lead: "蒋亚军", leader: null },
      { name: "荫沙村", aliases: ["荫沙村委"], lead: "王俍、李四", leader: null },
    ]);
  });

  test("village listed twice, alias claimed by two villages, alias equal to another village → config.duplicate", () => {
    const r = read([
      ["村(社区)"],
      ["村名", "别名", "村级责任人", "包村领导"],
      ["银河村", "银河", "蒋亚军"],
      ["九龙村", "银河、东陆村", "倪华强"],
      ["银 河村", "", "张三"],
      ["东陆村", "", "杨孝良"],
    ]);
    expect(codes(r)).toEqual(["config.duplicate@B4", "config.duplicate@B4", "config.duplicate@A5"]);
    expect(r.config.villages.map((v) => [v.name, v.aliases, v.lead])).toEqual([
      ["银河村", ["银河"], "蒋亚军"],
      ["九龙村", [], "倪华强"],
      ["东陆村", [], "杨孝良"],
    ]);
    expect(r.findings[0].message).toContain("“银河”");
    expect(r.findings[0].message).toContain("第 3 行");
    expect(r.findings[1].message).toContain("第 6 行");
  });

  test("circular aliases (each village the other's alias) give findings, not a crash", () => {
    const r = read([["村(社区)"], ["村名", "别名"], ["甲村", "乙村"], ["乙村", "甲村"]]);
    expect(codes(r)).toEqual(["config.duplicate@B3", "config.duplicate@B4"]);
    expect(r.config.villages.map((v) => v.aliases)).toEqual([[], []]);
  });
});

describe("references between 领导分工 and 村(社区)", () => {
  const people = (leaderRows: CellValue[][], villageRows: CellValue[][]): SheetGrid =>
    sheet("配置", [
      ["领导分工"],
      ["姓名", "职务", "主要领导", "分管领域", "包村", "包案上限"],
      ...leaderRows,
      [],
      ["村(社区)"],
      ["村名", "别名", "村级责任人", "包村领导"],
      ...villageRows,
    ]);

  test("包村领导 not in 领导分工 → config.reference, kept for assignment", () => {
    const r = readConfig(workbook(people([["杨波", "副镇长", "否", "", "", ""]], [["银河村", "", "蒋亚军", "许波"]])));
    expect(codes(r)).toEqual(["config.reference@D7"]);
    expect(r.findings[0].message).toContain("许波");
    expect(r.config.villages[0].leader).toBe("许波");
  });

  test("a leader's 包村 naming an unknown village → config.reference, dropped", () => {
    const r = readConfig(
      workbook(people([["杨波", "副镇长", "否", "", "银河村、月亮村", ""]], [["银河村", "", "蒋亚军", ""]])),
    );
    expect(codes(r)).toEqual(["config.reference@E3"]);
    expect(r.findings[0].message).toContain("月亮村");
    expect(r.config.leaders[0].villages).toEqual(["银河村"]);
    expect(r.config.villages[0].leader).toBe("杨波");
  });

  test("contradiction: the village row wins, the leader's entry is reported", () => {
    const r = readConfig(
      workbook(
        people(
          [
            ["杨波", "副镇长", "否", "", "银河村", ""],
            ["许波", "副镇长", "否", "", "", ""],
          ],
          [["银河村", "", "蒋亚军", "许波"]],
        ),
      ),
    );
    expect(codes(r)).toEqual(["config.reference@E3"]);
    expect(r.findings[0].message).toContain("许波");
    expect(r.config.villages[0].leader).toBe("许波");
    expect(r.config.leaders.map((l) => [l.name, l.villages])).toEqual([
      ["杨波", []],
      ["许波", ["银河村"]],
    ]);
  });

  test("two leaders claiming a village with no 包村领导 → first wins, config.duplicate", () => {
    const r = readConfig(
      workbook(
        people(
          [
            ["杨波", "副镇长", "否", "", "银河", ""],
            ["许波", "副镇长", "否", "", "银河村", ""],
          ],
          [["银河村", "银河", "蒋亚军", ""]],
        ),
      ),
    );
    expect(codes(r)).toEqual(["config.duplicate@E4"]);
    expect(r.config.villages[0].leader).toBe("杨波");
    expect(r.config.leaders[1].villages).toEqual([]);
  });

  test("no 领导分工 block: 包村领导 are not judged", () => {
    const r = read([["村(社区)"], ["村名", "别名", "村级责任人", "包村领导"], ["银河村", "", "蒋亚军", "杨波"]]);
    expect(r.findings).toEqual([]);
    expect(r.config.villages[0].leader).toBe("杨波");
  });
});

describe("分类规则 / 领域规则", () => {
  const rulesSheet = (title: string, rows: CellValue[][], params: CellValue[][] = []) =>
    read([
      ...(params.length ? [["参数"], ["参数", "值"], ...params, []] : []),
      [title],
      [title === "分类规则" ? "类别" : "领域", "关键词", "权重"],
      ...rows,
    ]);

  test("rows add to the defaults; a built-in keyword gets the new weight; 权重 0 removes it", () => {
    const r = rulesSheet("分类规则", [
      ["民生", "宅基地", 3],
      ["民生问题类", "低保、自来水", null],
      ["其它遗留问题类", "当年", 0],
    ]);
    expect(r.findings).toEqual([]);
    const rules = r.config.categoryRules;
    expect(rules).toContainEqual({ target: "民生问题类", keyword: "宅基地", weight: 3 });
    expect(rules).toContainEqual({ target: "民生问题类", keyword: "自来水", weight: 1 });
    expect(rules.filter((x) => x.keyword === "低保" && x.target === "民生问题类")).toEqual([
      { target: "民生问题类", keyword: "低保", weight: 1 },
    ]);
    expect(rules.some((x) => x.keyword === "当年" && x.target === "其它遗留问题类")).toBe(false);
    expect(rules.length).toBe(DEFAULT_CATEGORY_RULES.length + 2 - 1);
    expect(r.config.domainRules).toEqual([...DEFAULT_DOMAIN_RULES]);
    expect(r.config.fromSheet.categoryRules).toBe(true);
  });

  test("参数 分类规则 = 替换 uses the sheet's rows alone", () => {
    const r = rulesSheet(
      "分类规则",
      [
        ["民生问题类", "宅基地", 2],
        ["组织人事问题类", "村务", "１.5"],
      ],
      [["分类规则", "替换"]],
    );
    expect(r.findings).toEqual([]);
    expect(r.config.categoryRules).toEqual([
      { target: "民生问题类", keyword: "宅基地", weight: 2 },
      { target: "组织人事问题类", keyword: "村务", weight: 1.5 },
    ]);
  });

  test("领域规则 with unknown domain, bad weight, empty keyword, duplicate row", () => {
    const r = rulesSheet("领域规则", [
      ["征地", "安置房", 2],
      ["土地流转", "承包地", "高"],
      ["土地流转", "", 1],
      ["涉法涉诉", "判决书", 2],
      ["涉法涉诉", "判决书", 3],
    ]);
    expect(codes(r)).toEqual(["config.value@A3", "config.value@C4", "config.value@B5", "config.duplicate@B7"]);
    expect(r.findings[0].suggestion).toBe("征地拆迁");
    expect(r.findings[0].message).toContain("征地拆迁");
    expect(r.config.domainRules).toContainEqual({ target: "涉法涉诉", keyword: "判决书", weight: 2 });
    expect(r.config.domainRules.some((x) => x.keyword === "安置房" || x.keyword === "承包地")).toBe(false);
  });

  test("替换 without a rules block → config.param, defaults kept", () => {
    const r = read([["参数"], ["参数", "值"], ["领域规则", "替换"]]);
    expect(codes(r)).toEqual(["config.param@B3"]);
    expect(r.config.domainRules).toEqual([...DEFAULT_DOMAIN_RULES]);
  });
});

describe("layout", () => {
  test("title rows above, blocks in another order, numbered titles, full-width brackets, no separating blank rows", () => {
    const r = read([
      ["孟河镇信访台账助手配置"],
      ["（2023年修订）"],
      [],
      ["三、村（社区）"],
      ["村名", "别名", "村级责任人", "包村领导"],
      ["东陆村", "东陆村委", "杨孝良", "梅卫峰"],
      ["一、领导分工"],
      ["姓名", "职务", "主要领导", "分管领域", "包村", "包案上限"],
      ["梅卫峰", "党委副书记", "否", "其它遗留", "东陆村", 8],
      [],
      ["（二）参数"],
      ["参数", "值"],
      ["集体访人数", "６"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.villages.map((v) => v.name)).toEqual(["东陆村"]);
    expect(r.config.leaders[0]).toMatchObject({
      name: "梅卫峰",
      duties: ["其它遗留问题类"],
      villages: ["东陆村"],
      cap: 8,
    });
    expect(r.config.params.groupSize).toBe(6);
  });

  test("a header row without a title row above it opens the block", () => {
    const r = read([
      ["参数", "值"],
      ["预警天数", 3],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.params.warningDays).toBe(3);
    expect(r.config.fromSheet.params).toBe(true);
  });

  test("a 参数 row named like a block (分类规则 | 替换) stays a parameter", () => {
    const r = read([
      ["参数"],
      ["参数", "值"],
      ["分类规则", "替换"],
      ["预警天数", 3],
      [],
      ["分类规则"],
      ["类别", "关键词"],
      ["民生", "低保"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.config.params.warningDays).toBe(3);
    expect(r.config.categoryRules).toEqual([{ target: "民生问题类", keyword: "低保", weight: 1 }]);
  });

  test("header missing a required column → config.header, block defaults", () => {
    const r = read([["领导分工"], ["职务", "主要领导"], ["党委书记", "是"]]);
    expect(codes(r)).toEqual(["config.header@A2"]);
    expect(r.findings[0].message).toContain("姓名");
    expect(r.config.leaders).toEqual([]);
    expect(r.config.fromSheet.leaders).toBe(false);
  });

  test("unknown and repeated header columns → config.value, block still read", () => {
    const r = read([["领导分工"], ["姓名", "包案上线", "职务", "姓名"], ["杨波", 3, "副镇长", "许波"]]);
    expect(codes(r)).toEqual(["config.value@B2", "config.value@D2"]);
    expect(r.config.leaders).toEqual([
      { name: "杨波", title: "副镇长", principal: false, duties: [], villages: [], cap: null },
    ]);
  });

  test("a block repeated → config.duplicate, the first is used", () => {
    const r = read([["参数"], ["参数", "值"], ["预警天数", 3], [], ["参数"], ["参数", "值"], ["预警天数", 5]]);
    expect(codes(r)).toEqual(["config.duplicate@A5"]);
    expect(r.config.params.warningDays).toBe(3);
  });

  test("a 配置 sheet with content but no block → config.header", () => {
    const r = read([
      ["姓名", "职务"],
      ["杨波", "副镇长"],
    ]);
    expect(codes(r)).toEqual(["config.header@A1"]);
  });

  test("ragged rows, undefined rows and error cells do not crash", () => {
    const r = read([
      undefined,
      ["参数"],
      ["参数", "值"],
      ["辖区人口", { error: "#REF!" }],
      ["预警天数"],
      undefined,
      ["村(社区)"],
      ["村名"],
      [{ error: "#N/A" }],
    ]);
    expect(codes(r)).toEqual(["config.param@B4"]);
    expect(r.config.villages.map((v) => v.name)).toEqual(["#N/A"]);
  });

  test("the sheet may be called 配置表", () => {
    expect(read([["参数"], ["参数", "值"], ["预警天数", 2]], "配置表").config.params.warningDays).toBe(2);
  });

  test("findings are on the config sheet, field null, sorted by row, Chinese messages with no placeholders left", () => {
    const r = read([
      ["参数"],
      ["参数", "值"],
      ["辖区人口", "很多"],
      ["未知项", 1],
      [],
      ["领导分工"],
      ["姓名"],
      ["杨波"],
      ["杨波"],
    ]);
    expect(r.findings.length).toBe(3);
    for (const f of r.findings) {
      expect(f.sheet).toBe("配置");
      expect(f.field).toBeNull();
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
    expect(r.findings.map((f) => f.row)).toEqual([3, 4, 9]);
  });
});

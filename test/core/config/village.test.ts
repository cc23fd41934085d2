import { findVillage, readConfig } from "../../../src/core/config";
import { makeConfig, SAMPLE_VILLAGES, SEED004_ROWS } from "../../helpers";

describe("findVillage", () => {
  const config = makeConfig();

  test("seed 004 addresses", () => {
    const found = SEED004_ROWS.map((r) => findVillage(String(r[2]), config));
    expect(found).toEqual([null, null, "银河村", "九龙村", "东陆村", "东陆村", "银河村", "通江村", null, "荫沙村"]);
  });

  test("exact names and aliases, padded and full-width", () => {
    expect(findVillage("银河村", config)).toBe("银河村");
    expect(findVillage("银河", config)).toBe("银河村");
    expect(findVillage(" 九 龙 村 ", config)).toBe("九龙村");
    expect(findVillage("荫沙村委", config)).toBe("荫沙村");
    expect(findVillage("", config)).toBeNull();
    expect(findVillage("孟河镇政府", config)).toBeNull();
  });

  test("the longest name wins, then the earliest", () => {
    const c = makeConfig({
      villages: [
        { name: "东村", aliases: [], lead: null, leader: null },
        { name: "东陆村", aliases: [], lead: null, leader: null },
        { name: "银河村", aliases: ["银河"], lead: null, leader: null },
      ],
    });
    expect(findVillage("东陆村委龙门港4号", c)).toBe("东陆村");
    // Equal length: the earlier one, since addresses run from the larger unit to the smaller.
    expect(findVillage("银河小区东村路", c)).toBe("银河村");
    expect(findVillage("东村银河", c)).toBe("东村");
    expect(findVillage("银河村东村组", c)).toBe("银河村");
  });

  test("no villages configured → null", () => {
    expect(findVillage("银河村委永宁圩80号", makeConfig({ villages: [] }))).toBeNull();
  });

  test("a village list grown in place is seen (cache guard)", () => {
    const c = makeConfig({ villages: SAMPLE_VILLAGES.map((v) => ({ ...v })) });
    expect(findVillage("新建村3组", c)).toBeNull();
    c.villages.push({ name: "新建村", aliases: [], lead: null, leader: null });
    expect(findVillage("新建村3组", c)).toBe("新建村");
  });

  test("works on a config read from a sheet with full-width aliases", () => {
    const { config: read } = readConfig({
      sheets: [{ name: "配置", merges: [], rows: [["村(社区)"], ["村名", "别名"], ["通江村", "通江村委，ＴＪ村"]] }],
    });
    expect(findVillage("TJ村5组", read)).toBe("通江村");
  });
});

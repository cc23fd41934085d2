/**
 * Seed 004's attachment as a clerk would have it in Excel: the title row, a two-row header with
 * 包案领导 merged over 镇 | 村, and the ten rows exactly as printed (padded names, two leaders
 * separated by a run of blanks, a trailing blank after 封振成).
 */
import type { CellValue, WorkbookGrid } from "../../src/core/grid";

export const SEED004_TITLE = "2020年孟河镇信访积案领导包案情况汇总表";

export const SEED004_ROWS: CellValue[][] = [
  [1, "殷  飞", "东庭苑5幢甲单元1402室", "高  栋                      周洪春", "倪华强"],
  [2, "沙凌云    黄常荣", "东庭苑5幢乙单元1101室", "高  栋                   石青华", "管忠芳"],
  [3, "戴彩萍", "银河村委永宁圩80号", "杨  波                   许  波", "蒋亚军"],
  [4, "吴建国", "九龙村委四圩里16号", "杨  波                   周洪春", "倪华强"],
  [5, "杨小宽", "东陆村委龙门港4号", "梅卫峰", "杨孝良"],
  [6, "严珍芳", "东陆村委庙边村委小圩埭9号", "梅卫峰", "杨孝良"],
  [7, "蒋风平", "银河村委茅庵村委五圩埭39号", "高  栋", "蒋亚军"],
  [8, "汤来仙", "通江村委董家村委谭家村61号", "汤浩明", "管忠芳"],
  [9, "封振成 ", "通江花苑21幢7号", "徐  冰", "蒋亚军"],
  [10, "汤可云    吴纪美    汤建强", "荫沙村委南荫村委杨八圩15号", "丁国强", "王  俍"],
];

/** Rows (0-based): 0 title (merged A1:E1), 1 header, 2 sub-header (镇 | 村), 3..12 data. */
export function seed004Workbook(sheetName = "Sheet1"): WorkbookGrid {
  return {
    sheets: [
      {
        name: sheetName,
        rows: [
          [SEED004_TITLE],
          ["序号", "姓名", "户籍地", "包案领导", null],
          [null, null, null, "镇", "村"],
          ...SEED004_ROWS,
        ],
        merges: [
          { r1: 0, c1: 0, r2: 0, c2: 4 },
          { r1: 1, c1: 0, r2: 2, c2: 0 },
          { r1: 1, c1: 1, r2: 2, c2: 1 },
          { r1: 1, c1: 2, r2: 2, c2: 2 },
          { r1: 1, c1: 3, r2: 1, c2: 4 },
        ],
      },
    ],
  };
}

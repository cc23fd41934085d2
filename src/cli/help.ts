/** `xinfang --help`, in Chinese. */
import type { CommandName } from "./args";

const USAGE: Record<CommandName, string> = {
  check: `xinfang check <台账.xlsx> [--sheet 表名] [--today YYYY-MM-DD] [--json 结果.json] [--out 标记副本.xlsx] [--include-personal]
  校验信访台账：找到表头，逐格检查日期、身份证号、电话、取值、办结材料、时限、重复登记等。
  --sheet     台账所在工作表（默认自动识别，通常为“信访台账”）
  --today     以哪一天为“今天”判断超期、未来日期（默认北京时间今天）
  --json      把全部问题写成 JSON 文件
  --out       写出一个副本：问题单元格按严重程度着色并附批注，另加“校验结果”表
  --include-personal  JSON 和屏幕输出中显示完整身份证号、电话（默认打码）
  退出码：0 无错误；1 有错误级问题；2 文件无法读取或参数有误`,
  assign: `xinfang assign <台账.xlsx> --out 结果.xlsx [--json 结果.json] [--overwrite] [--today YYYY-MM-DD] [--sheet 表名]
  按诉求内容确定问题类别、重点领域，按领导分工分配包案领导、村级责任人和化解时限。
  --overwrite 覆盖已填写的单元格（默认只填空白单元格）`,
  report: `xinfang report <台账.xlsx> --month YYYY-MM --out 月报.xlsx [--json 结果.json] [--sheet 台账表名] [--report-sheet 月报表名] [--today YYYY-MM-DD]
  统计当月及累计、同比、环比的信访总量、形式、层级、积案等指标，填入工作簿中的“月报”表，并重写“月报明细”表。
  --merge     合并多个乡镇的台账出县级月报：xinfang report --merge 甲镇.xlsx 乙镇.xlsx --month 2026-10 --out 县.xlsx
              （同一身份证号的信访人只算一人；各乡镇分列在“月报明细”；以第一个工作簿的月报模板为准）`,
  "init-config": `xinfang init-config <台账.xlsx> --out 结果.xlsx
  加入带默认参数和示例行的“配置”表（已有“配置”表时保持原样）。`,
  "init-report": `xinfang init-report <台账.xlsx> --out 结果.xlsx
  加入默认“月报”模板（已有“月报”表时保持原样）。`,
};

export function helpText(command?: CommandName): string {
  if (command) return "用法：" + USAGE[command];
  return [
    "信访台账助手 xinfang —— 校验信访台账、分配包案领导、填写月报。原始台账从不修改，结果写入 --out 指定的新文件。",
    "",
    ...Object.values(USAGE).map((u) => u + "\n"),
    "示例：",
    "  xinfang check 2026年信访台账.xlsx --out 校验结果.xlsx",
    "  xinfang assign 2026年信访台账.xlsx --out 已分配.xlsx",
    "  xinfang report 2026年信访台账.xlsx --month 2026-10 --out 10月月报.xlsx",
  ].join("\n");
}

import { parseArgs } from "../../src/cli/args";
import { UserError } from "../../src/hosts/port";

const err = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error("expected a UserError");
};

describe("argument parsing", () => {
  it("reads a command, its file and flags in any order, with `--flag value` and `--flag=value`", () => {
    const a = parseArgs(["check", "--today", "2026-11-23", "台账.xlsx", "--json=结果.json", "--include-personal"]);
    expect(a).toEqual({
      command: "check",
      files: ["台账.xlsx"],
      flags: { today: "2026-11-23", json: "结果.json", "include-personal": true },
    });
  });

  it("shows help for no arguments, --help, and `<command> --help`", () => {
    expect(parseArgs([]).command).toBe("help");
    expect(parseArgs(["--help"]).command).toBe("help");
    expect(parseArgs(["assign", "--help"])).toEqual({ command: "help", files: ["assign"], flags: {} });
  });

  it("explains misuse in Chinese", () => {
    expect(err(["checkk", "a.xlsx"])).toContain("未知命令“checkk”");
    expect(err(["check", "a.xlsx", "--month", "2026-10"])).toContain("不支持参数 --month");
    expect(err(["assign", "a.xlsx"])).toContain("需要参数 --out");
    expect(err(["check", "a.xlsx", "--json"])).toContain("--json 缺少取值");
    expect(err(["check", "a.xlsx", "--json", "--out", "b.xlsx"])).toContain("--json 缺少取值");
    expect(err(["check"])).toContain("请给出要处理的台账文件");
    expect(err(["check", "a.xlsx", "b.xlsx"])).toContain("只处理一个文件");
    expect(err(["report", "a.xlsx", "b.xlsx", "--month", "2026-10", "--out", "c.xlsx"])).toContain("--merge");
    expect(err(["assign", "a.xlsx", "--out", "b.xlsx", "--overwrite=yes"])).toContain("不带取值");
  });
});

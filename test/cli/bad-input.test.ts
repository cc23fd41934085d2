import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { cli, tempDir } from "./helpers";

describe("unreadable input: a Chinese message naming the file, exit 2, no output, no stack trace", () => {
  let dir: string;
  beforeAll(() => (dir = tempDir()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a missing file", () => {
    const out = path.join(dir, "out.xlsx");
    const r = cli(["check", path.join(dir, "不存在.xlsx"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：找不到文件“.*不存在\.xlsx”/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a text file named .xlsx, an old .xls (OLE) file, and a folder", () => {
    const txt = path.join(dir, "台账.xlsx");
    fs.writeFileSync(txt, "序号,登记日期,信访人\n1,2026-03-05,殷飞\n");
    const xls = path.join(dir, "老台账.xls");
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    for (const [file, name] of [
      [txt, "台账.xlsx"],
      [xls, "老台账.xls"],
      [dir, path.basename(dir)],
    ]) {
      const out = path.join(dir, "out.xlsx");
      const r = cli(["check", file, "--out", out, "--json", path.join(dir, "out.json")]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(name);
      expect(r.stderr).toMatch(/^错误：/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(path.join(dir, "out.json"))).toBe(false);
    }
  });

  it("the real command prints one Chinese line on stderr and exits 2 (no stack trace)", () => {
    const txt = path.join(dir, "坏文件.xlsx");
    fs.writeFileSync(txt, "not a workbook");
    const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");
    const r = spawnSync(tsx, [main, "check", txt], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("坏文件.xlsx");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

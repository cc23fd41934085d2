import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkOutputs, readInputFile, sameFile, writeFileAtomic } from "../../src/cli/io";

describe("CLI file I/O", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xinfang-io-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes through a temporary file and leaves nothing else behind", () => {
    const file = path.join(dir, "结果.xlsx");
    fs.writeFileSync(file, "old");
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(["结果.xlsx"]);
  });

  it("leaves no partial file when the write fails", () => {
    const target = path.join(dir, "sub");
    fs.mkdirSync(target); // renaming a file over a directory fails
    expect(() => writeFileAtomic(target, "x")).toThrow(/无法写入/);
    expect(fs.readdirSync(dir)).toEqual(["sub"]);
    expect(() => writeFileAtomic(path.join(dir, "没有", "a.xlsx"), "x")).toThrow(/文件夹.*不存在/);
  });

  it("recognises the input under another name: relative path, ./, a symlink", () => {
    const input = path.join(dir, "台账.xlsx");
    fs.writeFileSync(input, "x");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const rel = path.relative(process.cwd(), input);
    expect(sameFile(input, rel)).toBe(true);
    expect(sameFile(input, path.join(dir, ".", "台账.xlsx"))).toBe(true);
    expect(sameFile(input, link)).toBe(true);
    expect(sameFile(input, path.join(dir, "other.xlsx"))).toBe(false);
    expect(() => checkOutputs([input], [link])).toThrow(/就是输入文件/);
    expect(() => checkOutputs([input], [path.join(dir, "o.xlsx"), path.join(dir, "o.xlsx")])).toThrow(/同一个文件/);
    expect(() => checkOutputs([input], [path.join(dir, "o.xlsx"), undefined])).not.toThrow();
  });

  it("names the file and the reason when it cannot be read", () => {
    expect(() => readInputFile(path.join(dir, "缺失.xlsx"))).toThrow(/找不到文件“.*缺失\.xlsx”/);
    expect(() => readInputFile(dir)).toThrow(/是一个文件夹/);
  });
});

/**
 * File I/O of the CLI, the only place that touches the disk. Reads are whole-file; writes go to a
 * temporary file in the target folder and are renamed into place, so a crash or a full disk never
 * leaves half a workbook. The input is never written: every output path is compared with it first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../hosts/port";
import { jsonPieces } from "./json-stream";
import { tooBig } from "./v8-limits";

function errno(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

/** Chinese reason for a file-system error code (what a clerk can act on). */
function reason(e: unknown): string {
  switch (errno(e)) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "EACCES":
    case "EPERM":
      return "没有访问权限（文件可能正被 Excel/WPS 打开，或是只读文件）";
    case "EBUSY":
      return "文件正被其他程序占用，请先在 Excel/WPS 中关闭它";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EROFS":
      return "磁盘是只读的";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export function readInputFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    if (errno(e) === "ENOENT") throw new UserError(`找不到文件“${file}”。请检查路径和文件名。`, "unreadable");
    throw new UserError(`无法读取“${file}”：${reason(e)}。`, "unreadable");
  }
  if (stat.isDirectory()) throw new UserError(`“${file}”是一个文件夹，不是 Excel 工作簿。`, "unreadable");
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new UserError(`无法读取“${file}”：${reason(e)}。`, "unreadable");
  }
}

/** The same file, whether named by another relative path, a symlink, or a different letter case on Windows. */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  if (process.platform === "win32" && ra.toLowerCase() === rb.toLowerCase()) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev && sa.ino !== 0;
  } catch {
    return false;
  }
}

/** Refuses an output path that is an input (the tool never modifies the user's workbook) or used twice. */
export function checkOutputs(inputs: readonly string[], outputs: readonly (string | undefined)[]): void {
  const given = outputs.filter((o): o is string => o !== undefined);
  for (const out of given) {
    for (const input of inputs) {
      if (sameFile(input, out)) {
        throw new UserError(
          `输出文件“${out}”就是输入文件。本工具从不修改原始台账，请用 --out/--json 指定另一个文件名。`,
          "invalid",
        );
      }
    }
  }
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      if (sameFile(given[i], given[j])) throw new UserError(`--out 与 --json 不能是同一个文件（${given[i]}）。`);
    }
  }
}

/** Writes all or nothing: a temporary file next to the target, then a rename over it. */
export function writeFileAtomic(file: string, data: Uint8Array | string | Iterable<string>): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new UserError(`无法写入“${file}”：文件夹“${dir}”不存在。`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    if (typeof data === "string" || data instanceof Uint8Array) fs.writeFileSync(tmp, data);
    else writePieces(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The temporary file may not exist; nothing else to clean.
    }
    // Too big for V8 (a string or buffer past its limit): the top level says so with the remedies.
    if (tooBig(e)) throw e;
    throw new UserError(`无法写入“${file}”：${reason(e)}。`);
  }
}

/** Text given in pieces, written in blocks of about a megabyte (a JSON of millions of findings). */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = fs.openSync(file, "w");
  try {
    let block = "";
    for (const p of pieces) {
      block += p;
      if (block.length > 1 << 20) {
        fs.writeSync(fd, block);
        block = "";
      }
    }
    fs.writeSync(fd, block);
  } finally {
    fs.closeSync(fd);
  }
}

export function writeJson(file: string, value: unknown): void {
  writeFileAtomic(
    file,
    (function* () {
      yield* jsonPieces(value);
      yield "\n";
    })(),
  );
}

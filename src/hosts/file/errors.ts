/**
 * Recognising what a user picked when it is not an .xlsx, so the message says what to do: an old
 * .xls and a password-protected workbook are both OLE compound files; only the latter has an
 * `EncryptionInfo` stream.
 */
import { UserError } from "../port";
import { isZip } from "./zip";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function fileLabel(fileName?: string): string {
  return fileName ? `文件“${fileName}”` : "该文件";
}

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Whether a compound file has a directory entry named EncryptionInfo. Directory entries are 128
 * bytes, aligned to 128 in the file, with the UTF-16LE name first and its byte length (incl. the
 * terminator) at offset 64; checking that shape avoids matching the word inside cell data.
 */
export function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = "EncryptionInfo";
  const first = name.charCodeAt(0);
  for (let p = 512; p + 128 <= bytes.length; p += 128) {
    if (bytes[p] !== first || bytes[p + 1] !== 0) continue;
    if (bytes[p + 64] !== (name.length + 1) * 2 || bytes[p + 65] !== 0) continue;
    let ok = true;
    for (let i = 0; i < name.length && ok; i++)
      ok = bytes[p + 2 * i] === name.charCodeAt(i) && bytes[p + 2 * i + 1] === 0;
    if (ok) return true;
  }
  return false;
}

/** Throws the right UserError when the bytes are not a zip package; returns when they are. */
export function assertZip(bytes: Uint8Array, fileName?: string): void {
  if (isZip(bytes)) return;
  const f = fileLabel(fileName);
  if (isCfb(bytes)) {
    if (hasEncryptionInfo(bytes)) {
      throw new UserError(
        `${f}设置了打开密码，助手无法读取。请在 Excel 中取消密码后另存为 .xlsx，再重新选择文件。`,
        "protected",
      );
    }
    throw new UserError(
      `${f}是旧版 Excel 97-2003（.xls）格式。请在 Excel/WPS 中另存为 .xlsx 格式后再试。`,
      "unreadable",
    );
  }
  throw new UserError(
    `${f}不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）。请在 Excel/WPS 中打开并另存为 .xlsx 后再试。`,
    "unreadable",
  );
}

export function corruptZip(fileName?: string): UserError {
  return new UserError(
    `${fileLabel(fileName)}不是有效的 .xlsx 文件（压缩包已损坏或不完整）。请在 Excel/WPS 中打开并另存为 .xlsx 后再试。`,
    "unreadable",
  );
}

export function notWorkbook(fileName?: string): UserError {
  return new UserError(
    `${fileLabel(fileName)}不是 Excel 工作簿（其中没有 xl/workbook.xml）。请选择用 Excel 或 WPS 保存的 .xlsx 台账文件。`,
    "unreadable",
  );
}

export function noSheets(fileName?: string): UserError {
  return new UserError(`${fileLabel(fileName)}中没有工作表。请确认选择的是信访台账文件。`, "unreadable");
}

export function formulaCell(sheet: string, ref: string): UserError {
  return new UserError(
    `工作表“${sheet}”的 ${ref} 单元格是公式，助手不会改写公式。请改为直接填写数值，或取消这项修改。`,
    "invalid",
  );
}

export function unknownSheet(sheet: string): UserError {
  return new UserError(`找不到工作表“${sheet}”。请确认工作表名称没有被修改。`, "changed");
}

/**
 * A minimal zip reader/writer for OPC packages. Hand-rolled on top of fflate's raw inflate/deflate
 * so that (1) parts are inflated only when someone reads them (a 100k-row workbook has parts the
 * engine never looks at), and (2) parts we did not change are copied to the output as their
 * original compressed bytes: no re-deflate cost and no chance of altering them.
 */
import { Inflate, unzipSync } from "fflate";
import { zipCodec } from "./codec";

export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  /** Compressed bytes (a view into the input, not a copy). */
  raw: Uint8Array;
}

export class ZipFormatError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** The zip64 extended information extra field. */
const ZIP64_EXTRA = 0x0001;
/** A field at its maximum means "see the zip64 record or extra field". */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const utf8 = new TextDecoder("utf-8");
const cp437ish = new TextDecoder("latin1");

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** Reads the central directory. Falls back to fflate's full unzip for odd archives. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  try {
    return readDirectory(bytes);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    let all: Record<string, Uint8Array>;
    try {
      all = unzipSync(bytes);
    } catch {
      throw e;
    }
    // Kept uncompressed (method 0): valid, and no time spent re-deflating parts we may not touch.
    return Object.entries(all).map(([name, data]) => ({
      name,
      method: 0,
      crc: crc32(data),
      compressedSize: data.length,
      size: data.length,
      dosTime: 0,
      dosDate: 33,
      raw: data,
    }));
  }
}

/**
 * The entries as the central directory states them (zip64 included), nothing inflated: the host's
 * reader, and the CLI's pre-flight, which judges sizes before loading. Throws a ZipFormatError for
 * anything it cannot read (encrypted or unknown methods included).
 */
export function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, start } = directoryEnd(view);
  let p = start;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipFormatError("bad central entry");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const extra = p + 46 + nameLen;
    let size = view.getUint32(p + 24, true);
    let compressedSize = view.getUint32(p + 20, true);
    let localOffset = view.getUint32(p + 42, true);
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      [size, compressedSize, localOffset] = zip64Fields(view, extra, extra + extraLen, [
        size,
        compressedSize,
        localOffset,
      ]);
    }
    if (flags & 1) throw new ZipFormatError("encrypted entry");
    if (method !== 0 && method !== 8) throw new ZipFormatError("unsupported method");
    const nameBytes = bytes.subarray(p + 46, extra);
    const name = (flags & 0x800 ? utf8 : cp437ish).decode(nameBytes);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== SIG_LOCAL) {
      throw new ZipFormatError("bad local header");
    }
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError("truncated");
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, method, crc, compressedSize, size, dosTime, dosDate, raw });
    p = extra + extraLen + commentLen;
  }
  return entries;
}

/** Where the central directory starts and how many entries it has, from the end record(s). */
function directoryEnd(view: DataView): { count: number; start: number } {
  let eocd = -1;
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  const start = view.getUint32(eocd + 16, true);
  // Only a field at its maximum sends us to the zip64 record (APPNOTE 4.4.1.4): the others are exact.
  if (count !== MAX16 && start !== MAX32) return { count, start };
  // The zip64 locator sits right before the end record and points to the zip64 end record.
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) throw new ZipFormatError("no zip64 locator");
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== SIG_ZIP64_EOCD) {
    throw new ZipFormatError("bad zip64 end record");
  }
  return { count: uint64(view, record + 32), start: uint64(view, record + 48) };
}

/**
 * The 64-bit values of the fields given at their 32-bit maximum, from the zip64 extra field, which
 * holds them in this order (uncompressed size, compressed size, local header offset), and only them.
 */
function zip64Fields(view: DataView, from: number, to: number, fields: readonly number[]): number[] {
  const end = Math.min(to, view.byteLength);
  for (let p = from; p + 4 <= end; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) !== ZIP64_EXTRA) continue;
    const fieldEnd = Math.min(end, p + 4 + view.getUint16(p + 2, true));
    let q = p + 4;
    return fields.map((value) => {
      if (value !== MAX32) return value;
      if (q + 8 > fieldEnd) throw new ZipFormatError("short zip64 extra field");
      q += 8;
      return uint64(view, q - 8);
    });
  }
  throw new ZipFormatError("no zip64 extra field");
}

/** Exact below 2^53; anything larger is past the end of any array anyway and fails the bounds checks. */
function uint64(view: DataView, p: number): number {
  return view.getUint32(p, true) + view.getUint32(p + 4, true) * 2 ** 32;
}

export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.raw;
  return zipCodec().inflateRaw(e.raw, e.size);
}

/**
 * The first `n` bytes of an entry's content (fewer when it is shorter), inflating only the start of
 * its stream: a sheet's `<dimension>` sits in its first few hundred bytes.
 */
export function inflateHead(e: ZipEntry, n: number): Uint8Array {
  if (e.method === 0) return e.raw.subarray(0, n);
  const out = new Uint8Array(Math.min(e.size, n));
  let filled = 0;
  // fflate's streaming inflater hands out chunks as it goes, so a cut-off stream is fine; a 64 KB
  // prefix of the compressed bytes inflates to far more than a head.
  const inflater = new Inflate((chunk) => {
    const k = Math.min(chunk.length, out.length - filled);
    out.set(chunk.subarray(0, k), filled);
    filled += k;
  });
  inflater.push(e.raw.subarray(0, 1 << 16), false);
  return out.subarray(0, filled);
}

/** A new entry for content we wrote; deflated now so toBytes only concatenates. */
export function storedEntry(name: string, data: Uint8Array): ZipEntry {
  const codec = zipCodec();
  const raw = codec.deflateRaw(data);
  // DOS date 1980-01-01 00:00, as Excel writes it: output does not depend on the clock.
  return {
    name,
    method: 8,
    crc: codec.crc32 ? codec.crc32(data) : crc32(data),
    compressedSize: raw.length,
    size: data.length,
    dosTime: 0,
    dosDate: 33,
    raw,
  };
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * names[i].length + e.raw.length));
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    p = writeHeader(view, out, p, SIG_LOCAL, e, names[i], 0);
    out.set(e.raw, p);
    p += e.raw.length;
  });
  const cdStart = p;
  entries.forEach((e, i) => (p = writeHeader(view, out, p, SIG_CENTRAL, e, names[i], offsets[i])));
  view.setUint32(p, SIG_EOCD, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}

function writeHeader(
  view: DataView,
  out: Uint8Array,
  p: number,
  sig: number,
  e: ZipEntry,
  name: Uint8Array,
  localOffset: number,
): number {
  const central = sig === SIG_CENTRAL;
  const nonAscii = name.some((b) => b > 0x7f);
  view.setUint32(p, sig, true);
  let q = p + 4;
  if (central) {
    view.setUint16(q, 20, true); // made by
    q += 2;
  }
  view.setUint16(q, 20, true); // version needed
  view.setUint16(q + 2, nonAscii ? 0x800 : 0, true);
  view.setUint16(q + 4, e.method, true);
  view.setUint16(q + 6, e.dosTime, true);
  view.setUint16(q + 8, e.dosDate, true);
  view.setUint32(q + 10, e.crc, true);
  view.setUint32(q + 14, e.raw.length, true);
  view.setUint32(q + 18, e.size, true);
  view.setUint16(q + 22, name.length, true);
  view.setUint16(q + 24, 0, true); // extra
  q += 26;
  if (central) {
    // comment length, disk, internal attrs, external attrs, local header offset
    view.setUint16(q, 0, true);
    view.setUint16(q + 2, 0, true);
    view.setUint16(q + 4, 0, true);
    view.setUint32(q + 6, 0, true);
    view.setUint32(q + 10, localOffset, true);
    q += 14;
  }
  out.set(name, q);
  return q + name.length;
}

let crcTable: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

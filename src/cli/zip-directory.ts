/**
 * The zip's central directory, read without inflating anything: part names and their uncompressed
 * sizes, so the CLI can judge a workbook's size before loading it (preflight.ts). Separate from the
 * file host's reader on purpose: this one never inflates, never falls back to a full unzip, and
 * answers undefined for anything unusual (the host then reports a damaged file in its own words).
 */
import { Inflate, inflateSync } from "fflate";

export interface DirectoryEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as the directory states it. */
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;
const utf8 = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function zip64Sizes(bytes: Uint8Array, extra: number, end: number, size: number, compressed: number): [number, number] {
  const v = view(bytes);
  for (let p = extra; p + 4 <= end;) {
    const id = v.getUint16(p, true);
    const len = v.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const read = (): number => {
        const n = Number(v.getBigUint64(q, true));
        q += 8;
        return n;
      };
      const s = size === ZIP64 && q + 8 <= p + 4 + len ? read() : size;
      const c = compressed === ZIP64 && q + 8 <= p + 4 + len ? read() : compressed;
      return [s, c];
    }
    p += 4 + len;
  }
  return [size, compressed];
}

/** The entries, or undefined when the bytes have no readable (non-zip64) end-of-directory record. */
export function readDirectory(bytes: Uint8Array): DirectoryEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const v = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  if (count === 0xffff || p === ZIP64) return undefined;
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== SIG_CENTRAL) return undefined;
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const [size, compressedSize] = zip64Sizes(
      bytes,
      p + 46 + nameLen,
      p + 46 + nameLen + extraLen,
      v.getUint32(p + 24, true),
      v.getUint32(p + 20, true),
    );
    entries.push({ name, method: v.getUint16(p + 10, true), compressedSize, size, offset: v.getUint32(p + 42, true) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry (a view, not a copy), or undefined when the local header is off. */
function rawOf(bytes: Uint8Array, e: DirectoryEntry): Uint8Array | undefined {
  const v = view(bytes);
  if (e.offset + 30 > bytes.length || v.getUint32(e.offset, true) !== SIG_LOCAL) return undefined;
  const start = e.offset + 30 + v.getUint16(e.offset + 26, true) + v.getUint16(e.offset + 28, true);
  const end = start + e.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

/** A small part's text (workbook.xml, its rels); undefined when it cannot be read. */
export function entryText(bytes: Uint8Array, e: DirectoryEntry): string | undefined {
  const raw = rawOf(bytes, e);
  if (!raw) return undefined;
  try {
    if (e.method === 0) return utf8.decode(raw);
    if (e.method === 8) return utf8.decode(inflateSync(raw, { out: new Uint8Array(e.size) }));
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The first `limit` characters of a part, inflating only as much as needed (a sheet's `<dimension>`
 * sits in its first few hundred bytes).
 */
export function entryHead(bytes: Uint8Array, e: DirectoryEntry, limit = 4096): string | undefined {
  const raw = rawOf(bytes, e);
  if (!raw) return undefined;
  if (e.method === 0) return utf8.decode(raw.subarray(0, limit));
  if (e.method !== 8) return undefined;
  try {
    // Inflating a 64 KB prefix of the compressed stream yields far more than `limit` characters.
    const out = new Uint8Array(Math.min(e.size, limit * 4));
    const head = inflatePrefix(raw.subarray(0, 1 << 16), out);
    return utf8.decode(head).slice(0, limit);
  } catch {
    return undefined;
  }
}

/** Inflates the start of a raw deflate stream into `out` (as much as fits), ignoring the rest. */
function inflatePrefix(raw: Uint8Array, out: Uint8Array): Uint8Array {
  let filled = 0;
  // fflate's streaming inflater hands out chunks as it goes; a truncated input is fine this way.
  const inflater = new Inflate((chunk) => {
    const n = Math.min(chunk.length, out.length - filled);
    out.set(chunk.subarray(0, n), filled);
    filled += n;
  });
  inflater.push(raw, false);
  return out.subarray(0, filled);
}

/**
 * Raw deflate/inflate used for the package. fflate (pure JS) by default so the host runs in the
 * browser; the CLI may plug in node:zlib, which is several times faster on a 100 MB sheet part.
 */
import { deflateSync, inflateSync } from "fflate";

export interface ZipCodec {
  /** Raw inflate; `size` is the uncompressed size from the zip directory. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** Raw deflate. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array): number;
}

/** Parts above this size are deflated at level 1: 3x faster, about 30% bigger. */
const BIG_PART = 4 * 1024 * 1024;

export const fflateCodec: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: data.length > BIG_PART ? 1 : 6 }),
};

let current: ZipCodec = fflateCodec;

/**
 * Replaces the codec for all later opens and saves, e.g. in the CLI:
 * `setZipCodec({ inflateRaw: (d) => zlib.inflateRawSync(d), deflateRaw: (d) => zlib.deflateRawSync(d), crc32: (d) => zlib.crc32(d) })`.
 */
export function setZipCodec(codec: ZipCodec): void {
  current = codec;
}

export function zipCodec(): ZipCodec {
  return current;
}

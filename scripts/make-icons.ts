/**
 * Draws the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): a red ledger book with
 * blue ruled lines and a white check. Drawn by code so the PNGs can be regenerated and reviewed as
 * source; run with `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { zlibSync } from "fflate";

type Rgba = [number, number, number, number];

/** A shape in unit coordinates (0..1 across the icon): true where the point is inside. */
interface Layer {
  color: Rgba;
  inside: (x: number, y: number) => boolean;
}

const RED: Rgba = [196, 30, 58, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const BLUE: Rgba = [31, 92, 170, 255];
const GOLD: Rgba = [240, 180, 40, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): (x: number, y: number) => boolean {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segment(ax: number, ay: number, bx: number, by: number, w: number): (x: number, y: number) => boolean {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  };
}

function circle(cx: number, cy: number, r: number): (x: number, y: number) => boolean {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The app's icon: a red ledger with ruled lines and a gold check. Small sizes get fewer, thicker lines. */
function ledgerGlyph(size: number): Layer[] {
  const lineCount = size <= 16 ? 2 : 3;
  const lineW = size <= 16 ? 0.1 : 0.07;
  const out: Layer[] = [
    { color: RED, inside: roundedRect(0.06, 0.04, 0.94, 0.96, 0.12) },
    { color: PAPER, inside: roundedRect(0.2, 0.16, 0.84, 0.84, 0.04) },
  ];
  for (let i = 0; i < lineCount; i++) {
    const y = 0.3 + (i * 0.36) / Math.max(1, lineCount - 1);
    out.push({ color: BLUE, inside: segment(0.3, y, 0.74, y, lineW) });
  }
  out.push({ color: GOLD, inside: circle(0.74, 0.76, 0.2) });
  out.push({
    color: PAPER,
    inside: (x, y) => segment(0.65, 0.77, 0.71, 0.83, 0.07)(x, y) || segment(0.71, 0.83, 0.83, 0.69, 0.07)(x, y),
  });
  return out;
}

/** 一键校验: a large white check on blue. */
function checkGlyph(size: number): Layer[] {
  const w = size <= 16 ? 0.16 : 0.13;
  return [
    { color: BLUE, inside: roundedRect(0.06, 0.06, 0.94, 0.94, 0.14) },
    {
      color: PAPER,
      inside: (x, y) => segment(0.26, 0.52, 0.43, 0.69, w)(x, y) || segment(0.43, 0.69, 0.76, 0.32, w)(x, y),
    },
  ];
}

/** 一键月报: three bars (batches, persons) on a white sheet with a red border. */
function reportGlyph(size: number): Layer[] {
  const bar = size <= 16 ? 0.16 : 0.13;
  return [
    { color: RED, inside: roundedRect(0.06, 0.06, 0.94, 0.94, 0.14) },
    { color: PAPER, inside: roundedRect(0.16, 0.16, 0.84, 0.84, 0.06) },
    { color: BLUE, inside: roundedRect(0.26, 0.5, 0.26 + bar, 0.76, 0.02) },
    { color: RED, inside: roundedRect(0.43, 0.3, 0.43 + bar, 0.76, 0.02) },
    { color: BLUE, inside: roundedRect(0.6, 0.42, 0.6 + bar, 0.76, 0.02) },
  ];
}

/** Renders with 4×4 supersampling so edges are anti-aliased. */
function render(size: number, glyph: (size: number) => Layer[]): Uint8Array {
  const ss = 4;
  const pixels = new Uint8Array(size * size * 4);
  const shapes = glyph(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: Rgba = [0, 0, 0, 0];
          for (const l of shapes) if (l.inside(x, y)) c = l.color;
          // Premultiplied accumulation keeps transparent samples from darkening the edge.
          const a = c[3] / 255;
          acc[0] += c[0] * a;
          acc[1] += c[1] * a;
          acc[2] += c[2] * a;
          acc[3] += a;
        }
      }
      const o = (py * size + px) * 4;
      const alpha = acc[3] / (ss * ss);
      pixels[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      pixels[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      pixels[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      pixels[o + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Minimal PNG: 8-bit RGBA, no interlace, filter 0 on every scanline. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** File prefix → glyph and sizes: the app icon (manifest + ribbon group) and one per ribbon button. */
export const ICONS: Record<string, { glyph: (size: number) => Layer[]; sizes: readonly number[] }> = {
  icon: { glyph: ledgerGlyph, sizes: [16, 32, 64, 80] },
  check: { glyph: checkGlyph, sizes: [16, 32, 80] },
  report: { glyph: reportGlyph, sizes: [16, 32, 80] },
};

/** The PNG bytes of one icon file, e.g. iconPng("check", 32). */
export function iconPng(prefix: string, size: number): Uint8Array {
  return encodePng(size, size, render(size, ICONS[prefix].glyph));
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const [prefix, { sizes }] of Object.entries(ICONS)) {
    for (const size of sizes) {
      const file = join(dir, `${prefix}-${size}.png`);
      writeFileSync(file, iconPng(prefix, size));
      console.log(`wrote ${file}`);
    }
  }
}

if (require.main === module) main();

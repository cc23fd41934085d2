/**
 * Naming the colour of a fill as `#RRGGBB`, for the 原底色 column of the marks book (mark-book.ts):
 * the Excel add-in restores a clerk's fill by colour, as Office.js knows no style indexes. Excel's
 * colour picker mostly writes theme colours with a tint (`<fgColor theme="4" tint="0.7999…"/>`) and
 * old files indexed ones, so an RGB-only reading would leave most clerk fills as 未知.
 */
import { findAll, findElement, parseAttrs } from "./xml";

/**
 * The legacy 64-colour palette (ECMA-376 §18.8.27) for `indexed="n"`, unless styles.xml has its own
 * `<indexedColors>`. 64 and 65 are the system foreground and background: not a fixed colour.
 */
const INDEXED: readonly string[] = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

/** SpreadsheetML's theme index order: lt1 and dk1 (and lt2, dk2) swapped against the theme part's order. */
const THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];
const THEME_TAIL = ["hlink", "folHlink"];

export interface Palette {
  /** `#RRGGBB` by theme index; empty when the workbook has no theme part. */
  theme: readonly string[];
  indexed: readonly string[];
}

/** The colours of a theme part's `<a:clrScheme>` by SpreadsheetML theme index (`<a:sysClr>` by its lastClr). */
export function themeColours(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  const scheme = findElement(themeXml, "a:clrScheme");
  if (!scheme) return [];
  const inner = themeXml.slice(scheme.innerStart, scheme.innerEnd);
  return [...THEME_ORDER, ...THEME_TAIL].map((slot) => {
    const m = new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(inner);
    return m ? m[1].toUpperCase() : "";
  });
}

/** styles.xml's own `<indexedColors>` when it has them (old files), else the legacy palette. */
export function indexedColours(stylesXml: string): readonly string[] {
  const box = findElement(stylesXml, "indexedColors");
  if (!box) return INDEXED;
  const own = findAll(stylesXml, "rgbColor", box.innerStart, box.innerEnd).map(
    (e) => parseAttrs(e.tag).rgb?.slice(-6).toUpperCase() ?? "",
  );
  return own.length ? own : INDEXED;
}

function rgbToHls([r, g, b]: number[]): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l <= 0.5 ? d / (max + min) : d / (2 - max - min);
  const h = max === r ? (g - b) / d : max === g ? 2 + (b - r) / d : 4 + (r - g) / d;
  return [(h / 6 + 1) % 1, l, s];
}

function hlsToRgb(h: number, l: number, s: number): number[] {
  if (s === 0) return [l, l, l];
  const m2 = l <= 0.5 ? l * (1 + s) : l + s - l * s;
  const m1 = 2 * l - m2;
  const channel = (hue: number): number => {
    const x = (hue + 1) % 1;
    if (x < 1 / 6) return m1 + (m2 - m1) * x * 6;
    if (x < 0.5) return m2;
    if (x < 2 / 3) return m1 + (m2 - m1) * (2 / 3 - x) * 6;
    return m1;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/**
 * ECMA-376 §18.8.19 tint: the luminance moves towards black (tint < 0) or white (tint > 0) in HLS.
 * Office rounds in ways the standard does not describe, so the result may differ from what Excel
 * shows by one step in a channel (e.g. 4472C4 at 80% lighter: DAE3F3 here); for restoring a fill
 * by colour that is invisible, and far better than losing the fill.
 */
export function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, l, s] = rgbToHls([0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255));
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hlsToRgb(h, Math.min(1, Math.max(0, lum)), s)
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** `#RRGGBB` of a `<fgColor …>` tag: rgb, theme (+tint) or indexed; undefined when it cannot be named. */
export function colourOfTag(tag: string, palette: Palette): string | undefined {
  const a = parseAttrs(tag);
  let hex: string | undefined;
  if (a.rgb && /^[0-9A-Fa-f]{6,8}$/.test(a.rgb)) hex = a.rgb.slice(-6).toUpperCase();
  else if (a.theme !== undefined) hex = palette.theme[Number(a.theme)] || undefined;
  else if (a.indexed !== undefined) hex = palette.indexed[Number(a.indexed)] || undefined;
  if (hex === undefined) return undefined;
  return "#" + tinted(hex, Number(a.tint ?? 0) || 0);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ICONS, iconPng } from "../../scripts/make-icons";
import { pngSize } from "../../scripts/lib/manifest/png";

const ASSETS = join(__dirname, "..", "..", "assets");
const files = Object.entries(ICONS).flatMap(([prefix, { sizes }]) => sizes.map((size) => [prefix, size] as const));

describe("icons", () => {
  it("cover the sizes the manifest asks for", () => {
    expect(ICONS.icon.sizes).toEqual([16, 32, 64, 80]);
  });

  it.each(files)("assets/%s-%i.png is what scripts/make-icons.ts draws, at its size", (prefix, size) => {
    const committed = new Uint8Array(readFileSync(join(ASSETS, `${prefix}-${size}.png`)));
    const drawn = iconPng(prefix, size);
    expect(pngSize(drawn)).toEqual({ width: size, height: size });
    expect(Buffer.from(committed).equals(Buffer.from(drawn))).toBe(true);
  });
});

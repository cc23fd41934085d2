import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifest, type Problem } from "../../scripts/lib/manifest/validate";
import { encodePng } from "../../scripts/make-icons";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function fromDisk(url: URL): Uint8Array | undefined {
  const path = join(ROOT, decodeURIComponent(url.pathname));
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
}

function check(xml: string, resolveFile = fromDisk): Problem[] {
  return validateManifest(xml, { resolveFile });
}

/** Replaces exactly one occurrence, so a mutation that silently misses fails the test instead. */
function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count < 1) throw new Error(`mutation target not found: ${String(from)}`);
  return xml.replace(from, to);
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it("declares zh-CN first with en-US overrides, and the three ribbon commands", () => {
    expect(MANIFEST).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(
      /DisplayName DefaultValue="信访台账助手">\s*<Override Locale="en-US" Value="Petition Ledger Assistant"/,
    );
    for (const fn of ["runCheck", "runReport"]) expect(MANIFEST).toContain(`<FunctionName>${fn}</FunctionName>`);
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });
});

describe("a broken manifest fails with a specific problem", () => {
  const cases: [string, () => string, Problem["code"], RegExp][] = [
    ["not well-formed", () => mutate("</Hosts>\n  <Requirements>", "<Requirements>"), "xml", /not well-formed/],
    ["missing element", () => mutate(/\s*<ProviderName>[^<]*<\/ProviderName>/, ""), "missing", /<ProviderName>/],
    ["bad GUID", () => mutate(/<Id>[^<]*<\/Id>/, "<Id>b2c63e6c-c563-4db1-acf5-683d3c82fe9</Id>"), "guid", /GUID/],
    [
      "http URL",
      () => mutate('<SupportUrl DefaultValue="https:', '<SupportUrl DefaultValue="http:'),
      "https",
      /help\.html" must use https/,
    ],
    [
      "other origin",
      () => mutate("https://localhost:3000/assets/icon-80.png", "https://cdn.example.com/icon-80.png"),
      "origin",
      /cdn\.example\.com.*origin/,
    ],
    [
      "undefined resid",
      () => mutate('resid="Check.Tooltip"', 'resid="Check.Tooltop"'),
      "resid-undefined",
      /Check\.Tooltop/,
    ],
    [
      "resid of the wrong kind",
      () => mutate('<Label resid="Report.Label"/>', '<Label resid="Report.Tooltip"/>'),
      "resid-kind",
      /ShortStrings/,
    ],
    [
      "icon size",
      () => mutate('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.32x32"/>'),
      "icon-size",
      /32×32 px but must be 80×80/,
    ],
    ["out of order", () => swapOrder(), "order", /<Hosts> must come before <Requirements>/],
    [
      "unknown requirement set version",
      () => mutate('MinVersion="1.7"', 'MinVersion="1.27"'),
      "requirement-set",
      /ExcelApi 1\.27/,
    ],
    ["unknown requirement set", () => mutate('Name="ExcelApi"', 'Name="ExcelAPI2"'), "requirement-set", /ExcelAPI2/],
    [
      "bad locale",
      () =>
        mutate(
          '<Override Locale="en-US" Value="Petition Ledger Assistant"/>',
          '<Override Locale="english" Value="Petition Ledger Assistant"/>',
        ),
      "locale",
      /english/,
    ],
    [
      "duplicate resource",
      () => mutate('<bt:Url id="Help.Url"', '<bt:Url id="Commands.Url"'),
      "resource-duplicate",
      /Commands\.Url/,
    ],
    [
      "bad permission",
      () => mutate("ReadWriteDocument</Permissions>", "ReadWrite</Permissions>"),
      "permission",
      /ReadWrite"/,
    ],
  ];

  it.each(cases)("%s", (_name, make, code, message) => {
    const problems = check(make());
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it("reports an http URL even when it is on the same host", () => {
    const problems = check(mutate("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "https",
        message: expect.stringContaining("http://localhost:3000/commands.html"),
      }),
    ]);
  });

  it("reports a missing icon file and a non-PNG icon", () => {
    const missing = check(MANIFEST, (u) => (u.pathname.endsWith("icon-16.png") ? undefined : fromDisk(u)));
    expect(missing).toEqual([
      expect.objectContaining({ code: "icon-file", message: expect.stringContaining("icon-16.png") }),
    ]);
    const notPng = check(MANIFEST, (u) =>
      u.pathname.endsWith("icon-64.png") ? new TextEncoder().encode("GIF89a....") : fromDisk(u),
    );
    expect(notPng).toEqual([
      expect.objectContaining({ code: "icon-file", message: expect.stringMatching(/icon-64.*not a PNG/) }),
    ]);
  });

  it("reads icon sizes from the PNG header, not the file name", () => {
    const wrong = encodePng(20, 20, new Uint8Array(20 * 20 * 4));
    const problems = check(MANIFEST, (u) => (u.pathname.endsWith("icon-32.png") ? wrong : fromDisk(u)));
    // icon-32 is used by IconUrl and by the ribbon's 32 px images.
    expect(problems.map((p) => p.code)).toEqual(["icon-size", "icon-size"]);
    expect(problems[0].message).toMatch(/20×20 px but must be 32×32/);
  });
});

function swapOrder(): string {
  const hosts = /\s*<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/.exec(MANIFEST);
  if (!hosts) throw new Error("no top-level Hosts");
  const without = MANIFEST.replace(hosts[0], "");
  return mutate("  <DefaultSettings>", hosts[0].trimStart() + "\n  <DefaultSettings>", without);
}

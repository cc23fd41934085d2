/**
 * `npx tsx scripts/validate-manifest.ts [manifest.xml] [--root DIR]`: checks the add-in manifest
 * offline. Icon URLs are looked up as files under DIR (default: the manifest's folder), mapping the
 * URL path `/assets/icon-16.png` to `DIR/assets/icon-16.png`. Exit code 0 when valid, 1 otherwise.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { validateManifest } from "./lib/manifest/validate";

function main(argv: string[]): number {
  const rootAt = argv.indexOf("--root");
  const root = rootAt >= 0 ? argv[rootAt + 1] : undefined;
  const file = resolve(argv.find((a, i) => !a.startsWith("--") && i !== rootAt + 1) ?? "manifest.xml");
  if (!existsSync(file)) {
    console.error(`${file}: not found`);
    return 1;
  }
  const base = resolve(root ?? dirname(file));
  const problems = validateManifest(readFileSync(file, "utf8"), {
    resolveFile: (url) => {
      const path = join(base, decodeURIComponent(url.pathname));
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
    },
  });
  if (problems.length === 0) {
    console.log(`${file}: manifest is valid (offline checks)`);
    return 0;
  }
  for (const p of problems) console.error(`${file}${p.line ? `:${p.line}` : ""}: [${p.code}] ${p.message}`);
  console.error(`${problems.length} problem(s)`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));

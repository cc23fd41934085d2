#!/usr/bin/env node
/** The `xinfang` command (bin/xinfang.js after `npm run build:cli`, or `npm run xinfang -- …` with tsx). */
import { consoleOutput } from "./output";
import { errorText, EXIT, run } from "./run";

// Last line of defence: whatever escapes run() still ends as a Chinese line, never a stack trace.
process.on("uncaughtException", (e) => {
  consoleOutput.err(errorText(e));
  process.exit(EXIT.failed);
});

// `xinfang check … | head`: the reader went away; stop quietly, as other commands do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

process.exitCode = run(process.argv.slice(2), consoleOutput);

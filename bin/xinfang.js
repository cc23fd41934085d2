#!/usr/bin/env node
// Runs the compiled CLI (npm run build). Kept as plain JS so `npx xinfang` needs no TypeScript.
require("../lib/cli/main.js");

#!/usr/bin/env node
// The command line runs the compiled CLI (npm install builds it through "prepare"); in a
// checkout without that build it falls back to compiling the TypeScript on the fly.
const path = require("node:path");
const fs = require("node:fs");

const compiled = path.join(__dirname, "..", "build", "cli", "cli", "run.js");
if (fs.existsSync(compiled)) {
  require(compiled);
} else {
  require("ts-node").register({
    transpileOnly: true,
    project: path.join(__dirname, "..", "tsconfig.json"),
  });
  require(path.join(__dirname, "..", "src", "cli", "run.ts"));
}

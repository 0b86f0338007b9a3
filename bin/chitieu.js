#!/usr/bin/env node
// The command line runs the compiled CLI, bundled into one file (npm install builds it through
// "prepare": npm run build:cli). In a
// checkout where src/ has changed since that build, it compiles the TypeScript on the fly
// instead, so a developer never runs stale code.
const path = require("node:path");
const fs = require("node:fs");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "cli", "chitieu.js");

function newestSource(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const source = path.join(root, "src");
const fresh =
  fs.existsSync(compiled) &&
  (!fs.existsSync(source) || fs.statSync(compiled).mtimeMs >= newestSource(source));
if (fresh) {
  require(compiled);
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  require(path.join(root, "src", "cli", "run.ts"));
}

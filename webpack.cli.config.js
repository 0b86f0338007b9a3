/*
 * Bundles the compiled command line (build/cli, from `tsc -p tsconfig.cli.json`) into one file,
 * build/cli/chitieu.js, which bin/chitieu.js runs: Node then reads one file at start-up instead
 * of some 400 modules (`chitieu --version` 180 ms → 120 ms). Libraries stay as they are, except
 * resvg, whose native binding is required from node_modules at run time, and docx (1 MB, only
 * `chitieu report` uses it), required from node_modules when that command runs: every other
 * command starts without compiling it (`chitieu --version` 130 ms → 110 ms).
 */
"use strict";

const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.join(__dirname, "build", "cli", "cli", "run.js"),
  output: {
    path: path.join(__dirname, "build", "cli"),
    filename: "chitieu.js",
    library: { type: "commonjs2" },
    // bin/chitieu.js trusts the bundle only when it is newer than src/: always write it, even
    // when its content did not change (webpack otherwise skips it and leaves the old time).
    compareBeforeEmit: false,
  },
  externals: { "@resvg/resvg-js": "commonjs @resvg/resvg-js", docx: "commonjs docx" },
  // Readable stack traces when a user reports a bug; start-up gains nothing from minifying.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

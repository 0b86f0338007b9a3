#!/usr/bin/env node
/*
 * Checks what `npm run build` wrote to dist/, for CI:
 *   - the pages, manifest.xml (unchanged), icons and the local copy of Office.js are there;
 *   - each page loads office-js/office.js from the add-in itself and a bundle that exists,
 *     and no script from anywhere else;
 *   - the task pane bundle stays within its size budget (a Fluent UI build that is not
 *     tree-shaken is megabytes, not kilobytes).
 * Prints the task pane bundle's size, raw and gzipped.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

/** Gzipped size the task pane bundle must stay under. */
const TASKPANE_GZIP_BUDGET = 400 * 1024;

const required = [
  "taskpane.html",
  "commands.html",
  "help.html",
  "manifest.xml",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
  "office-js/office.js",
  "office-js/excel-web-16.00.js",
  "office-js/excel-win32-16.01.js",
  "office-js/excel-mac-16.00.js",
  "office-js/en-us/office_strings.js",
  "office-js/vi-vn/office_strings.js",
];

const problems = [];

for (const file of required) {
  if (!fs.existsSync(path.join(dist, file))) problems.push(`dist/${file} is missing`);
}

const manifest = path.join(dist, "manifest.xml");
if (
  fs.existsSync(manifest) &&
  !fs.readFileSync(manifest).equals(fs.readFileSync(path.join(root, "manifest.xml")))
) {
  problems.push("dist/manifest.xml differs from manifest.xml");
}

/** The src of every <script> in an HTML page (quoted or not, as the minifier leaves them). */
function scriptSources(html) {
  const pattern = /<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  return [...html.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const bundles = {};
for (const page of ["taskpane.html", "commands.html"]) {
  const file = path.join(dist, page);
  if (!fs.existsSync(file)) continue;
  const sources = scriptSources(fs.readFileSync(file, "utf8"));
  if (sources[0] !== "office-js/office.js") {
    problems.push(`${page} must load office-js/office.js first; it loads ${sources.join(", ")}`);
  }
  for (const src of sources) {
    if (/^([a-z]+:)?\/\//i.test(src)) {
      problems.push(`${page} loads a script from elsewhere: ${src}`);
    } else if (!fs.existsSync(path.join(dist, src))) {
      problems.push(`${page} loads ${src}, which is not in dist/`);
    }
  }
  const bundle = sources.find((src) => src !== "office-js/office.js");
  if (!bundle) problems.push(`${page} loads no bundle`);
  bundles[page] = bundle;
}

const taskpaneBundle = bundles["taskpane.html"];
if (taskpaneBundle && fs.existsSync(path.join(dist, taskpaneBundle))) {
  const code = fs.readFileSync(path.join(dist, taskpaneBundle));
  const gzipped = zlib.gzipSync(code, { level: 9 }).length;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`task pane bundle ${taskpaneBundle}: ${kib(code.length)}, ${kib(gzipped)} gzipped`);
  if (gzipped > TASKPANE_GZIP_BUDGET) {
    problems.push(
      `the task pane bundle is ${kib(gzipped)} gzipped, over its budget of ` +
        `${kib(TASKPANE_GZIP_BUDGET)}: is Fluent UI still tree-shaken (ts-loader module esnext)?`,
    );
  }
}

if (problems.length > 0) {
  console.error(`dist/ is not right:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `dist/ has the pages, manifest.xml, icons and Office.js (${required.length} files checked)`,
);

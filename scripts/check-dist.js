#!/usr/bin/env node
/*
 * Checks what `npm run build` wrote to dist/, for CI:
 *   - the pages, manifest.xml (unchanged) and icons are there, and no copy of Office.js;
 *   - the add-in's pages load Office.js from Microsoft's CDN first, then a bundle that exists,
 *     and no script from anywhere else; the preview loads no Office.js at all;
 *   - the task pane bundle stays within its size budget (a Fluent UI build that is not
 *     tree-shaken is megabytes, not kilobytes).
 * Prints the task pane bundle's size, raw and gzipped.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const root = path.resolve(__dirname, "..");
const { OFFICE_JS_URL } = require(path.join(root, "webpack.config.js"));
const { contentSecurityPolicy } = require(path.join(root, "scripts", "csp.js"));
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
  "quickcheck.html",
  "preview.html",
];

const problems = [];

if (fs.existsSync(path.join(dist, "office-js"))) {
  problems.push("dist/office-js/ is there: Office.js comes from Microsoft's CDN, not the build");
}

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
for (const page of ["taskpane.html", "commands.html", "quickcheck.html", "preview.html"]) {
  const file = path.join(dist, page);
  if (!fs.existsSync(file)) continue;
  const sources = scriptSources(fs.readFileSync(file, "utf8"));
  const loadsOffice = page !== "preview.html";
  if (loadsOffice && sources[0] !== OFFICE_JS_URL) {
    problems.push(`${page} must load ${OFFICE_JS_URL} first; it loads ${sources.join(", ")}`);
  }
  if (!loadsOffice && sources.some((src) => /office(\.debug)?\.js$/i.test(src))) {
    problems.push(`${page} loads Office.js; the preview must not`);
  }
  for (const src of sources) {
    if (src === OFFICE_JS_URL && loadsOffice) continue;
    if (/^([a-z]+:)?\/\//i.test(src)) {
      problems.push(`${page} loads a script from elsewhere: ${src}`);
    } else if (!fs.existsSync(path.join(dist, src))) {
      problems.push(`${page} loads ${src}, which is not in dist/`);
    }
  }
  // The page's own bundle, not the small guard the task pane runs before its body.
  const bundle = sources.find((src) => src !== OFFICE_JS_URL && !src.startsWith("shellGuard."));
  if (!bundle) problems.push(`${page} loads no bundle`);
  bundles[page] = bundle;
}

/** Every page carries its Content-Security-Policy in a <meta> before any script. */
for (const page of [
  "taskpane.html",
  "commands.html",
  "quickcheck.html",
  "preview.html",
  "help.html",
]) {
  const file = path.join(dist, page);
  if (!fs.existsSync(file)) continue;
  const html = fs.readFileSync(file, "utf8");
  const meta = html.search(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy/i);
  const expected = contentSecurityPolicy({
    officeJs: page !== "preview.html" && page !== "help.html",
  });
  if (meta < 0) problems.push(`${page} has no Content-Security-Policy <meta>`);
  else if (!html.includes(expected))
    problems.push(`${page}'s Content-Security-Policy is not scripts/csp.js's`);
  const script = html.search(/<script\b/i);
  if (meta >= 0 && script >= 0 && script < meta) {
    problems.push(`${page} runs a script before its Content-Security-Policy <meta>`);
  }
  if (/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push(`${page} has an inline script`);
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
  `dist/ has the pages, manifest.xml and icons (${required.length} files checked); ` +
    `the add-in's pages load Office.js from ${OFFICE_JS_URL}`,
);

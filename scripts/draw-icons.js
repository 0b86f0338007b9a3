#!/usr/bin/env node
/*
 * Renders the add-in's ribbon and manifest icons from their SVG sources.
 *
 *   node scripts/draw-icons.js          write assets/icon-{16,32,64,80}.png
 *   node scripts/draw-icons.js --check  fail if a committed PNG differs from its SVG
 *
 * assets/icon-16.svg is drawn on a 16-pixel grid so the 16 px icon stays sharp;
 * assets/icon.svg is drawn on a 32-unit grid and scaled to 32, 64 and 80 px.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { Resvg } = require("@resvg/resvg-js");

const assets = path.resolve(__dirname, "..", "assets");

/** Output size in pixels and the SVG it is drawn from. */
const icons = [
  { size: 16, source: "icon-16.svg" },
  { size: 32, source: "icon.svg" },
  { size: 64, source: "icon.svg" },
  { size: 80, source: "icon.svg" },
];

function render(size, source) {
  const svg = fs.readFileSync(path.join(assets, source));
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    background: "rgba(0,0,0,0)",
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (image.width !== size || image.height !== size) {
    throw new Error(
      `${source} rendered at ${image.width}x${image.height}, expected ${size}x${size}`,
    );
  }
  return image.asPng();
}

function main() {
  const check = process.argv.includes("--check");
  const stale = [];
  for (const { size, source } of icons) {
    const file = path.join(assets, `icon-${size}.png`);
    const png = render(size, source);
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) {
        stale.push(path.relative(process.cwd(), file));
      }
    } else {
      fs.writeFileSync(file, png);
      console.log(
        `wrote ${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)`,
      );
    }
  }
  if (stale.length > 0) {
    console.error(
      `These icons do not match their SVG source: ${stale.join(", ")}.\n` +
        "Run `npm run icons` and commit the PNGs.",
    );
    process.exit(1);
  }
  if (check) {
    console.log("icons match their SVG sources");
  }
}

main();

import type { PngRenderer } from "../report/chart/pngRenderer";

/**
 * The command line's PNG renderer: resvg (a Rust renderer shipped as a prebuilt binary inside
 * its npm package: nothing is downloaded at run time), with the machine's own fonts, Times New
 * Roman where there is one (a metric twin such as Liberation Serif elsewhere).
 */
export const resvgPng: PngRenderer = async (svg, scale) => {
  const { Resvg } = await import("@resvg/resvg-js");
  const renderer = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Serif" },
    background: "#ffffff",
  });
  return new Uint8Array(renderer.render().asPng());
};

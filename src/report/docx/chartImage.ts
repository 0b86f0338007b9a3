import { ImageRun, Paragraph, AlignmentType } from "docx";
import { CHART_HEIGHT, CHART_WIDTH } from "../chart/barChartSvg";
import type { PngRenderer } from "../chart/pngRenderer";
import { centred } from "./text";
import { SIZE } from "./page";

/** How much finer than its size the PNG fallback is drawn, for print. */
const SCALE = 3;

/**
 * The chart as a picture: the SVG the add-in drew, with a PNG of it for readers that do not
 * show SVG (Word before 2016, LibreOffice). Without a PNG, a line says the chart is missing.
 */
export async function chartImage(
  svg: string,
  png: PngRenderer,
  missing: string,
  altText: string,
): Promise<Paragraph> {
  const fallback = await png(svg, SCALE);
  if (!fallback) return centred(missing, { italics: true, size: SIZE.table });
  const transformation = { width: CHART_WIDTH, height: CHART_HEIGHT };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 120 },
    children: [
      new ImageRun({
        type: "svg",
        data: new TextEncoder().encode(svg),
        transformation,
        fallback: { type: "png", data: fallback },
        altText: { name: altText, description: altText, title: altText },
      }),
    ],
  });
}

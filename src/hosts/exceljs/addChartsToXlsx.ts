import JSZip from "jszip";
import { chartXml } from "./chartXml";
import type { ChartSpec } from "./chartSpec";
import { chartAnchorXml, drawingXml } from "./drawingXml";
import {
  CONTENT_TYPES,
  nextRelId,
  parseRelationships,
  REL_TYPES,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sheetPartPath,
  withOverride,
  withRelationship,
} from "./packageParts";
import { drawingRelId, withDrawing } from "./worksheetDrawing";

/**
 * Adds charts to an .xlsx file ExcelJS wrote (ExcelJS 4.4 cannot write charts): a chart part
 * each, a drawing part per sheet (or the sheet's drawing ExcelJS wrote for images, extended),
 * their relationships and content types. Returns the bytes unchanged when there are no charts.
 */
export async function addChartsToXlsx(bytes: Uint8Array, charts: ChartSpec[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async("string") ?? Promise.resolve(undefined);
  const need = async (path: string) => {
    const text = await read(path);
    if (text === undefined) throw new Error(`The written workbook has no part ${path}`);
    return text;
  };
  const taken = new Set(Object.keys(zip.files).map((name) => name.toLowerCase()));
  const freePart = (folder: string, stem: string) => {
    for (let n = 1; ; n++) {
      const path = `${folder}/${stem}${n}.xml`;
      if (!taken.has(path.toLowerCase())) {
        taken.add(path.toLowerCase());
        return path;
      }
    }
  };

  let contentTypes = await need("[Content_Types].xml");
  const workbookXml = await need("xl/workbook.xml");
  const workbookRels = await need("xl/_rels/workbook.xml.rels");
  const bySheet = new Map<string, ChartSpec[]>();
  for (const chart of charts)
    bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);

  for (const [sheet, sheetCharts] of bySheet) {
    const sheetPath = sheetPartPath(workbookXml, workbookRels, sheet);
    if (!sheetPath) throw new Error(`The written workbook has no sheet "${sheet}" for its chart`);
    let sheetXml = await need(sheetPath);
    let sheetRels = await read(relsPathOf(sheetPath));
    const existingId = drawingRelId(sheetXml);
    const existing = parseRelationships(sheetRels).find((r) => r.id === existingId);
    let drawingPath: string;
    let drawing: string;
    if (existing) {
      // ExcelJS wrote a drawing for the sheet's images: the charts join it.
      drawingPath = resolveTarget(sheetPath, existing.target);
      drawing = await need(drawingPath);
    } else {
      drawingPath = freePart("xl/drawings", "drawing");
      drawing = drawingXml([]);
      const id = nextRelId(parseRelationships(sheetRels));
      const target = relativeTarget(sheetPath, drawingPath);
      sheetRels = withRelationship(sheetRels, { id, type: REL_TYPES.drawing, target });
      sheetXml = withDrawing(sheetXml, id);
      contentTypes = withOverride(contentTypes, drawingPath, CONTENT_TYPES.drawing);
    }
    const drawingRelsPath = relsPathOf(drawingPath);
    let drawingRels = await read(drawingRelsPath);
    let shapeId = nextShapeId(drawing);
    const anchors: string[] = [];
    for (const chart of sheetCharts) {
      const chartPath = freePart("xl/charts", "chart");
      zip.file(chartPath, chartXml(chart));
      contentTypes = withOverride(contentTypes, chartPath, CONTENT_TYPES.chart);
      const id = nextRelId(parseRelationships(drawingRels));
      const target = relativeTarget(drawingPath, chartPath);
      drawingRels = withRelationship(drawingRels, { id, type: REL_TYPES.chart, target });
      anchors.push(chartAnchorXml(chart, shapeId++, id));
    }
    zip.file(drawingPath, withAnchors(drawing, anchors));
    if (drawingRels !== undefined) zip.file(drawingRelsPath, drawingRels);
    zip.file(sheetPath, sheetXml);
    if (sheetRels !== undefined) zip.file(relsPathOf(sheetPath), sheetRels);
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** One past the highest shape id in the drawing (ids are unique within a drawing). */
function nextShapeId(drawing: string): number {
  const ids = [...drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sid\s*=\s*"(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(1, ...ids) + 1;
}

function withAnchors(drawing: string, anchors: string[]): string {
  const close = /<\/(?:\w+:)?wsDr>\s*$/.exec(drawing);
  if (!close) throw new Error("The sheet's drawing part has no end tag to add charts before");
  return drawing.slice(0, close.index) + anchors.join("") + drawing.slice(close.index);
}

import { attributes } from "./packageParts";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Worksheet children that the schema puts after <drawing>, in order (CT_Worksheet). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** A start, end or empty tag; attribute values may hold ">". */
const TAG = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

interface Child {
  name: string;
  start: number;
  tag: string;
}

/**
 * The worksheet's top-level elements after <sheetData>, with where each starts. Only the text
 * after sheetData is scanned: sheetData is the big part, and nothing after it nests deep.
 */
function childrenAfterSheetData(xml: string): { children: Child[]; rootEnd: number } {
  const sheetData = /<(?:\w+:)?sheetData\b[^>]*\/>|<\/(?:\w+:)?sheetData>/.exec(xml);
  if (!sheetData) throw new Error("The worksheet part has no sheetData");
  const children: Child[] = [];
  let depth = 1;
  TAG.lastIndex = sheetData.index + sheetData[0].length;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [tag, closing, qname, , empty] = m;
    const name = qname.slice(qname.indexOf(":") + 1);
    if (closing) {
      depth -= 1;
      if (depth === 0) return { children, rootEnd: m.index };
      continue;
    }
    if (depth === 1) children.push({ name, start: m.index, tag });
    if (!empty) depth += 1;
  }
  throw new Error("The worksheet part does not end");
}

/** The relationship id of the worksheet's <drawing>, if it has one. */
export function drawingRelId(sheetXml: string): string | undefined {
  const drawing = childrenAfterSheetData(sheetXml).children.find((c) => c.name === "drawing");
  return drawing ? attributes(drawing.tag)["r:id"] : undefined;
}

/** The worksheet with a <drawing r:id> where the schema wants it. */
export function withDrawing(sheetXml: string, relId: string): string {
  const { children, rootEnd } = childrenAfterSheetData(sheetXml);
  const at = children.find((c) => AFTER_DRAWING.has(c.name))?.start ?? rootEnd;
  const element = `<drawing xmlns:r="${R_NS}" r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

import { escapeXml } from "./xmlEscape";

/**
 * The package plumbing of an .xlsx file, on the XML text ExcelJS writes: relationships,
 * content types, and finding a worksheet's part by its name.
 */

export const REL_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};

export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag, entities decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** "rIdN" one past the highest "rIdN" in use. */
export function nextRelId(rels: Relationship[]): string {
  const used = rels.map((r) => /^rId(\d+)$/.exec(r.id)).map((m) => (m ? Number(m[1]) : 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

/** The relationships part with one more relationship (a new part when there was none). */
export function withRelationship(xml: string | undefined, rel: Relationship): string {
  const element =
    `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" ` +
    `Target="${escapeXml(rel.target)}"/>`;
  if (xml === undefined) {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `${element}</Relationships>`
    );
  }
  if (/<Relationships\b[^>]*\/>/.test(xml)) {
    return xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
  }
  const close = xml.lastIndexOf("</Relationships>");
  if (close < 0) throw new Error("A relationships part has no </Relationships>");
  return xml.slice(0, close) + element + xml.slice(close);
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part path ("../drawings/drawing1.xml" from a sheet). */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const step of target.replace(/^\//, "").split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

/** The target that leads from one part to another, relative to the first one's folder. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The part path of the worksheet named `sheet`, through workbook.xml and its relationships. */
export function sheetPartPath(
  workbookXml: string,
  workbookRels: string,
  sheet: string,
): string | undefined {
  const tag = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.name === sheet);
  const relId = tag?.["r:id"];
  const rel = parseRelationships(workbookRels).find((r) => r.id === relId);
  return rel ? resolveTarget("xl/workbook.xml", rel.target) : undefined;
}

/** [Content_Types].xml with an Override for one more part. */
export function withOverride(xml: string, part: string, contentType: string): string {
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  const close = xml.lastIndexOf("</Types>");
  if (close < 0) throw new Error("[Content_Types].xml has no </Types>");
  return xml.slice(0, close) + element + xml.slice(close);
}

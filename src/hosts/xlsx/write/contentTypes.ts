import { childElements, rootElement } from "./xmlScan";
import { attributes, escapeXml } from "./xmlText";

/** [Content_Types].xml edits: an Override per new part, a Default per new extension. */

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
};

function insertBeforeEnd(xml: string, element: string): string {
  const root = rootElement(xml);
  if (root.contentStart === root.end) {
    const open = root.openTag.replace(/\s*\/>$/, ">");
    return `${xml.slice(0, root.start)}${open}${element}</${root.qname}>${xml.slice(root.end)}`;
  }
  return xml.slice(0, root.contentEnd) + element + xml.slice(root.contentEnd);
}

/** With an Override for `part`, replacing one it had. */
export function withOverride(xml: string, part: string, contentType: string): string {
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  return insertBeforeEnd(withoutOverride(xml, part), element);
}

/** Without the Override of `part` (a deleted part). */
export function withoutOverride(xml: string, part: string): string {
  const root = rootElement(xml);
  const name = `/${part}`.toLowerCase();
  const gone = childElements(xml, root.contentStart, root.contentEnd).filter(
    (c) => c.name === "Override" && (attributes(c.openTag).PartName ?? "").toLowerCase() === name,
  );
  let out = xml;
  for (const c of gone.reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}

/** With a Default for the extension, unless it has one. */
export function withDefault(xml: string, extension: string, contentType: string): string {
  const root = rootElement(xml);
  const has = childElements(xml, root.contentStart, root.contentEnd).some(
    (c) =>
      c.name === "Default" &&
      (attributes(c.openTag).Extension ?? "").toLowerCase() === extension.toLowerCase(),
  );
  if (has) return xml;
  return insertBeforeEnd(
    xml,
    `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/>`,
  );
}

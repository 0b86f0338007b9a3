import { childElements, rootElement } from "./xmlScan";
import { attributes, escapeXml } from "./xmlText";

/** Relationship parts (.rels): reading, adding and removing relationships as text edits. */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  targetMode?: string;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  const root = rootElement(xml);
  return childElements(xml, root.contentStart, root.contentEnd)
    .filter((c) => c.name === "Relationship")
    .map((c) => {
      const a = attributes(c.openTag);
      const rel: Relationship = { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
      if (a.TargetMode !== undefined) rel.targetMode = a.TargetMode;
      return rel;
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
  if (xml === undefined || xml.trim() === "") {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="${RELS_NS}">${element}</Relationships>`
    );
  }
  const root = rootElement(xml);
  if (root.contentStart === root.end) {
    const open = root.openTag.replace(/\s*\/>$/, ">");
    return `${xml.slice(0, root.start)}${open}${element}</${root.qname}>${xml.slice(root.end)}`;
  }
  return xml.slice(0, root.contentEnd) + element + xml.slice(root.contentEnd);
}

/** The relationships part without the relationship `id`. */
export function withoutRelationship(xml: string, id: string): string {
  const root = rootElement(xml);
  const gone = childElements(xml, root.contentStart, root.contentEnd).find(
    (c) => c.name === "Relationship" && attributes(c.openTag).Id === id,
  );
  return gone ? xml.slice(0, gone.start) + xml.slice(gone.end) : xml;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part path ("../drawings/drawing1.xml" from a sheet). */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const step of decodeURI(target).replace(/^\//, "").split("/")) {
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

/** True when a relationship's type ends with `/kind` (transitional or strict namespaces). */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

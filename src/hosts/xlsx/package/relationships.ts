import { parseXml } from "./xmlEvents";

/** One relationship of a part, its target resolved to a part name when internal. */
export interface Relationship {
  id: string;
  /** The full type URI (transitional or Strict). */
  type: string;
  /** As written in the rels part. */
  target: string;
  external: boolean;
  /** The part the target names ("xl/worksheets/sheet1.xml"); undefined when external. */
  part?: string;
}

/**
 * The last segment of a relationship type: "worksheet", "officeDocument", "sharedStrings"…
 * Transitional (schemas.openxmlformats.org) and Strict (purl.oclc.org/ooxml) types end alike.
 */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for "". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name, relative to the folder of the part it is from. */
export function resolveTarget(fromPart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is kept as written.
  }
  const path = decoded.replace(/\\/g, "/").split(/[?#]/)[0];
  const steps = path.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const step of path.split("/")) {
    if (step === "..") steps.pop();
    else if (step !== "." && step !== "") steps.push(step);
  }
  return steps.join("/");
}

/** The relationships of `fromPart` ("" for the package) from the XML of its rels part. */
export function parseRelationships(fromPart: string, xml: string | undefined): Relationship[] {
  const rels: Relationship[] = [];
  if (xml === undefined) return rels;
  parseXml(xml, {
    open({ name, attributes }) {
      if (name !== "Relationship") return;
      const target = (attributes.Target ?? "").trim();
      const external = attributes.TargetMode === "External";
      rels.push({
        id: attributes.Id ?? "",
        type: attributes.Type ?? "",
        target,
        external,
        part: external ? undefined : resolveTarget(fromPart, target),
      });
    },
  });
  return rels;
}

import { DOMParser, MIME_TYPE } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import JSZip from "jszip";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
};

/** Parses XML, throwing on any warning or error (a part that is not well formed). */
export function parseXml(text: string, name = "part"): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(text, MIME_TYPE.XML_TEXT);
  if (errors.length > 0) throw new Error(`${name} does not parse:\n${errors.join("\n")}`);
  return doc;
}

/** Every XML part of an .xlsx file, parsed (each must be well formed). */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, Document>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Document>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    parts.set(name, parseXml(await entry.async("string"), name));
  }
  return parts;
}

/** Elements by namespace and local name. */
export function elements(node: Document | Element, ns: string, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, name));
}

/** The texts of the elements, in document order. */
export function texts(node: Document | Element, ns: string, name: string): string[] {
  return elements(node, ns, name).map((e) => e.textContent ?? "");
}

/** A `val` attribute of the first such element. */
export function val(node: Document | Element, ns: string, name: string): string | null {
  return elements(node, ns, name)[0]?.getAttribute("val") ?? null;
}

/** The relationships of a part, by id. */
export function relationships(doc: Document | undefined): Map<string, Element> {
  return new Map(
    elements(doc ?? parseXml("<x/>"), NS.rels, "Relationship").map((e) => [
      e.getAttribute("Id") ?? "",
      e,
    ]),
  );
}

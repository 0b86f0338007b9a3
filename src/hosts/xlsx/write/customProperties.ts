import { CONTENT_TYPES, withOverride } from "./contentTypes";
import type { PackageEdit } from "./packageEdit";
import {
  isRelType,
  nextRelId,
  parseRelationships,
  resolveTarget,
  withRelationship,
} from "./relationships";
import { childElements, prefixOf, rootElement } from "./xmlScan";
import { applyEdits, asStartTag, attribute, escapeXml, type TextEdit } from "./xmlText";

const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every custom property carries (FMTID_UserDefinedProperties). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const ROOT_RELS = "_rels/.rels";

/** The prefix ("vt:") the part binds to the VT types namespace, if any. */
function vtPrefix(rootTag: string): string | undefined {
  for (const m of rootTag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    if (m[2] === VT_NS) return `${m[1]}:`;
  }
  return undefined;
}

/** A text value, its namespace declared on it when the part has no prefix for it. */
function textValue(prefix: string | undefined, value: string): string {
  const v = prefix ?? "vt:";
  const ns = prefix === undefined ? ` xmlns:vt="${VT_NS}"` : "";
  return `<${v}lpwstr${ns}>${escapeXml(value)}</${v}lpwstr>`;
}

/**
 * Sets custom document properties (docProps/custom.xml) as text, merged into the ones the file
 * has: a property of the same name (names compare without case, as Excel's) gets the new value
 * and keeps its place and pid; new ones are appended with the next pids (from 2, as the format
 * wants). A package without the part gets it, with its relationship from the package and its
 * content type. Every other property keeps its text.
 */
export function setCustomProperties(edit: PackageEdit, custom: Record<string, string>): void {
  // Names that differ only in case are one property: the last value wins.
  const byName = new Map(Object.entries(custom).map(([k, v]) => [k.toLowerCase(), [k, v]]));
  const entries = [...byName.values()] as [string, string][];
  if (entries.length === 0) return;
  const { pkg } = edit;
  const rels = pkg.read(ROOT_RELS);
  const rel = parseRelationships(rels).find((r) => isRelType(r.type, "custom-properties"));
  const path = rel ? resolveTarget("", rel.target) : "docProps/custom.xml";
  const xml =
    pkg.read(path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}"></Properties>`;
  pkg.write(path, withProperties(xml, entries));
  if (!rel) {
    pkg.write(
      ROOT_RELS,
      withRelationship(rels, {
        id: nextRelId(parseRelationships(rels)),
        type: `${edit.relNs}/custom-properties`,
        target: path,
      }),
    );
  }
  const types = pkg.need("[Content_Types].xml");
  if (!new RegExp(`PartName\\s*=\\s*["']/${path.replace(/[.]/g, "\\.")}["']`, "i").test(types)) {
    pkg.write("[Content_Types].xml", withOverride(types, path, CONTENT_TYPES.customProperties));
  }
}

/** custom.xml with the properties set (see setCustomProperties). */
export function withProperties(xml: string, entries: [string, string][]): string {
  const root = rootElement(xml);
  const p = prefixOf(root.qname);
  const vt = vtPrefix(root.openTag);
  const children =
    root.contentStart === root.end ? [] : childElements(xml, root.contentStart, root.contentEnd);
  const properties = children.filter((c) => c.name === "property");
  const edits: TextEdit[] = [];
  let pid = Math.max(1, ...properties.map((c) => Number(attribute(c.openTag, "pid") ?? 0) || 0));
  const added: string[] = [];
  for (const [name, value] of entries) {
    const found = properties.find(
      (c) => (attribute(c.openTag, "name") ?? "").toLowerCase() === name.toLowerCase(),
    );
    if (found) {
      edits.push({
        start: found.start,
        end: found.end,
        text: `${asStartTag(found.openTag)}${textValue(vt, value)}</${found.qname}>`,
      });
      continue;
    }
    pid += 1;
    added.push(
      `<${p}property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}">` +
        `${textValue(vt, value)}</${p}property>`,
    );
  }
  if (added.length > 0) {
    if (root.contentStart === root.end) {
      const open = root.openTag.replace(/\s*\/>$/, ">");
      edits.push({
        start: root.start,
        end: root.end,
        text: `${open}${added.join("")}</${root.qname}>`,
      });
    } else {
      edits.push({ start: root.contentEnd, end: root.contentEnd, text: added.join("") });
    }
  }
  return applyEdits(xml, edits);
}

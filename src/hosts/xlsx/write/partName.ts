import type { PackageParts } from "./packageParts";
import type { UnzippedPackage } from "./zipPackage";

/**
 * A zip entry's name as a package part name: "\" separators (some generators write
 * "xl\workbook.xml", as e03 does) become "/", and "[content_types].xml" is spelled as Excel
 * spells it, so the part is found and saved where every reader expects it.
 */
export function partName(entryName: string): string {
  const name = entryName.replace(/\\/g, "/").replace(/^\/+/, "");
  // Part names are case-insensitive; readers look for this one spelled as Excel spells it.
  return name.toLowerCase() === CONTENT_TYPES.toLowerCase() ? CONTENT_TYPES : name;
}

const CONTENT_TYPES = "[Content_Types].xml";

const decoder = new TextDecoder();

/**
 * Parts renamed to the spelling [Content_Types].xml gives them ("xl/sharedstrings.xml" →
 * "xl/sharedStrings.xml"), compression methods alike: part names are case-insensitive, but
 * readers such as openpyxl look them up as the content types spell them. Every other name and
 * the order are kept.
 */
export function canonicalPackage(
  parts: PackageParts,
  methods: Map<string, number>,
): UnzippedPackage {
  const types = parts.get(CONTENT_TYPES);
  if (types === undefined) return { parts, methods };
  const spelled = new Map<string, string>();
  for (const m of decoder.decode(types).matchAll(/PartName="\/?([^"]+)"/g)) {
    spelled.set(m[1].toLowerCase(), m[1]);
  }
  const renamed: PackageParts = new Map();
  const renamedMethods = new Map<string, number>();
  for (const [name, bytes] of parts) {
    const wanted = spelled.get(name.toLowerCase());
    const to = wanted !== undefined && !parts.has(wanted) ? wanted : name;
    renamed.set(to, bytes);
    const method = methods.get(name);
    if (method !== undefined) renamedMethods.set(to, method);
  }
  return { parts: renamed, methods: renamedMethods };
}

import type { XlsxPackage } from "../package";
import type { PackageParts } from "./packageParts";
import { canonicalPackage, partName } from "./partName";
import type { UnzippedPackage } from "./zipPackage";

/**
 * The parts of a package the reader opened (with its size and ratio limits), in the zip's
 * order, with their compression methods: what the writer patches and zips again. This is the
 * bridge from package/ to write/ for the swap; it inflates every part once.
 */
export function partsOfPackage(pkg: XlsxPackage): UnzippedPackage {
  const parts: PackageParts = new Map();
  const methods = new Map<string, number>();
  for (const entry of pkg.entries) {
    if (/[/\\]$/.test(entry.name) || parts.has(partName(entry.name))) continue;
    const bytes = pkg.read(entry.name);
    if (bytes === undefined) continue;
    parts.set(partName(entry.name), bytes);
    methods.set(partName(entry.name), entry.method);
  }
  return canonicalPackage(parts, methods);
}

import { unzipSync } from "fflate";
import type { PackageParts } from "./packageParts";
import { canonicalPackage, partName } from "./partName";
import { writeZip, type ZipInput } from "./zipWriter";

/** A package's parts with how each was compressed in its zip (0 stored, 8 deflated). */
export interface UnzippedPackage {
  parts: PackageParts;
  methods: Map<string, number>;
}

/** The parts of a zip, in the zip's order, with their compression methods. */
export function unzipPackage(bytes: Uint8Array): UnzippedPackage {
  const methods = new Map<string, number>();
  const files = unzipSync(bytes, {
    filter: (file) => {
      methods.set(file.name, file.compression);
      return !file.name.endsWith("/");
    },
  });
  const parts: PackageParts = new Map();
  const named = new Map<string, number>();
  for (const [name, method] of methods) {
    const data = files[name];
    if (data === undefined) continue;
    parts.set(partName(name), data);
    named.set(partName(name), method);
  }
  return canonicalPackage(parts, named);
}

/**
 * The parts as a zip, [Content_Types].xml first. A part stored uncompressed before stays
 * stored; the rest are deflated. A part the package read and nobody changed is copied as the
 * archive stored it, not deflated again (zipWriter.ts).
 */
export function zipPackage(parts: PackageParts, methods?: Map<string, number>): Uint8Array {
  const inputs: ZipInput[] = [];
  const names = [...parts.keys()];
  const first = names.filter((n) => n === "[Content_Types].xml");
  for (const name of [...first, ...names.filter((n) => n !== "[Content_Types].xml")]) {
    const data = parts.get(name);
    if (data !== undefined) inputs.push({ name, data, method: methods?.get(name) === 0 ? 0 : 8 });
  }
  return writeZip(inputs);
}

/** The .xlsx package writer: change sets applied by patching a package's parts in place. */
export { applyChangeSetToPackage } from "./applyChangeSetToPackage";
export { createPackage } from "./createPackage";
export type { PackageParts } from "./packageParts";
export { partsOfPackage } from "./partsOfPackage";
export { unzipPackage, zipPackage, type UnzippedPackage } from "./zipPackage";
export { useDeflate, type Deflate } from "./zipWriter";
export { DamagedPartError } from "./damagedPart";

export { XlsxPackage, type PackageOptions } from "./xlsxPackage";
export { DEFAULT_LIMITS, type PackageLimits } from "./limits";
export { type ZipEntry } from "./zipDirectory";
export { crc32 } from "./crc32";
export { useNativeZip, type NativeZip, type RawInflate, type Crc32 } from "./nativeZip";
export {
  parseRelationships,
  relationshipKind,
  relsPartOf,
  resolveTarget,
  type Relationship,
} from "./relationships";
export {
  contentTypeOf,
  parseContentTypes,
  CONTENT_TYPES_PART,
  type ContentTypes,
} from "./contentTypes";
export {
  parseXml,
  localName,
  prefixedAttribute,
  XmlFormatError,
  type StartTag,
  type XmlHandlers,
} from "./xmlEvents";
export { decodeText } from "./decodeText";
export { packageRefusal, type PackageRefusalReason } from "./packageRefusal";
export { toRefusal } from "./toRefusal";

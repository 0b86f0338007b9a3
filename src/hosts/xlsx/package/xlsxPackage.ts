import { sniffContainer } from "./sniffContainer";
import {
  contentTypeOf,
  parseContentTypes,
  CONTENT_TYPES_PART,
  type ContentTypes,
} from "./contentTypes";
import { decodeText } from "./decodeText";
import { checkDeclaredSizes, inflateEntry, type InflateBudget } from "./inflateEntry";
import { DEFAULT_LIMITS, type PackageLimits } from "./limits";
import { packageRefusal } from "./packageRefusal";
import {
  parseRelationships,
  relationshipKind,
  relsPartOf,
  type Relationship,
} from "./relationships";
import { toRefusal } from "./toRefusal";
import { rememberStoredForm } from "./storedForm";
import { readZipDirectory, type ZipEntry } from "./zipDirectory";

export interface PackageOptions {
  /** The file's name, for messages. */
  fileName?: string;
  limits?: PackageLimits;
}

/** Main content types of a workbook part, for packages without _rels/.rels. */
const WORKBOOK_TYPE =
  /\.(?:sheet|template)\.main\+xml$|\.sheet\.macroEnabled\.main\+xml$|\.template\.macroEnabled\.main\+xml$|addin\.macroEnabled\.main\+xml$/;

/**
 * An .xlsx (or .xlsm) package opened from bytes: the zip directory read, nothing inflated until
 * a part is asked for, each part inflated once under the size limits (limits.ts) and kept.
 * Part names are matched without regard to case, as OPC says. The reader reads parts through
 * it; the writer can copy untouched entries byte for byte (`entry` + `compressedBytes`).
 */
export class XlsxPackage {
  readonly fileName?: string;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly inflated = new Map<string, Uint8Array>();
  private readonly budget: InflateBudget;
  private contentTypesCache?: ContentTypes;
  private readonly relsCache = new Map<string, Relationship[]>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    options: PackageOptions,
  ) {
    this.fileName = options.fileName;
    this.budget = { limits: options.limits ?? DEFAULT_LIMITS, inflated: 0 };
    for (const entry of entries) {
      const key = partKey(entry.name);
      if (!/[/\\]$/.test(entry.name) && !this.byName.has(key)) this.byName.set(key, entry);
    }
  }

  /**
   * Opens `bytes` as a package or throws one WorkbookOpenError: old .xls, password-protected,
   * web page, empty, not a zip, a damaged zip directory, or sizes past the limits.
   */
  static open(bytes: Uint8Array, options: PackageOptions = {}): XlsxPackage {
    const { fileName } = options;
    switch (sniffContainer(bytes)) {
      case "cfb":
        throw packageRefusal("xls", fileName);
      case "encrypted":
        throw packageRefusal("encrypted", fileName);
      case "markup":
        throw packageRefusal("web_page", fileName);
      case "empty":
        throw packageRefusal("empty", fileName);
      case "other":
        throw packageRefusal("not_zip", fileName);
      case "zip":
        break;
    }
    try {
      const entries = readZipDirectory(bytes);
      checkDeclaredSizes(entries, options.limits ?? DEFAULT_LIMITS, bytes.length);
      return new XlsxPackage(bytes, entries, options);
    } catch (error) {
      throw toRefusal(error, fileName);
    }
  }

  /**
   * A package of parts already inflated (the writer's result), for reading again without
   * zipping and unzipping it. Its parts are held as given; there are no stored bytes to copy.
   */
  static fromParts(
    parts: ReadonlyMap<string, Uint8Array>,
    options: PackageOptions = {},
  ): XlsxPackage {
    const entries = [...parts].map(([name, data]): ZipEntry => ({
      name,
      method: 0,
      crc32: 0,
      compressedSize: data.length,
      size: data.length,
      dataOffset: 0,
      encrypted: false,
    }));
    const pkg = new XlsxPackage(new Uint8Array(0), entries, options);
    for (const [name, data] of parts) pkg.inflated.set(partKey(name), data);
    return pkg;
  }

  /** Every part name, as stored (folders left out). */
  partNames(): string[] {
    return [...this.byName.values()].map((e) => partName(e.name));
  }

  has(part: string): boolean {
    return this.byName.has(partKey(part));
  }

  /** The zip entry of `part`, for copying it unchanged. */
  entry(part: string): ZipEntry | undefined {
    return this.byName.get(partKey(part));
  }

  /** The entry's data as stored in the archive (still compressed when method is 8). */
  compressedBytes(entry: ZipEntry): Uint8Array {
    if (this.bytes.length === 0) throw new Error("A package made from parts has no stored bytes");
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** The inflated bytes of `part`, or undefined when the package has no such part. */
  read(part: string): Uint8Array | undefined {
    const key = partKey(part);
    const known = this.inflated.get(key);
    if (known) return known;
    const entry = this.byName.get(key);
    if (!entry) return undefined;
    if (entry.encrypted) throw packageRefusal("encrypted", this.fileName, entry.name);
    try {
      const bytes = inflateEntry(this.bytes, entry, this.budget);
      rememberStoredForm(bytes, entry, this.compressedBytes(entry));
      this.inflated.set(key, bytes);
      return bytes;
    } catch (error) {
      throw toRefusal(error, this.fileName);
    }
  }

  /**
   * The inflated bytes of `part` without keeping them (unless they were kept already), for a
   * part read once and done with; undefined when there is no such part.
   */
  readOnce(part: string): Uint8Array | undefined {
    const bytes = this.read(part);
    if (bytes !== undefined && this.bytes.length > 0 && this.inflated.delete(partKey(part))) {
      this.budget.inflated -= bytes.length; // inflating it again is not more data
    }
    return bytes;
  }

  /** The text of `part`, or undefined when there is no such part. */
  text(part: string): string | undefined {
    const bytes = this.read(part);
    return bytes === undefined ? undefined : decodeText(bytes);
  }

  /** The text of a part the workbook cannot do without: missing means damaged. */
  requiredText(part: string): string {
    const text = this.text(part);
    if (text === undefined)
      throw packageRefusal("missing_part", this.fileName, `${part} is missing`);
    return text;
  }

  contentTypes(): ContentTypes {
    this.contentTypesCache ??= parseContentTypes(this.text(CONTENT_TYPES_PART));
    return this.contentTypesCache;
  }

  contentType(part: string): string | undefined {
    return contentTypeOf(this.contentTypes(), part);
  }

  /** The relationships of `part` ("" for the package's own, _rels/.rels); [] when it has none. */
  relationships(part: string): Relationship[] {
    let rels = this.relsCache.get(part);
    if (!rels) {
      rels = parseRelationships(part, this.text(relsPartOf(part)));
      this.relsCache.set(part, rels);
    }
    return rels;
  }

  hasRelationshipsPart(part: string): boolean {
    return this.has(relsPartOf(part));
  }

  /**
   * The workbook part, whatever its name: the package's officeDocument relationship, else the
   * part whose content type is a workbook's, else xl/workbook.xml. Undefined when none exists.
   */
  workbookPart(): string | undefined {
    const rel = this.relationships("").find(
      (r) =>
        relationshipKind(r.type) === "officeDocument" && r.part !== undefined && this.has(r.part),
    );
    if (rel?.part) return this.storedName(rel.part);
    for (const [part, type] of this.contentTypes().overrides) {
      if (WORKBOOK_TYPE.test(type) && this.has(part)) return this.storedName(part);
    }
    return this.has("xl/workbook.xml") ? this.storedName("xl/workbook.xml") : undefined;
  }

  /** `part` spelt as the archive spells it (case), with "/" separators. */
  storedName(part: string): string {
    const entry = this.entry(part);
    return entry ? partName(entry.name) : part;
  }
}

/** An entry name as a part name: "/" separators (some writers use "\\"), no leading "/". */
function partName(entryName: string): string {
  return entryName.replace(/\\/g, "/").replace(/^\//, "");
}

function partKey(name: string): string {
  return partName(name).toLowerCase();
}

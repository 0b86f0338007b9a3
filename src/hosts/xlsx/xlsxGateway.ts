import type { ChangeSet } from "../../workbook/changeSet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { ReadRequest, SheetListing, WorkbookGateway } from "../gateway";
import { packageRefusal, type XlsxPackage } from "./package";
import {
  applyChangeSetToPackage,
  DamagedPartError,
  partsOfPackage,
  zipPackage,
  type PackageParts,
} from "./write";
import { openXlsx, openXlsxParts, type XlsxReadInfo, type XlsxReader } from "./xlsxReader";

const decoder = new TextDecoder();

/** What a gateway holds: the package as opened (nothing inflated past what was read), or parts. */
type Contents = { pkg: XlsxPackage } | { parts: PackageParts; methods: Map<string, number> };

/**
 * The WorkbookGateway over an .xlsx package, for the command line in Node and the browser
 * preview: the streaming reader reads it, and a change set is applied by patching the parts it
 * names, every other part kept byte for byte (write/). A file only read is never unpacked past
 * the parts the reader needed; parts are taken out on the first change. No Node API is used here.
 */
export class XlsxGateway implements WorkbookGateway {
  private reader: XlsxReader | undefined;
  private contents: Contents;
  /** Let the reader (every sheet's parsed cells) go after a read: see openWorkbook's readOnce. */
  private readonly readOnce: boolean;

  constructor(
    contents: XlsxPackage | PackageParts,
    methods: Map<string, number>,
    readonly info: XlsxReadInfo,
    reader?: XlsxReader,
    options: { readOnce?: boolean } = {},
  ) {
    this.contents = contents instanceof Map ? { parts: contents, methods } : { pkg: contents };
    this.reader = reader;
    this.readOnce = options.readOnce ?? false;
  }

  /** The parts and their compression methods, every part inflated (once) on first need. */
  private unpacked(): { parts: PackageParts; methods: Map<string, number> } {
    if ("pkg" in this.contents) this.contents = partsOfPackage(this.contents.pkg);
    return this.contents;
  }

  /** The package as written so far, read again (from its parts, not a zip) after a write. */
  private current(): XlsxReader {
    this.reader ??= openXlsxParts(this.unpacked().parts, {
      ...(this.info.fileName === undefined ? {} : { fileName: this.info.fileName }),
    });
    return this.reader;
  }

  /** A new workbook has no sheet until a change set adds one: nothing to read yet. */
  private isEmpty(): boolean {
    if ("pkg" in this.contents) return false; // an opened package lists at least one sheet
    for (const [name, bytes] of this.contents.parts) {
      if (/(^|\/)workbook\.xml$/i.test(name)) return !/<(\w+:)?sheet\s/.test(decoder.decode(bytes));
    }
    return false;
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.isEmpty() ? [] : this.current().listSheets();
  }

  /** The active sheet alone, or the sheets asked for in the order asked, or every worksheet. */
  async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    if (this.isEmpty()) return { sheets: [] };
    const snapshot = await this.current().read(request);
    if (this.readOnce) this.reader = undefined;
    return snapshot;
  }

  /**
   * Applies the change set to the package. A package the writer cannot write from (no
   * well-formed [Content_Types].xml) is refused in the file's one "damaged" line, as a file
   * that cannot be opened is.
   */
  async apply(changes: ChangeSet): Promise<void> {
    if (changes.changes.length === 0) return;
    const { parts, methods } = this.unpacked();
    let written: PackageParts;
    try {
      written = applyChangeSetToPackage(parts, changes);
    } catch (error) {
      if (!(error instanceof DamagedPartError)) throw error;
      const reason = error.missing ? "missing_part" : "malformed_xml";
      throw packageRefusal(reason, this.info.fileName, error.message);
    }
    this.contents = { parts: written, methods };
    this.reader = undefined;
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.apply({ changes: [{ kind: "activate", sheet, cell }] });
  }

  /**
   * The workbook as .xlsx bytes. Needs a sheet: a workbook.xml listing none is refused, without
   * reading the package again.
   */
  async toBuffer(): Promise<Uint8Array> {
    if (this.isEmpty()) throw new Error("A workbook needs at least one sheet to be saved");
    const { parts, methods } = this.unpacked();
    return zipPackage(parts, methods);
  }
}

export interface OpenWorkbookOptions {
  /** The file's name, for messages. */
  fileName?: string;
  /**
   * The caller reads the workbook once (a command line run): the sheets' parsed cells are let go
   * after the first read, so that they are not held beside the snapshot while it is checked. A
   * later read parses the package again; nothing else changes.
   */
  readOnce?: boolean;
}

/** Opens .xlsx (or .xlsm) bytes as a gateway, or throws one WorkbookOpenError saying why not. */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: OpenWorkbookOptions = {},
): Promise<XlsxGateway> {
  const reader = openXlsx(
    data,
    options.fileName === undefined ? {} : { fileName: options.fileName },
  );
  return new XlsxGateway(reader.pkg, new Map(), reader.info, reader, {
    readOnce: options.readOnce ?? false,
  });
}

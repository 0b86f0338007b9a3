import type { ChangeSet } from "../../workbook/changeSet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { ReadRequest, SheetListing, WorkbookGateway } from "../gateway";
import { applyChangeSetToPackage, partsOfPackage, zipPackage, type PackageParts } from "./write";
import { openXlsx, type XlsxReadInfo, type XlsxReader } from "./xlsxReader";

const decoder = new TextDecoder();

/**
 * The WorkbookGateway over an .xlsx package, for the command line in Node and the browser
 * preview: the streaming reader reads it, and a change set is applied by patching the parts it
 * names, every other part kept byte for byte (write/). No Node API is used here.
 */
export class XlsxGateway implements WorkbookGateway {
  private reader: XlsxReader | undefined;

  constructor(
    private parts: PackageParts,
    private readonly methods: Map<string, number>,
    readonly info: XlsxReadInfo,
    reader?: XlsxReader,
  ) {
    this.reader = reader;
  }

  /** The package as written so far, read again after a write. */
  private current(): XlsxReader {
    this.reader ??= openXlsx(zipPackage(this.parts, this.methods), {
      ...(this.info.fileName === undefined ? {} : { fileName: this.info.fileName }),
    });
    return this.reader;
  }

  /** A new workbook has no sheet until a change set adds one: nothing to read yet. */
  private isEmpty(): boolean {
    for (const [name, bytes] of this.parts) {
      if (/(^|\/)workbook\.xml$/i.test(name)) return !/<(\w+:)?sheet\s/.test(decoder.decode(bytes));
    }
    return false;
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.isEmpty() ? [] : this.current().listSheets();
  }

  /** The active sheet alone, or the sheets asked for in the order asked, or every worksheet. */
  async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    return this.isEmpty() ? { sheets: [] } : this.current().read(request);
  }

  async apply(changes: ChangeSet): Promise<void> {
    if (changes.changes.length === 0) return;
    this.parts = applyChangeSetToPackage(this.parts, changes);
    this.reader = undefined;
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.apply({ changes: [{ kind: "activate", sheet, cell }] });
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    if ((await this.listSheets()).length === 0) {
      throw new Error("A workbook needs at least one sheet to be saved");
    }
    return zipPackage(this.parts, this.methods);
  }
}

/** Opens .xlsx (or .xlsm) bytes as a gateway, or throws one WorkbookOpenError saying why not. */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: { fileName?: string } = {},
): Promise<XlsxGateway> {
  const reader = openXlsx(data, options);
  const { parts, methods } = partsOfPackage(reader.pkg);
  return new XlsxGateway(parts, methods, reader.info, reader);
}

import type { ReadRequest, SheetListing } from "../gateway";
import { sameSheetName } from "../../workbook/templates/sheetName";
import type { SheetVisibility, WorkbookSnapshot } from "../../workbook/snapshot";
import { XlsxPackage, toRefusal, type PackageLimits } from "./package";
import { readWorkbook, type ListedSheet, type ReadWorkbook } from "./read/readWorkbook";
import { sheetSnapshot } from "./read/sheetSnapshot";
import type { SheetKind } from "./read/sheetKind";

export interface OpenXlsxOptions {
  /** The file's name, for messages. */
  fileName?: string;
  limits?: PackageLimits;
}

/** A sheet of the file that is not a worksheet: listed here, not read. */
export interface SkippedSheet {
  name: string;
  kind: Exclude<SheetKind, "worksheet">;
  visibility: SheetVisibility;
}

export interface XlsxReadInfo {
  fileName?: string;
  strictOpenXml: boolean;
  /** Chart sheets and other non-worksheets: not in listSheets() or read(). */
  skippedSheets: SkippedSheet[];
}

/**
 * The streaming .xlsx reader: the package opened (package/), the workbook and every worksheet
 * read once when it is opened (read/), snapshots built on request. Gives what the former ExcelJS
 * gateway's listSheets() and read() give; the package is kept for the writer.
 */
export class XlsxReader {
  readonly info: XlsxReadInfo;

  constructor(
    readonly pkg: XlsxPackage,
    readonly workbook: ReadWorkbook,
  ) {
    this.info = {
      fileName: pkg.fileName,
      strictOpenXml: workbook.strictOpenXml,
      skippedSheets: workbook.listed
        .filter((s): s is ListedSheet & { kind: SkippedSheet["kind"] } => s.kind !== "worksheet")
        .map((s) => ({ name: s.name, kind: s.kind, visibility: s.visibility })),
    };
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.workbook.worksheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  /**
   * The active sheet alone, or the sheets asked for in the order asked (unknown names skipped,
   * names matched as Excel matches them), or every worksheet.
   */
  async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    const activeSheet = this.activeSheetName();
    const names = request.activeSheet
      ? [activeSheet].filter((n): n is string => n !== undefined)
      : request.sheets;
    const { worksheets, numberFormats } = this.workbook;
    const models = names
      ? names
          .map((name) => worksheets.find((s) => sameSheetName(s.name, name)))
          .filter((s) => s !== undefined)
      : worksheets;
    const { properties, savedAt } = this.workbook;
    return {
      sheets: models.map((m) => sheetSnapshot(m, numberFormats)),
      activeSheet,
      ...(Object.keys(properties).length > 0 ? { properties: { ...properties } } : {}),
      ...(savedAt === undefined ? {} : { savedAt }),
    };
  }

  /**
   * The worksheet whose tab was active when the file was saved; when that tab is a chart sheet
   * (or gone), the first visible worksheet, else the first worksheet.
   */
  activeSheetName(): string | undefined {
    const { listed, activeTab, worksheets } = this.workbook;
    const tab = listed[activeTab];
    if (tab?.kind === "worksheet") return tab.name;
    return (worksheets.find((s) => s.visibility === "visible") ?? worksheets[0])?.name;
  }
}

/**
 * Opens .xlsx (or .xlsm) bytes for reading, or throws one WorkbookOpenError saying why not
 * (old .xls, password-protected, web page, not a zip, damaged, too large). Bytes only: runs in
 * Node and in browsers.
 */
export function openXlsx(
  data: ArrayBuffer | Uint8Array,
  options: OpenXlsxOptions = {},
): XlsxReader {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return readerOf(XlsxPackage.open(bytes, options), options);
}

/** A reader over parts already inflated (the writer's result): nothing zipped or unzipped. */
export function openXlsxParts(
  parts: ReadonlyMap<string, Uint8Array>,
  options: OpenXlsxOptions = {},
): XlsxReader {
  return readerOf(XlsxPackage.fromParts(parts, options), options);
}

function readerOf(pkg: XlsxPackage, options: OpenXlsxOptions): XlsxReader {
  try {
    return new XlsxReader(pkg, readWorkbook(pkg));
  } catch (error) {
    throw toRefusal(error, options.fileName);
  }
}

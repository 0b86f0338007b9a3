import type { Workbook } from "exceljs";
import type { ReadRequest, SheetListing, WorkbookGateway } from "../gateway";
import type { ChangeSet } from "../../workbook/changeSet";
import type { SheetVisibility, WorkbookSnapshot } from "../../workbook/snapshot";
import { activeSheetName } from "./activeSheet";
import { addChartsToXlsx } from "./addChartsToXlsx";
import { applyChanges } from "./applyChanges";
import type { SheetKind } from "./loadHooks";
import { chartSpecs, type PendingChart } from "./pendingCharts";
import { prepareForWrite } from "./prepareForWrite";
import { readSheet } from "./readSheet";
import type { SaveLoss } from "./saveLosses";
import { findSheet } from "./sheetWrites";

/** A sheet of the file that is not a worksheet: listed here, not read, not saved. */
export interface SkippedSheet {
  name: string;
  kind: Exclude<SheetKind, "worksheet">;
  visibility: SheetVisibility;
}

/** What was learnt about the file when it was opened. */
export interface OpenInfo {
  fileName?: string;
  /** The file was Strict Open XML; it was read, and a saved copy is ordinary .xlsx. */
  strictOpenXml: boolean;
  /** Chart sheets and other non-worksheets: not in listSheets() or read(). */
  skippedSheets: SkippedSheet[];
  /** What a copy written by toBuffer() will not have (saveLosses.ts). */
  saveLosses: SaveLoss[];
}

/**
 * The WorkbookGateway over an in-memory ExcelJS workbook, for .xlsx files: the command line in
 * Node and the browser preview. No Node API is used here; files are opened from bytes
 * (openWorkbook.ts) and written back as bytes (toBuffer).
 *
 * ExcelJS 4.4 neither reads nor writes charts: the charts a change set adds wait here and are
 * put into the written file (addChartsToXlsx.ts). Charts in a file that was opened are dropped
 * on save (OpenInfo.saveLosses says "charts").
 */
export class ExcelJsGateway implements WorkbookGateway {
  private readonly charts: PendingChart[] = [];

  constructor(
    private readonly workbook: Workbook,
    readonly info: OpenInfo,
  ) {}

  async listSheets(): Promise<SheetListing[]> {
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      visibility: ws.state ?? "visible",
    }));
  }

  /**
   * The active sheet alone, or the sheets asked for in the order asked (unknown names skipped),
   * or every worksheet.
   */
  async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    const date1904 = this.workbook.properties?.date1904 === true;
    const activeSheet = activeSheetName(this.workbook);
    const names = request.activeSheet
      ? [activeSheet].filter((n) => n !== undefined)
      : request.sheets;
    const sheets = names
      ? names.map((name) => findSheet(this.workbook, name)).filter((s) => s !== undefined)
      : this.workbook.worksheets;
    return { sheets: sheets.map((ws) => readSheet(ws, date1904)), activeSheet };
  }

  async apply(changes: ChangeSet): Promise<void> {
    applyChanges(
      this.workbook,
      changes.changes,
      this.info.skippedSheets.map((s) => s.name),
      this.charts,
    );
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.apply({ changes: [{ kind: "activate", sheet, cell }] });
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    if (this.workbook.worksheets.length === 0) {
      throw new Error("A workbook needs at least one sheet to be saved");
    }
    prepareForWrite(this.workbook);
    const buffer = await this.workbook.xlsx.writeBuffer();
    const bytes = buffer as unknown as Uint8Array;
    const written = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return addChartsToXlsx(written, chartSpecs(this.workbook, this.charts));
  }
}

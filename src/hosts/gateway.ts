import type { ChangeSet } from "../workbook/changeSet";
import type { WorkbookSnapshot } from "../workbook/snapshot";

export interface SheetListing {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export interface ReadRequest {
  /** Sheets to read; all sheets when absent. */
  sheets?: string[];
  /**
   * Read only the active sheet (`sheets` is then ignored). Naming the sheets, or asking for the
   * active one, lets the Office host read in one request: nothing has to be listed first.
   */
  activeSheet?: boolean;
}

/**
 * The one door to a workbook. Reading returns plain data; every change goes in as a change
 * set applied in one batch. Implemented over Office.js (the add-in) and ExcelJS (.xlsx files).
 */
export interface WorkbookGateway {
  listSheets(): Promise<SheetListing[]>;
  read(request?: ReadRequest): Promise<WorkbookSnapshot>;
  apply(changes: ChangeSet): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
}

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
  /**
   * Leave out notes and comments (a consolidation doesn't need them): on the Office host a
   * sheet that holds notes then still takes one request, not two.
   */
  skipNotes?: boolean;
  /**
   * Told how far the read has come after each of its requests, in cells: a read of many or big
   * sheets takes several (the Office host keeps each under Excel on the web's 5 MB), and the
   * pane shows a progress bar. A host that reads in one go may never call it.
   */
  onProgress?: (progress: ReadProgress) => void;
}

/** How much of a read is done: cells read so far, of the cells there are to read. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** An edit the user made: the sheet and, where the host says, the range. */
export interface WorkbookEdit {
  sheet: string;
  /** Bare A1 range of the edit ("C12" or "C12:D14"), when known. */
  range?: string;
  /**
   * Another co-author's edit (Excel's `source: "Remote"`): every co-author's pane sees it, so it
   * is re-read but never answered with a write, or two open panes keep triggering each other.
   */
  remote?: true;
}

export interface SelectOptions {
  /** Show the sheet first if it is hidden (only when the user asks for it). */
  unhide?: boolean;
}

export interface ImportSheetsOptions {
  /** File by file, the names of the only sheets to insert (all of the file's where absent). */
  sheets?: ReadonlyArray<readonly string[] | undefined>;
}

/** Stops watching for edits; may be asynchronous (Office.js removes a handler in a request). */
export type StopWatching = () => void | Promise<void>;

/**
 * The one door to a workbook. Reading returns plain data; every change goes in as a change
 * set applied in one batch. Implemented over Office.js (the add-in) and .xlsx packages (hosts/xlsx).
 */
export interface WorkbookGateway {
  listSheets(): Promise<SheetListing[]>;
  read(request?: ReadRequest): Promise<WorkbookSnapshot>;
  apply(changes: ChangeSet): Promise<void>;
  /**
   * Shows the sheet and selects the cell. A hidden sheet is refused with a WriteRefusedError
   * ("hidden") unless `unhide` is set: the user asked for the sheet to be shown.
   */
  select(sheet: string, cell: string, options?: SelectOptions): Promise<void>;
  /**
   * Optional: calls `handler` after the user edits cells, until the returned function is called.
   * Never called for the gateway's own `apply` (where the host can tell; otherwise the caller
   * ignores edits reported during its own writes). A host that cannot report edits returns a
   * function that does nothing; a gateway without the method (.xlsx files) cannot watch at all.
   * The pane's ChangeWatching (src/taskpane/gateway/paneGateway.ts) has the same shape.
   */
  /**
   * Optional: inserts every sheet of each .xlsx file at the end of this workbook and returns,
   * file by file, the names they got here (the host renames a sheet whose name is taken).
   * Office: one request a file; throws an `ImportUnsupportedError` on Excel for iPad, and an
   * `ImportRefusedError` (importRefusal.ts) before anything is inserted when a file is one the
   * host would refuse. Give one file a call to learn each file's outcome.
   * `names` are the files' names, for a host that says which file it could not read.
   * `options.sheets`: file by file, the only sheets to insert (Office's sheetNamesToInsert);
   * every sheet where absent.
   */
  importSheets?(
    files: readonly Uint8Array[],
    names?: readonly string[],
    options?: ImportSheetsOptions,
  ): Promise<string[][]>;
  onChange?(handler: (edit: WorkbookEdit) => void): Promise<StopWatching> | StopWatching;
}

/**
 * The host can't insert sheets from a file: Excel for iPad reports the API set but has no
 * insertWorksheetsFromBase64 ("only supported for Office on Windows, Mac, and the web").
 */
export class ImportUnsupportedError extends Error {
  constructor(readonly platform: string) {
    super(`Importing sheets is not supported on ${platform}`);
    this.name = "ImportUnsupportedError";
  }
}

/** Why a write was refused before anything was written. */
export type WriteRefusalReason = "protected" | "merged" | "hidden";

/**
 * The gateway refused a change set before writing any of it: the read that served the check saw
 * that Excel would fail part-way (a protected sheet, content into part of a merged area, a hidden
 * sheet to show). Nothing was written; the pane says why in its own words.
 */
export class WriteRefusedError extends Error {
  constructor(
    readonly reason: WriteRefusalReason,
    readonly sheet: string,
    /** The range concerned, for "merged" (the merged area). */
    readonly range?: string,
  ) {
    super(`Write refused (${reason}) on "${sheet}"${range ? ` at ${range}` : ""}`);
    this.name = "WriteRefusedError";
  }
}

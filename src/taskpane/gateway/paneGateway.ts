import type { WorkbookGateway } from "../../hosts/gateway";

/** An edit the user made to a workbook: the sheet and, where the host says, the range. */
export interface WorkbookEdit {
  sheet: string;
  /** A1 range of the edit ("C12" or "C12:D14"), when known. */
  range?: string;
  /** A co-author's edit: re-read, never answered with a write. */
  remote?: true;
}

/** Stops watching; may be asynchronous (Office.js removes a handler in a request). */
export type Unsubscribe = () => void | Promise<void>;

/**
 * The capability the pane needs to re-check on edit. It is optional: a gateway without it
 * (the .xlsx gateway, and the Office.js one until it has it) still does everything else,
 * and the pane simply does not watch.
 *
 * Proposed for WorkbookGateway (src/hosts/gateway.ts): the handler is called after the user
 * edits cells (Office.js: worksheets.onChanged, ExcelApi 1.9), never for the gateway's own
 * `apply` (Office.js: WorksheetChangedEventArgs.triggerSource "ThisLocalAddin" is dropped).
 */
export interface ChangeWatching {
  onChange?(handler: (edit: WorkbookEdit) => void): Promise<Unsubscribe> | Unsubscribe;
}

export type PaneGateway = WorkbookGateway & ChangeWatching;

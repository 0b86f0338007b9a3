import {
  ImportUnsupportedError,
  WriteRefusedError,
  type SelectOptions,
  type ReadRequest,
  type SheetListing,
  type StopWatching,
  type WorkbookEdit,
  type ImportSheetsOptions,
  type WorkbookGateway,
} from "../gateway";
import type { ChangeSet } from "../../workbook/changeSet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { applyChanges, REQUEST_BUDGET } from "./applyChanges";
import { officeRunWith, watchChanges, type RunBatch, type RunWithContext } from "./changeWatch";
import {
  detectFeatures,
  officeIsSetSupported,
  officePlatform,
  type HostFeatures,
  type IsSetSupported,
  type OfficePlatform,
} from "./features";
import { runDelayed } from "./delayedRun";
import { officeLibrary, type ExcelLibrary } from "./library";
import type { Skipped } from "./planChanges";
import { readWorkbookInBands } from "./bandedRead";
import { blockShapes, writtenSizes, type KnownSize } from "./readShape";
import { importSheets, type ImportCheck } from "./importSheets";
import { readNamedSheets } from "./namedSheetRead";
import { markNoteBlocks } from "./noteBlocks";
import { listSheets, readWorkbook } from "./readWorkbook";
import { OwnedAreas } from "./ownedAreas";
import { FORMAT_CELL_CAP } from "./cellFormats";
import { dropUnchanged } from "./unchangedCells";
import { findWriteBlocker } from "./writeBlockers";
import { seenProbe } from "./seenProbe";
import { isHidden, selectCell } from "./selectCell";
import type { SheetSnapshot } from "../../workbook/snapshot";

/** The batch runners: Excel.run in the add-in, a test double's in tests. */
export type { RunBatch, RunWithContext } from "./changeWatch";

export interface OfficeGatewayOptions {
  /** Office.context.requirements.isSetSupported; the live one by default. */
  isSetSupported?: IsSetSupported;
  /**
   * The `Excel` namespace of the loaded Office.js, whose members a feature needs besides its
   * set (see library.ts); the page's own by default, a test double's in tests.
   */
  library?: ExcelLibrary;
  /**
   * Office.context.platform ("PC", "Mac", "OfficeOnline", "iOS"…): Excel on iPad can't insert
   * sheets from a file, Excel on the web refuses some files. The page's own by default.
   */
  platform?: OfficePlatform | string;
  /** Most bytes of payload per write request (default 4 MB, under the web's 5 MB limit). */
  requestBudget?: number;
  /** Told about each change the host can't apply for want of a requirement set. */
  onSkipped?: (skipped: Skipped) => void;
  /**
   * Runs a batch in an existing request context: Excel.run(context, batch) by default. Office.js
   * removes an event handler only in the context that added it, so `onChange`'s unsubscribe goes
   * through this (a test double passes its own).
   */
  runWith?: RunWithContext;
}

/** Excel's refusals of a request or response over its size limit. */
function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * The workbook gateway over Office.js. Reads of named sheets or the active one take one request
 * (two when those sheets hold tables, notes or comments), reads of all sheets two (list, then
 * load everything); more only for workbooks over the size limits. Writes take one (more only for
 * size, plus a probe for sheet and note changes; see probe.ts). No proxy object leaves this
 * folder: callers get plain snapshots.
 */
export class OfficeGateway implements WorkbookGateway {
  private readonly features: HostFeatures;
  private readonly budget: number;
  private readonly onSkipped: (skipped: Skipped) => void;
  private readonly runWith: RunWithContext;
  /** The cells the add-in formatted: their formats are read with the values (ownedAreas.ts). */
  private readonly owned = new OwnedAreas();
  /** The sheets the last read loaded, until a write or an edit makes them stale. */
  private seen = new Map<string, SheetSnapshot>();
  /** Whether each sheet the reads saw was hidden then (a hint for select; see there). */
  private readonly visibility = new Map<string, boolean>();
  /** Each sheet's used range as the reads saw it, to size the next read's blocks (readShape.ts). */
  private readonly sizes = new Map<string, KnownSize>();
  /** The active sheet the last read saw: a read of "the active sheet" sizes its block by it. */
  private lastActive: string | undefined;
  constructor(
    private readonly excelRun: RunBatch,
    options: OfficeGatewayOptions = {},
  ) {
    this.features = detectFeatures(
      options.isSetSupported ?? officeIsSetSupported,
      "library" in options ? options.library : officeLibrary(),
      "platform" in options ? options.platform : officePlatform(),
    );
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.onSkipped = options.onSkipped ?? (() => undefined);
    this.runWith = options.runWith ?? officeRunWith;
  }

  /** Every batch runs with delayForCellEdit and its quiet retry (see delayedRun.ts). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runDelayed(this.excelRun, batch);
  }

  listSheets(): Promise<SheetListing[]> {
    return this.run((context) => listSheets(context));
  }

  /**
   * Reads the named sheets, or the active one, in one request (two when they hold tables, notes
   * or comments; see namedSheetRead.ts), and all sheets in two (list, then load). Should Excel
   * refuse the read (a response over Excel on the web's 5 MB, or over 512 merged areas on a
   * sheet), it is made again in bands of rows, one request each (see bandedRead.ts). A one-request
   * read refused for anything but its size is made again as the two-request read first: a host
   * that fails on a named sheet that does not exist, rather than giving a null object, gets the
   * listing that skips it.
   */
  async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    this.seen = new Map();
    const areas = this.owned.forOneRead(FORMAT_CELL_CAP);
    const shapes = (names: readonly (string | undefined)[]) =>
      blockShapes(
        names.map((n) => this.sizes.get((n ?? this.lastActive ?? "").toLocaleUpperCase())),
      );
    const inBands = () =>
      this.run((context) => readWorkbookInBands(context, request, this.features));
    const listed = () =>
      this.run((context) => readWorkbook(context, request, this.features, shapes, areas)).catch(
        inBands,
      );
    const snapshot = await (!request.activeSheet && !request.sheets
      ? listed()
      : this.run((context) =>
          readNamedSheets(context, request, this.features, shapes, areas),
        ).catch((error: unknown) => (isPayloadLimit(error) ? inBands() : listed())));
    markNoteBlocks(snapshot, this.features);
    this.seen = new Map(snapshot.sheets.map((s) => [s.name.toLocaleUpperCase(), s]));
    this.lastActive = snapshot.activeSheet;
    for (const s of snapshot.sheets) {
      const key = s.name.toLocaleUpperCase();
      this.visibility.set(key, s.visibility !== "visible");
      this.sizes.set(key, { rows: s.values.length, columns: s.values[0]?.length ?? 0 });
    }
    return snapshot;
  }

  /**
   * Applies a change set, less what would write what the last read saw already there (see
   * unchangedCells.ts): a re-check with nothing new sends nothing. What the read saw would make
   * Excel fail part-way (a protected sheet, part of a merged area, a hidden sheet to show) refuses
   * the whole change set before anything is sent: a WriteRefusedError (writeBlockers.ts).
   */
  async apply(changes: ChangeSet): Promise<void> {
    const seen = this.seen;
    this.seen = new Map();
    const kept = dropUnchanged(changes.changes, seen);
    if (kept.length === 0) {
      this.owned.record(changes.changes);
      return;
    }
    const blocker = findWriteBlocker(kept, seen);
    if (blocker) throw blocker;
    this.owned.record(changes.changes);
    const known = seenProbe(kept, seen);
    const skipped = await this.run((context) =>
      applyChanges(context, kept, this.features, this.budget, known),
    );
    for (const [key, size] of writtenSizes(kept)) {
      const before = this.sizes.get(key);
      this.sizes.set(key, {
        rows: Math.max(size.rows, before?.rows ?? 0),
        columns: Math.max(size.columns, before?.columns ?? 0),
      });
    }
    skipped.forEach(this.onSkipped);
  }

  /**
   * Inserts the sheets of sub-units' .xlsx files (ExcelApi 1.13): one request a file, each under
   * the request budget. Excel for iPad has no such API (ImportUnsupportedError); a file Excel on
   * the web would refuse is refused first, nothing sent (ImportRefusedError, importCheck.ts).
   */
  async importSheets(
    files: readonly Uint8Array[],
    _names?: readonly string[],
    options: ImportSheetsOptions = {},
  ): Promise<string[][]> {
    if (!this.features.insertWorksheets) throw new ImportUnsupportedError("iPad");
    if (files.length === 0) return [];
    this.seen = new Map();
    // The package reader is loaded only to look into files on the web, not with the gateway.
    let refuse: ImportCheck | undefined;
    if (this.features.web) {
      const { webImportRefusal } = await import("./importCheck");
      refuse = (bytes, length) => webImportRefusal(bytes, length, this.budget);
    }
    return this.run((context) => importSheets(context, files, refuse, options.sheets));
  }

  /**
   * Shows the sheet and selects the cell, in one request. Excel can't activate a hidden sheet,
   * so a hidden one is refused in plain words (a WriteRefusedError) unless the user asked to
   * unhide it: one the last read saw hidden is looked at first (one request), one hidden since
   * is looked at after the select fails.
   */
  async select(sheet: string, cell: string, options: SelectOptions = {}): Promise<void> {
    const unhide = options.unhide === true;
    // Seen hidden: look first (the user may have shown it since; Excel tells no one).
    if (!unhide && this.visibility.get(sheet.toLocaleUpperCase())) {
      if (await this.run((context) => isHidden(context, sheet))) {
        throw new WriteRefusedError("hidden", sheet, cell);
      }
    }
    try {
      await this.run((context) => selectCell(context, sheet, cell, unhide));
    } catch (error) {
      if (unhide) throw error;
      const hidden = await this.run((context) => isHidden(context, sheet)).catch(() => false);
      throw hidden ? new WriteRefusedError("hidden", sheet, cell) : error;
    }
  }

  /**
   * Reports the user's edits (WorksheetCollection.onChanged, ExcelApi 1.9): registering is one
   * request, and edits the add-in made are not reported where the host tells them apart (ExcelApi
   * 1.14). See changeWatch.ts.
   */
  async onChange(handler: (edit: WorkbookEdit) => void): Promise<StopWatching> {
    return watchChanges(this.excelRun, this.runWith, (edit) => {
      // What the last read saw of that sheet is stale now.
      this.seen.delete(edit.sheet.toLocaleUpperCase());
      handler(edit);
    });
  }
}

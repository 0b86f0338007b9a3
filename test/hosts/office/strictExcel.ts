/**
 * A strict test double of the Office.js Excel API subset the Office gateway uses, over an
 * in-memory workbook a test can seed and inspect. Unlike office-addin-mock it behaves like
 * Excel where it matters: writes wait for sync(), reading an unloaded property throws
 * PropertyNotLoaded, collections must be loaded before their items are read, methods of API
 * sets the host lacks fail with ApiNotFound, Range.values parses text as typed input ("=1+1"
 * becomes a formula), and every sync is counted with its request and response sizes.
 */
import { parseRange } from "../../../src/workbook/a1";
import type { SeedCell, SeedWorkbook } from "../contractCases";
import {
  OfficeError,
  ProxyDouble,
  StrictContext,
  type Host,
  type RequestRecord,
} from "./double/context";
import { CellEditMode } from "./double/cellEdit";
import { ChangeRegistry } from "./double/events";
import { ImportRegistry, insertSheets } from "./double/imports";
import { FULL_LIBRARY, libraryNamespace, type LibraryModel } from "./double/library";
import { DocumentPropertiesDouble } from "./double/properties";
import { RangeDouble } from "./double/range";
import {
  cellFor,
  findSheet,
  newSheet,
  refAddress,
  type SheetModel,
  type WorkbookModel,
} from "./double/model";
import {
  CommentCollectionDouble,
  NoteCollectionDouble,
  TableCollectionDouble,
} from "./double/sheetItems";
import { WorksheetCollectionDouble, WorksheetDouble } from "./double/worksheet";
import type { ExcelLibrary } from "../../../src/hosts/office/library";

export { OfficeError, type RequestRecord } from "./double/context";
// Also gives WorksheetDouble its `charts`.
export { chartsOf, type ChartModel } from "./double/charts";
export { inspect, type CellModel, type SheetModel, type WorkbookModel } from "./double/model";

class WorkbookDouble extends ProxyDouble<WorkbookModel> {
  get worksheets(): WorksheetCollectionDouble {
    return this.child(
      "worksheets",
      () =>
        new WorksheetCollectionDouble(
          this.context,
          "workbook.worksheets",
          () => this.target().sheets,
        ),
    );
  }
  get tables(): TableCollectionDouble {
    return this.child(
      "tables",
      () =>
        new TableCollectionDouble(this.context, "workbook.tables", () =>
          this.target().sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))),
        ),
    );
  }
  get notes(): NoteCollectionDouble {
    // A library without the notes API has no such member (see double/library.ts).
    if (!this.context.host.library.notes) return undefined as unknown as NoteCollectionDouble;
    return this.child(
      "notes",
      () => new NoteCollectionDouble(this.context, "workbook.notes", () => this.target().sheets),
    );
  }
  get comments(): CommentCollectionDouble {
    return this.child(
      "comments",
      () =>
        new CommentCollectionDouble(this.context, "workbook.comments", () => this.target().sheets),
    );
  }
  /** Workbook.properties (ExcelApi 1.7): the custom document properties. */
  get properties(): DocumentPropertiesDouble {
    return this.child(
      "properties",
      () => new DocumentPropertiesDouble(this.context, "workbook.properties", () => this.target()),
    );
  }
  insertWorksheetsFromBase64(
    base64: string,
    options?: { sheetNamesToInsert?: string[] },
  ): { value: string[] } {
    return insertSheets(
      this.context,
      () => this.target(),
      (seed) => seedModel(seed).sheets,
      base64,
      options,
    );
  }
  protected scalar(): unknown {
    return undefined;
  }
}

/** The RequestContext the double hands to a batch. */
export class StrictRequestContext extends StrictContext {
  readonly workbook: WorkbookDouble;
  constructor(host: Host) {
    super(host);
    this.workbook = new WorkbookDouble(this, "workbook", () => host.model);
  }
}

/** A change as Excel reports it to WorksheetCollection.onChanged handlers. */
export interface ChangeEventInput {
  /** The changed sheet, by name (the event carries its id); or give `worksheetId` itself. */
  sheet?: string;
  worksheetId?: string;
  /** The changed range, as Excel gives it: bare A1 ("C12", "C12:D14"). */
  address: string;
  /** ExcelApi 1.14 and later only; "Unknown" (a user's edit) by default. */
  triggerSource?: "Unknown" | "ThisLocalAddin";
  /** "Remote": a co-author's edit, which Excel reports to every co-author's add-in. */
  source?: "Local" | "Remote";
}

export interface StrictExcelOptions {
  /** The host's ExcelApi 1.x minor version (default 18: notes, merges, row properties). */
  apiVersion?: number;
  /** Bytes per request and per response (default 5 MB, Excel on the web's limit). */
  payloadLimit?: number;
  /**
   * The members the served Office.js has (default: all the double implements). `{ notes: false }`
   * is the npm copy of Office.js, 1.1.110, on a host that reports ExcelApi 1.18.
   */
  library?: Partial<LibraryModel>;
  /**
   * Office.context.platform (default "PC"): "OfficeOnline" refuses to insert files holding
   * charts, comments, PivotTables or slicers; "iOS" (iPad) can't insert files at all.
   */
  platform?: "PC" | "Mac" | "OfficeOnline" | "iOS";
}

export class StrictExcel implements Host {
  readonly model: WorkbookModel;
  readonly requests: RequestRecord[] = [];
  readonly events = new ChangeRegistry();
  readonly imports = new ImportRegistry();
  readonly cellEdit = new CellEditMode();
  apiVersion: number;
  payloadLimit: number;
  library: LibraryModel;
  platform: string;

  constructor(
    seed: SeedWorkbook = { sheets: [{ name: "Sheet1" }] },
    options: StrictExcelOptions = {},
  ) {
    this.model = seedModel(seed);
    this.apiVersion = options.apiVersion ?? 18;
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.library = { ...FULL_LIBRARY, ...options.library };
    this.platform = options.platform ?? "PC";
  }

  /** The `Excel` namespace of the served library, for the gateway's feature checks. */
  get excelLibrary(): ExcelLibrary {
    return libraryNamespace(this.library, {
      Workbook: WorkbookDouble,
      Worksheet: WorksheetDouble,
      WorksheetCollection: WorksheetCollectionDouble,
      Range: RangeDouble,
      NoteCollection: NoteCollectionDouble,
      CommentCollection: CommentCollectionDouble,
    });
  }

  /**
   * Excel.run, with or without Excel.RunOptions: a fresh context per batch; queued operations
   * left at the end are synced. While the user edits a cell, a batch without
   * `delayForCellEdit: true` fails (see double/cellEdit.ts).
   */
  run = async <T>(
    ...args:
      | [batch: (context: Excel.RequestContext) => Promise<T>]
      | [options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>]
  ): Promise<T> => {
    const context = new StrictRequestContext(this);
    if (args.length === 1) return this.runIn(context, args[0]);
    context.delayForCellEdit = args[0].delayForCellEdit === true;
    return this.runIn(context, args[1]);
  };

  /**
   * Excel.run(context, batch): a batch in an earlier run's context (the one event handlers
   * must be removed in). The context is open again for the batch.
   */
  runWith = async <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const strict = context as unknown as StrictContext;
    if (!(strict instanceof StrictRequestContext) || strict.host !== this) {
      throw new OfficeError("InvalidArgument", "Excel.run(context): not this host's context");
    }
    return this.runIn(strict, batch);
  };

  private async runIn<T>(
    context: StrictRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    context.open = true;
    try {
      // The double implements only the subset of Excel.RequestContext the gateway uses; the
      // cast is the one place where its shape is not checked against @types/office-js.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.open = false;
    }
  }

  /**
   * A change on a sheet, as Excel reports it: every onChanged handler registered (and not
   * removed) by now gets the event. Resolves when the handlers' promises settle.
   */
  async fireChange(change: ChangeEventInput): Promise<void> {
    const worksheetId = change.worksheetId ?? this.sheet(change.sheet ?? "").id;
    const args = {
      type: "WorksheetChanged",
      worksheetId,
      address: change.address,
      source: change.source ?? "Local",
      changeType: "RangeEdited",
      ...(this.apiVersion >= 14 ? { triggerSource: change.triggerSource ?? "Unknown" } : {}),
    } as Excel.WorksheetChangedEventArgs;
    await Promise.all(this.events.handlers().map((handler) => handler(args)));
  }

  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported = (name: string, version: string): boolean => {
    const [major, minor] = version.split(".").map(Number);
    return name === "ExcelApi" && major === 1 && (minor ?? 0) <= this.apiVersion;
  };

  get syncCount(): number {
    return this.requests.length;
  }

  /** Forgets the requests so far, to measure the next operation alone. */
  resetRequests(): void {
    this.requests.length = 0;
  }

  sheet(name: string): SheetModel {
    const found = findSheet(this.model, name);
    if (!found) throw new Error(`No sheet "${name}" in the double`);
    return found;
  }

  /** A run of a batch the test writes by hand against the double's own context. */
  async batch<T>(body: (context: StrictRequestContext) => Promise<T>): Promise<T> {
    return body(new StrictRequestContext(this));
  }
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function seedCell(sheet: SheetModel, a1: string, seed: SeedCell | string | number | boolean): void {
  const ref = parseRange(a1);
  if (!ref) throw new Error(`Seed cell "${a1}" is not an address`);
  const cell = cellFor(sheet, ref.start.row, ref.start.column);
  const spec: SeedCell = typeof seed === "object" ? seed : { value: seed };
  const value = spec.value;
  if (value !== null && typeof value === "object") cell.error = value.error;
  else if (value !== null && value !== undefined && value !== "") cell.value = value;
  if (spec.formula !== undefined) cell.formula = spec.formula;
  if (spec.numberFormat !== undefined && spec.numberFormat !== "General") {
    cell.numberFormat = spec.numberFormat;
  }
}

export function seedModel(seed: SeedWorkbook): WorkbookModel {
  const sheets = seed.sheets.map((s) => {
    const sheet = newSheet(s.name);
    sheet.visibility = VISIBILITY[s.visibility ?? "visible"];
    Object.entries(s.cells ?? {}).forEach(([a1, cell]) => seedCell(sheet, a1, cell));
    sheet.merges = (s.merges ?? []).map((m) => parseRange(m)!);
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    sheet.hiddenColumns = new Set(s.hiddenColumns ?? []);
    sheet.tables = (s.tables ?? []).map((t) => ({
      name: t.name,
      range: parseRange(t.range)!,
      showHeaders: t.showHeaders,
    }));
    Object.entries(s.notes ?? {}).forEach(([a1, text]) =>
      sheet.notes.set(refAddress(parseRange(a1)!), text),
    );
    return sheet;
  });
  return {
    sheets,
    activeSheet: seed.activeSheet ?? sheets[0].name,
    nextId: 1,
    customProperties: [],
  };
}

import type { Language } from "../engine/model/status";
import type {
  ImportSheetsOptions,
  ReadRequest,
  SheetListing,
  WorkbookGateway,
} from "../hosts/gateway";
import type { PaneGateway, WorkbookEdit } from "../taskpane/gateway/paneGateway";
import type { ChangeSet, ChartChange } from "../workbook/changeSet";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { importSheetsListed } from "./importSheets";
import { recordLooks, type SheetLooks } from "./sheet/cellStyles";

/** An .xlsx workbook as the preview holds it: the gateway and its bytes for download. */
export type XlsxGateway = WorkbookGateway & {
  toBuffer(): Promise<Uint8Array>;
  /** Chart sheets and other non-worksheets of an opened file: their names are taken too. */
  readonly info?: { skippedSheets: ReadonlyArray<{ name: string }> };
};

/** The preview's view of the workbook: which sheet is shown and which cell is selected. */
export interface PreviewView {
  activeSheet?: string;
  selected?: { sheet: string; cell: string };
  /** Bumped on every change: the preview reads the sheet again. */
  version: number;
}

/**
 * The gateway the pane gets in the preview: the .xlsx gateway, plus what Excel's window
 * would do — the active sheet is the one the preview shows, `select` shows the cell, and the
 * formats each change set writes are recorded for drawing. Edits typed in the preview's
 * table go through `edit` and are reported to the pane (the optional onChange capability).
 */
export class PreviewGateway implements PaneGateway {
  readonly looks: SheetLooks = new Map();
  /** The charts the add-in wrote, by sheet, for the preview to draw (a .xlsx has them too). */
  readonly charts = new Map<string, ChartChange[]>();
  private view: PreviewView = { version: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly editHandlers = new Set<(edit: WorkbookEdit) => void>();
  /** The language of the messages the gateway makes itself (a file it can't import). */
  language: Language = "vi";
  private changed = false;
  /**
   * The sheets listed and the sheets the preview drew, kept until a change may alter them: on the
   * .xlsx gateway, the first list or read after a write parses every sheet again, so a list or a
   * redraw after each of 168 imported files would parse 168 × 168 / 2 sheets. An import only adds
   * sheets at the end: it keeps both (the listing grows by the sheets it gave).
   */
  private listing?: SheetListing[];
  private readonly drawn = new Map<string, SheetSnapshot | undefined>();
  /** Bumped by every write: a list or read begun before it is not kept. */
  private generation = 0;

  /** Something was written that may change any sheet: listed and drawn sheets are read again. */
  private forget(): void {
    this.generation += 1;
    this.listing = undefined;
    this.drawn.clear();
  }

  constructor(private readonly inner: XlsxGateway) {}

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): PreviewView => this.view;

  private update(change: Partial<PreviewView>): void {
    this.view = { ...this.view, ...change, version: this.view.version + 1 };
    this.listeners.forEach((l) => l());
  }

  /** Something was written since the workbook was opened or last downloaded. */
  get unsaved(): boolean {
    return this.changed;
  }

  /** The workbook as it is now was opened, made, or downloaded: nothing would be lost. */
  markSaved(): void {
    this.changed = false;
  }

  showSheet(sheet: string): void {
    this.update({ activeSheet: sheet });
  }

  async listSheets(): Promise<SheetListing[]> {
    const generation = this.generation;
    const listing = this.listing ?? (await this.inner.listSheets());
    if (generation === this.generation) this.listing = listing;
    return listing.map((s) => ({ ...s }));
  }

  /** The sheet the preview draws, as it was last read unless something was written since. */
  async sheetToDraw(sheet: string): Promise<SheetSnapshot | undefined> {
    if (this.drawn.has(sheet)) return this.drawn.get(sheet);
    const generation = this.generation;
    const read = (await this.inner.read({ sheets: [sheet] })).sheets.find((s) => s.name === sheet);
    if (generation === this.generation) this.drawn.set(sheet, read);
    return read;
  }

  /**
   * A read of the active sheet reads the sheet the preview shows (the workbook's own
   * active sheet is not the one on screen); before the preview shows one, the workbook's.
   */
  async read(request?: ReadRequest): Promise<WorkbookSnapshot> {
    const active = this.view.activeSheet;
    const shown =
      request?.activeSheet && active ? await this.inner.read({ sheets: [active] }) : undefined;
    const snapshot = shown && shown.sheets.length > 0 ? shown : await this.inner.read(request);
    return active && snapshot.sheets.some((s) => s.name === active)
      ? { ...snapshot, activeSheet: active }
      : snapshot;
  }

  async apply(changes: ChangeSet): Promise<void> {
    this.forget();
    await this.inner.apply(changes);
    if (changes.changes.some((c) => c.kind !== "activate")) this.changed = true;
    recordLooks(this.looks, changes.changes);
    for (const change of changes.changes) {
      if (change.kind === "deleteOwnSheet") this.charts.delete(change.sheet);
      if (change.kind === "chart") {
        this.charts.set(change.sheet, [...(this.charts.get(change.sheet) ?? []), change]);
      }
    }
    const activated = [...changes.changes].reverse().find((c) => c.kind === "activate");
    const added = changes.changes.find((c) => c.kind === "addSheet");
    const sheet = activated?.sheet ?? (this.view.activeSheet ? undefined : added?.sheet);
    this.update(sheet ? { activeSheet: sheet } : {});
  }

  async select(sheet: string, cell: string): Promise<void> {
    const sheets = await this.listSheets();
    if (!sheets.some((s) => s.name === sheet)) throw new Error(`No sheet named “${sheet}”`);
    this.forget();
    await this.inner.select(sheet, cell);
    this.update({ activeSheet: sheet, selected: { sheet, cell } });
  }

  onChange(handler: (edit: WorkbookEdit) => void): () => void {
    this.editHandlers.add(handler);
    return () => this.editHandlers.delete(handler);
  }

  /** A value typed into the preview's table: written, then reported as a user's edit. */
  async edit(sheet: string, cell: string, value: string | number | null): Promise<void> {
    this.forget();
    await this.inner.apply({ changes: [{ kind: "values", sheet, anchor: cell, rows: [[value]] }] });
    this.changed = true;
    this.update({});
    this.editHandlers.forEach((h) => h({ sheet, range: cell }));
  }

  /**
   * Excel's insertWorksheetsFromBase64 for the workbook in the page: every sheet of each file
   * is copied to the end (see importSheets.ts). The sheet shown stays the one shown.
   */
  async importSheets(
    files: readonly Uint8Array[],
    names?: readonly string[],
    options: ImportSheetsOptions = {},
  ): Promise<string[][]> {
    const present = await this.listSheets();
    const drawn = new Map(this.drawn);
    this.forget();
    const generation = this.generation;
    const { given, listing } = await importSheetsListed(this.inner, files, {
      lang: this.language,
      present,
      ...(names ? { names } : {}),
      ...(options.sheets ? { sheets: options.sheets } : {}),
    });
    // Only sheets at the end were added: the sheets there before are as they were.
    if (generation === this.generation) {
      this.forget();
      this.listing = listing;
      drawn.forEach((snapshot, sheet) => this.drawn.set(sheet, snapshot));
    }
    this.changed = true;
    this.update({});
    return given;
  }

  toBuffer(): Promise<Uint8Array> {
    return this.inner.toBuffer();
  }
}

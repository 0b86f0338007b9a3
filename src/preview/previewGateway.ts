import type { Language } from "../engine/model/status";
import type {
  ImportSheetsOptions,
  ReadRequest,
  SheetListing,
  WorkbookGateway,
} from "../hosts/gateway";
import type { PaneGateway, WorkbookEdit } from "../taskpane/gateway/paneGateway";
import type { ChangeSet, ChartChange } from "../workbook/changeSet";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { importSheetsInto } from "./importSheets";
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

  listSheets(): Promise<SheetListing[]> {
    return this.inner.listSheets();
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
    const sheets = await this.inner.listSheets();
    if (!sheets.some((s) => s.name === sheet)) throw new Error(`No sheet named “${sheet}”`);
    await this.inner.select(sheet, cell);
    this.update({ activeSheet: sheet, selected: { sheet, cell } });
  }

  onChange(handler: (edit: WorkbookEdit) => void): () => void {
    this.editHandlers.add(handler);
    return () => this.editHandlers.delete(handler);
  }

  /** A value typed into the preview's table: written, then reported as a user's edit. */
  async edit(sheet: string, cell: string, value: string | number | null): Promise<void> {
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
    const given = await importSheetsInto(this.inner, files, {
      lang: this.language,
      ...(names ? { names } : {}),
      ...(options.sheets ? { sheets: options.sheets } : {}),
    });
    this.changed = true;
    this.update({});
    return given;
  }

  toBuffer(): Promise<Uint8Array> {
    return this.inner.toBuffer();
  }
}

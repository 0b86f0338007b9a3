import { parseRange, rangeAddress, type RangeRef } from "../../../../src/workbook/a1";
import { ChangedEventDouble } from "./events";
import { CollectionDouble, NULL_OBJECT, OfficeError, ProxyDouble, type Resolved } from "./context";
import { findSheet, newSheet, usedBox, type SheetModel, type WorkbookModel } from "./model";
import { rangeOn, RangeDouble } from "./range";
import { parseOfficeRange, WHOLE_SHEET } from "./refs";
import { CommentCollectionDouble, NoteCollectionDouble, TableCollectionDouble } from "./sheetItems";

const visibleSheets = (model: WorkbookModel) =>
  model.sheets.filter((s) => s.visibility === "Visible");

function activateAnother(model: WorkbookModel, leaving: SheetModel): void {
  if (model.activeSheet.toLocaleUpperCase() !== leaving.name.toLocaleUpperCase()) return;
  const next = visibleSheets(model).find((s) => s !== leaving);
  if (next) model.activeSheet = next.name;
}

/** A cell argument: a Range proxy, or an address ("B3", "'Sheet'!B3" where a sheet is needed). */
export function cellArgument(
  model: WorkbookModel,
  arg: unknown,
  sheet: SheetModel | undefined,
): { sheet: SheetModel; ref: RangeRef } {
  if (arg instanceof RangeDouble) return arg.argument();
  const text = String(arg);
  const bang = text.lastIndexOf("!");
  const sheetPart =
    bang < 0 ? undefined : text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const target = sheetPart !== undefined ? findSheet(model, sheetPart) : sheet;
  if (!target) throw new OfficeError("InvalidArgument", `"${text}" needs a sheet name`);
  const ref = parseRange(text.slice(bang + 1));
  if (!ref) throw new OfficeError("InvalidArgument", `"${text}" is not a cell address`);
  return { sheet: target, ref };
}

export class WorksheetDouble extends ProxyDouble<SheetModel> {
  private get workbook(): WorkbookModel {
    return this.context.host.model;
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", value, (sheet) => {
      if (value !== "Visible" && visibleSheets(this.workbook).every((s) => s === sheet)) {
        throw new OfficeError("InvalidOperation", "A workbook must keep one visible sheet");
      }
      sheet.visibility = value;
      if (value !== "Visible") activateAnother(this.workbook, sheet);
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (sheet) => {
      const sheets = this.workbook.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  protected override isGone(sheet: SheetModel): boolean {
    return sheet.deleted === true;
  }

  protected scalar(sheet: SheetModel, name: string): unknown {
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.workbook.sheets.indexOf(sheet);
    return undefined;
  }

  activate(): void {
    this.call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") {
        throw new OfficeError("InvalidOperation", `"${sheet.name}" is hidden`);
      }
      this.workbook.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.call("delete", [], (sheet) => {
      if (visibleSheets(this.workbook).every((s) => s === sheet)) {
        throw new OfficeError("InvalidOperation", "A workbook must keep one visible sheet");
      }
      activateAnother(this.workbook, sheet);
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
    });
  }

  private range(path: string, where: (sheet: SheetModel) => Resolved<RangeRef>): RangeDouble {
    return rangeOn(
      this.context,
      `${this.path}.${path}`,
      () => this.target(),
      where,
      () => this.workbook,
    );
  }

  getRange(address?: string): RangeDouble {
    return this.range(`getRange(${address ?? ""})`, () =>
      address === undefined ? WHOLE_SHEET : parseOfficeRange(address),
    );
  }

  /** The used range; on a blank sheet, A1 (as Office returns it). */
  getUsedRange(valuesOnly = false): RangeDouble {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (sheet) => usedBox(sheet, valuesOnly) ?? cellA1,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => usedBox(sheet, valuesOnly) ?? NULL_OBJECT,
    );
  }

  get tables(): TableCollectionDouble {
    return this.child(
      "tables",
      () =>
        new TableCollectionDouble(this.context, `${this.path}.tables`, () => {
          const sheet = this.target();
          return sheet.tables.map((table) => ({ sheet, table }));
        }),
    );
  }

  get notes(): NoteCollectionDouble {
    // A library without the notes API has no such member: undefined, as in Office.js 1.1.110.
    if (!this.context.host.library.notes) return undefined as unknown as NoteCollectionDouble;
    return this.child(
      "notes",
      () => new NoteCollectionDouble(this.context, `${this.path}.notes`, () => [this.target()]),
    );
  }

  get comments(): CommentCollectionDouble {
    return this.child(
      "comments",
      () =>
        new CommentCollectionDouble(this.context, `${this.path}.comments`, () => [this.target()]),
    );
  }

  get freezePanes(): FreezePanesDouble {
    return this.child(
      "freezePanes",
      () => new FreezePanesDouble(this.context, `${this.path}.freezePanes`, () => this.resolve()),
    );
  }

  get protection(): WorksheetProtectionDouble {
    return this.child(
      "protection",
      () =>
        new WorksheetProtectionDouble(this.context, `${this.path}.protection`, () =>
          this.resolve(),
        ),
    );
  }

  get pageLayout(): PageLayoutDouble {
    return this.child(
      "pageLayout",
      () => new PageLayoutDouble(this.context, `${this.path}.pageLayout`, () => this.resolve()),
    );
  }
}

const cellA1: RangeRef = { start: { row: 1, column: 1 }, end: { row: 1, column: 1 } };

export class WorksheetCollectionDouble extends CollectionDouble<SheetModel, WorksheetDouble> {
  private get workbook(): WorkbookModel {
    return this.context.host.model;
  }

  /** Edits on any sheet (ExcelApi 1.9); see events.ts. A getter, as in Office.js. */
  get onChanged(): ChangedEventDouble {
    this.changed ??= new ChangedEventDouble(this.context, `${this.path}.onChanged`);
    return this.changed;
  }
  private changed: ChangedEventDouble | undefined;

  protected itemProxy(sheet: SheetModel, index: number): WorksheetDouble {
    return new WorksheetDouble(this.context, `${this.path}[${index}]`, () => sheet);
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, `${this.path}.getItem(${name})`, () => {
      const found = findSheet(this.workbook, name);
      // Excel names no sheet: its message for every missing item.
      if (!found) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return found;
    });
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      () => findSheet(this.workbook, name) ?? NULL_OBJECT,
    );
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const found = findSheet(this.workbook, this.workbook.activeSheet);
      if (!found) throw new OfficeError("ItemNotFound", "No active sheet");
      return found;
    });
  }

  add(name?: string): WorksheetDouble {
    let created: SheetModel | undefined;
    this.call("add", [name], () => {
      const chosen = name ?? `Sheet${this.workbook.sheets.length + 1}`;
      if (findSheet(this.workbook, chosen)) {
        throw new OfficeError("ItemAlreadyExists", `A sheet named "${chosen}" already exists`);
      }
      if (chosen.length > 31 || /[:\\/?*[\]]/.test(chosen)) {
        throw new OfficeError("InvalidArgument", `"${chosen}" is not a valid sheet name`);
      }
      created = newSheet(chosen);
      this.workbook.sheets.push(created);
    });
    return new WorksheetDouble(this.context, `${this.path}.add(${name ?? ""})`, () => {
      if (!created) throw new OfficeError("InvalidObjectPath", "The sheet is not added yet");
      return created;
    });
  }
}

/**
 * Worksheet.protection (ExcelApi 1.2): whether the sheet is protected, and protect() (a sheet
 * protected already refuses it, as every other change: AccessDenied).
 */
export class WorksheetProtectionDouble extends ProxyDouble<SheetModel> {
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.call("protect", [options, password], (sheet) => {
      this.context.requires(2, "protection.protect");
      if (password !== undefined) this.context.requires(7, "protect(password)");
      sheet.protected = true;
    });
  }
  protected scalar(sheet: SheetModel, name: string): unknown {
    return name === "protected" ? sheet.protected === true : undefined;
  }
}

export class FreezePanesDouble extends ProxyDouble<SheetModel> {
  private freeze(
    name: string,
    args: unknown[],
    rows: (s: SheetModel) => { rows: number; columns: number },
  ): void {
    this.call(name, args, (sheet) => {
      this.context.requires(7, "freezePanes");
      sheet.freeze = rows(sheet);
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, columns: count }));
  }
  freezeAt(range: RangeDouble | string): void {
    this.freeze("freezeAt", [String(range)], (sheet) => {
      const { ref } = cellArgument(this.context.host.model, range, sheet);
      if (ref.start.row !== 1 || ref.start.column !== 1) {
        throw new OfficeError("InvalidArgument", "freezeAt wants a range from A1");
      }
      return { rows: ref.end.row, columns: ref.end.column };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class PageLayoutDouble extends ProxyDouble<SheetModel> {
  private setLayout(name: string, value: unknown): void {
    this.set(name, value, (sheet) => {
      this.context.requires(9, "pageLayout");
      sheet.pageLayout = { ...sheet.pageLayout, [name]: value };
    });
  }
  set orientation(value: string) {
    this.setLayout("orientation", value);
  }
  set paperSize(value: string) {
    this.setLayout("paperSize", value);
  }
  set zoom(value: Record<string, unknown>) {
    this.setLayout("zoom", value);
  }
  private setMargin(
    name: "left" | "right" | "top" | "bottom" | "header" | "footer",
    value: number,
  ): void {
    this.set(`${name}Margin`, value, (sheet) => {
      this.context.requires(9, "pageLayout");
      if (typeof value !== "number" || !(value >= 0)) {
        throw new OfficeError("InvalidArgument", `A ${name} margin must be a number of points`);
      }
      const margins = { ...sheet.pageLayout.margins, [name]: value };
      sheet.pageLayout = { ...sheet.pageLayout, margins };
    });
  }
  set leftMargin(value: number) {
    this.setMargin("left", value);
  }
  set rightMargin(value: number) {
    this.setMargin("right", value);
  }
  set topMargin(value: number) {
    this.setMargin("top", value);
  }
  set bottomMargin(value: number) {
    this.setMargin("bottom", value);
  }
  set headerMargin(value: number) {
    this.setMargin("header", value);
  }
  set footerMargin(value: number) {
    this.setMargin("footer", value);
  }
  setPrintArea(area: RangeDouble | string): void {
    this.call("setPrintArea", [String(area)], (sheet) => {
      this.context.requires(9, "pageLayout");
      if (area instanceof RangeDouble) {
        const { ref } = area.argument();
        sheet.pageLayout = {
          ...sheet.pageLayout,
          printArea: rangeAddress(ref.start, ref.end),
        };
        return;
      }
      const parts = area.split(",").map((part) => part.trim());
      const refs = parts
        .map((part) => (part.includes("!") ? undefined : parseRange(part)))
        .filter((r): r is RangeRef => r !== undefined);
      if (refs.length !== parts.length) {
        throw new OfficeError("InvalidArgument", `"${area}" is not a print area`);
      }
      const printArea = refs.map((r) => rangeAddress(r.start, r.end)).join(",");
      sheet.pageLayout = { ...sheet.pageLayout, printArea };
    });
  }
  setPrintTitleRows(rows: RangeDouble | string): void {
    this.call("setPrintTitleRows", [String(rows)], (sheet) => {
      this.context.requires(9, "pageLayout");
      const ref: RangeRef =
        rows instanceof RangeDouble ? rows.argument().ref : parseOfficeRange(rows);
      if (ref.start.column !== 1 || ref.end.column !== WHOLE_SHEET.end.column) {
        throw new OfficeError("InvalidArgument", "Print title rows must span entire rows");
      }
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: `${ref.start.row}:${ref.end.row}` };
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

/** Tables, notes and threaded comments, on a sheet or across the workbook. */
import type { RangeRef } from "../../../../src/workbook/a1";
import { CollectionDouble, NULL_OBJECT, OfficeError, ProxyDouble } from "./context";
import { refAddress, type CommentModel, type SheetModel, type TableModel } from "./model";
import { RangeDouble } from "./range";
import { cellArgument, WorksheetDouble } from "./worksheet";

interface TableEntry {
  sheet: SheetModel;
  table: TableModel;
}

export class TableDouble extends ProxyDouble<TableEntry> {
  get name(): string {
    return this.get("name");
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get worksheet(): WorksheetDouble {
    return this.child(
      "worksheet",
      () => new WorksheetDouble(this.context, `${this.path}.worksheet`, () => this.target().sheet),
    );
  }
  protected override navigation(name: string): ProxyDouble<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as ProxyDouble<unknown>) : undefined;
  }
  protected scalar({ table }: TableEntry, name: string): unknown {
    if (name === "name") return table.name;
    if (name === "showHeaders") return table.showHeaders;
    return undefined;
  }
  getRange(): RangeDouble {
    const range = new RangeDouble(this.context, `${this.path}.getRange()`, () => {
      const { sheet, table } = this.target();
      return { sheet, ref: table.range };
    });
    range.workbookModel = () => this.context.host.model;
    return range;
  }
}

export class TableCollectionDouble extends CollectionDouble<TableEntry, TableDouble> {
  protected itemProxy(entry: TableEntry, index: number): TableDouble {
    return new TableDouble(this.context, `${this.path}[${index}]`, () => entry);
  }
}

interface CellEntry {
  sheet: SheetModel;
  address: string;
}

function cellRange(
  context: ProxyDouble<unknown>["context"],
  path: string,
  entry: () => CellEntry,
): RangeDouble {
  const range = new RangeDouble(context, path, () => {
    const { sheet, address } = entry();
    const [column, row] = [address.replace(/\d+$/, ""), Number(address.replace(/^[A-Z]+/, ""))];
    const ref = {
      start: { row, column: columnOf(column) },
      end: { row, column: columnOf(column) },
    };
    return { sheet, ref };
  });
  range.workbookModel = () => context.host.model;
  return range;
}

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const single = (ref: RangeRef) =>
  ref.start.row === ref.end.row && ref.start.column === ref.end.column;

/** Notes (ExcelApi 1.18). A cell holds a note or a comment, not both. */
export class NoteDouble extends ProxyDouble<CellEntry> {
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.set("content", text, ({ sheet, address }) => sheet.notes.set(address, text));
  }
  protected override isGone({ sheet, address }: CellEntry): boolean {
    return !sheet.notes.has(address);
  }
  protected scalar({ sheet, address }: CellEntry, name: string): unknown {
    return name === "content" ? sheet.notes.get(address) : undefined;
  }
  delete(): void {
    this.call("delete", [], ({ sheet, address }) => sheet.notes.delete(address));
  }
  getLocation(): RangeDouble {
    return cellRange(this.context, `${this.path}.getLocation()`, () => this.target());
  }
}

export class NoteCollectionDouble extends CollectionDouble<CellEntry, NoteDouble> {
  /** The sheets the collection covers: one (worksheet.notes) or all (workbook.notes). */
  constructor(
    context: ProxyDouble<unknown>["context"],
    path: string,
    private readonly sheets: () => SheetModel[],
  ) {
    super(context, path, () => {
      context.requires(18, "notes");
      return sheets().flatMap((sheet) =>
        [...sheet.notes.keys()].map((address) => ({ sheet, address })),
      );
    });
  }
  protected itemProxy(entry: CellEntry, index: number): NoteDouble {
    return new NoteDouble(this.context, `${this.path}[${index}]`, () => entry);
  }
  private find(key: string): CellEntry | undefined {
    const sheets = this.sheets();
    const { sheet, ref } = cellArgument(
      this.context.host.model,
      key,
      sheets.length === 1 ? sheets[0] : undefined,
    );
    const address = refAddress(ref);
    return sheet.notes.has(address) ? { sheet, address } : undefined;
  }
  getItem(key: string): NoteDouble {
    return new NoteDouble(this.context, `${this.path}.getItem(${key})`, () => {
      this.context.requires(18, "notes");
      const found = this.find(key);
      if (!found) throw new OfficeError("ItemNotFound", `No note at ${key}`);
      return found;
    });
  }
  getItemOrNullObject(key: string): NoteDouble {
    return new NoteDouble(this.context, `${this.path}.getItemOrNullObject(${key})`, () => {
      this.context.requires(18, "notes");
      return this.find(key) ?? NULL_OBJECT;
    });
  }
  add(cellAddress: RangeDouble | string, content: string): NoteDouble {
    let entry: CellEntry | undefined;
    this.call("add", [String(cellAddress), content], () => {
      this.context.requires(18, "notes");
      const sheets = this.sheets();
      const { sheet, ref } = cellArgument(
        this.context.host.model,
        cellAddress,
        sheets.length === 1 ? sheets[0] : undefined,
      );
      if (!single(ref)) throw new OfficeError("InvalidCellAddress", "A note goes on one cell");
      const address = refAddress(ref);
      if (sheet.notes.has(address) || sheet.comments.has(address)) {
        throw new OfficeError("InvalidOperation", `${address} already has a note or comment`);
      }
      sheet.notes.set(address, content);
      entry = { sheet, address };
    });
    return new NoteDouble(this.context, `${this.path}.add()`, () => {
      if (!entry) throw new OfficeError("InvalidObjectPath", "The note is not added yet");
      return entry;
    });
  }
}

interface CommentEntry extends CellEntry {
  comment: CommentModel;
}

/** Threaded comments (ExcelApi 1.10). */
export class CommentDouble extends ProxyDouble<CommentEntry> {
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.set("content", text, ({ comment }) => (comment.content = text));
  }
  protected override isGone({ sheet, address, comment }: CommentEntry): boolean {
    return sheet.comments.get(address) !== comment;
  }
  protected scalar({ comment }: CommentEntry, name: string): unknown {
    if (name === "id") return comment.id;
    if (name === "content") return comment.content;
    if (name === "authorName") return comment.authorName ?? "Người dùng này";
    return undefined;
  }
  delete(): void {
    this.call("delete", [], ({ sheet, address }) => sheet.comments.delete(address));
  }
  getLocation(): RangeDouble {
    return cellRange(this.context, `${this.path}.getLocation()`, () => this.target());
  }
}

export class CommentCollectionDouble extends CollectionDouble<CommentEntry, CommentDouble> {
  constructor(
    context: ProxyDouble<unknown>["context"],
    path: string,
    private readonly sheets: () => SheetModel[],
  ) {
    super(context, path, () => {
      context.requires(10, "comments");
      return sheets().flatMap((sheet) =>
        [...sheet.comments.entries()].map(([address, comment]) => ({ sheet, address, comment })),
      );
    });
  }
  protected itemProxy(entry: CommentEntry, index: number): CommentDouble {
    return new CommentDouble(this.context, `${this.path}[${index}]`, () => entry);
  }
  private all(): CommentEntry[] {
    return this.sheets().flatMap((sheet) =>
      [...sheet.comments.entries()].map(([address, comment]) => ({ sheet, address, comment })),
    );
  }
  getItem(id: string): CommentDouble {
    return new CommentDouble(this.context, `${this.path}.getItem(${id})`, () => {
      this.context.requires(10, "comments");
      const found = this.all().find((e) => e.comment.id === id);
      if (!found) throw new OfficeError("ItemNotFound", `No comment ${id}`);
      return found;
    });
  }
  /** Throws when the cell has no comment: there is no OrNullObject variant by cell. */
  getItemByCell(cellAddress: RangeDouble | string): CommentDouble {
    return new CommentDouble(
      this.context,
      `${this.path}.getItemByCell(${String(cellAddress)})`,
      () => {
        this.context.requires(10, "comments");
        const { sheet, ref } = cellArgument(this.context.host.model, cellAddress, undefined);
        const address = refAddress(ref);
        const comment = sheet.comments.get(address);
        if (!comment) throw new OfficeError("ItemNotFound", `No comment at ${address}`);
        return { sheet, address, comment };
      },
    );
  }
  /** A string address must name its sheet, as Office requires. */
  add(cellAddress: RangeDouble | string, content: string): CommentDouble {
    let entry: CommentEntry | undefined;
    this.call("add", [String(cellAddress), content], () => {
      this.context.requires(10, "comments");
      const { sheet, ref } = cellArgument(this.context.host.model, cellAddress, undefined);
      if (!single(ref)) throw new OfficeError("InvalidArgument", "A comment goes on one cell");
      const address = refAddress(ref);
      if (sheet.comments.has(address) || sheet.notes.has(address)) {
        throw new OfficeError("InvalidOperation", `${address} already has a note or comment`);
      }
      const model = this.context.host.model;
      const comment = { id: `comment-${model.nextId++}`, content };
      sheet.comments.set(address, comment);
      entry = { sheet, address, comment };
    });
    return new CommentDouble(this.context, `${this.path}.add()`, () => {
      if (!entry) throw new OfficeError("InvalidObjectPath", "The comment is not added yet");
      return entry;
    });
  }
}

import { columnNumber } from "../../../workbook/a1";
import { childElements } from "./xmlScan";
import { asStartTag, attribute, withAttribute } from "./xmlText";

import { TextCell, type CellEntry } from "./cellEntry";

export type { CellEntry };

/** One <row>: its number and exact text until a change parses it into cells. */
export interface RowEntry {
  number: number;
  /** Whitespace (or anything) before the row in sheetData. */
  lead: string;
  text: string;
  /** Set once the row is edited: its start tag and cells. */
  openTag?: string;
  cells?: CellEntry[];
}

const ROW_START = /<((?:[\w.-]+:)?row)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * The rows of a sheetData element. Rows are found without parsing their cells; only rows a
 * change touches are split into cells, and only those are written anew.
 */
export class SheetRows {
  private readonly open: string;
  private readonly close: string;
  private readonly rows: RowEntry[] = [];
  private readonly byNumber = new Map<number, RowEntry>();
  private trailing = "";
  changed = false;

  constructor(
    sheetData: string,
    private readonly prefix: string,
  ) {
    const openEnd = sheetData.indexOf(">") + 1;
    const selfClosing = sheetData.slice(0, openEnd).endsWith("/>");
    this.open = selfClosing ? asStartTag(sheetData.slice(0, openEnd)) : sheetData.slice(0, openEnd);
    const closeAt = selfClosing ? sheetData.length : sheetData.lastIndexOf("</");
    this.close = selfClosing ? `</${prefix}sheetData>` : sheetData.slice(closeAt);
    const inner = sheetData.slice(openEnd, selfClosing ? openEnd : closeAt);
    this.parse(inner);
  }

  private parse(inner: string): void {
    const re = new RegExp(ROW_START.source, "g");
    let at = 0;
    let last = 0;
    for (let m = re.exec(inner); m; m = re.exec(inner)) {
      const tagEnd = m.index + m[0].length;
      let end = tagEnd;
      if (m[2] !== "/") {
        const close = inner.indexOf(`</${m[1]}>`, tagEnd);
        end = close < 0 ? inner.length : close + m[1].length + 3;
      }
      const r = Number(attribute(m[0], "r"));
      const number = Number.isInteger(r) && r > 0 ? r : last + 1;
      last = number;
      const row: RowEntry = {
        number,
        lead: inner.slice(at, m.index),
        text: inner.slice(m.index, end),
      };
      this.rows.push(row);
      if (!this.byNumber.has(number)) this.byNumber.set(number, row);
      at = end;
      re.lastIndex = end;
    }
    this.trailing = inner.slice(at);
  }

  /** The row numbered `number`, if the sheet has it. */
  find(number: number): RowEntry | undefined {
    return this.byNumber.get(number);
  }

  /** The numbers of the rows that exist, in order, from `first` to `last`. */
  numbersBetween(first: number, last: number): number[] {
    return this.rows.filter((r) => r.number >= first && r.number <= last).map((r) => r.number);
  }

  /** The row, created (empty, in order) when missing. */
  ensure(number: number): RowEntry {
    const found = this.byNumber.get(number);
    if (found) return found;
    const row: RowEntry = {
      number,
      lead: "",
      text: "",
      openTag: `<${this.prefix}row r="${number}">`,
      cells: [],
    };
    const last = this.rows[this.rows.length - 1];
    let lo = last === undefined || last.number < number ? this.rows.length : 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid].number < number) lo = mid + 1;
      else hi = mid;
    }
    this.rows.splice(lo, 0, row);
    this.byNumber.set(number, row);
    this.changed = true;
    return row;
  }

  /** The row's cells, parsed on first use. */
  cells(row: RowEntry): CellEntry[] {
    if (row.cells) return row.cells;
    const tagEnd = row.text.indexOf(">") + 1;
    const openTag = row.text.slice(0, tagEnd);
    const selfClosing = openTag.endsWith("/>");
    row.openTag = asStartTag(openTag);
    const contentEnd = selfClosing ? tagEnd : row.text.lastIndexOf("</");
    const cells: CellEntry[] = [];
    let last = 0;
    for (const c of childElements(row.text, tagEnd, contentEnd)) {
      if (c.name !== "c") {
        // Only cells belong in a row besides extLst, which a row keeps at its end.
        cells.push(new TextCell(Number.MAX_SAFE_INTEGER, row.text.slice(c.start, c.end)));
        continue;
      }
      const ref = attribute(c.openTag, "r");
      const letters = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref)?.[1] : undefined;
      const column = letters ? columnNumber(letters) : last + 1;
      last = column;
      cells.push(new TextCell(column, row.text.slice(c.start, c.end)));
    }
    row.cells = cells;
    return cells;
  }

  /** The text of the cell element at the column, if the row has one. */
  cell(row: RowEntry, column: number): string | undefined {
    return this.entry(row, column)?.text;
  }

  /** The cell element at the column, if the row has one. */
  entry(row: RowEntry, column: number): CellEntry | undefined {
    const cells = this.cells(row);
    // Rows are mostly written left to right: the last cell is the likely one.
    const last = cells[cells.length - 1];
    if (last !== undefined && last.column === column) return last;
    if (last !== undefined && last.column < column) return undefined;
    return cells.find((c) => c.column === column);
  }

  /** Sets (or, with undefined, removes) the cell element at the column. */
  setCell(row: RowEntry, column: number, text: string | CellEntry | undefined): void {
    const cells = this.cells(row);
    const entry = typeof text === "string" ? new TextCell(column, text) : text;
    const last = cells[cells.length - 1];
    if (entry !== undefined && (last === undefined || last.column < column)) {
      cells.push(entry);
      this.touch(row);
      return;
    }
    const index = cells.findIndex((c) => c.column >= column);
    const existing = index >= 0 && cells[index].column === column;
    if (entry === undefined) {
      if (existing) cells.splice(index, 1);
    } else if (existing) {
      cells[index] = entry;
    } else {
      cells.splice(index < 0 ? cells.length : index, 0, entry);
    }
    this.touch(row);
  }

  /** Gives the cell element at the column the style index (its value and other attributes kept). */
  setCellStyle(row: RowEntry, cell: CellEntry, style: string): void {
    cell.setStyle(style);
    this.touch(row);
  }

  /** Marks a row as edited (its text is rebuilt from its cells). */
  touch(row: RowEntry): void {
    this.cells(row);
    row.text = "";
    this.changed = true;
  }

  /** Every row, for reading. */
  all(): readonly RowEntry[] {
    return this.rows;
  }

  private rowXml(row: RowEntry): string {
    if (row.text !== "" || !row.cells || row.openTag === undefined) return row.text;
    const cells = row.cells.filter((c) => c.column !== Number.MAX_SAFE_INTEGER);
    let open = row.openTag;
    const spans = open.includes("spans") ? attribute(open, "spans") : undefined;
    if (spans !== undefined && cells.length > 0) {
      const [a, b] = spans.split(":").map(Number);
      const first = Math.min(a || cells[0].column, cells[0].column);
      const lastCol = Math.max(b || 0, cells[cells.length - 1].column);
      open = withAttribute(open, "spans", `${first}:${lastCol}`);
    }
    const qname = /^<([^\s/>]+)/.exec(open)?.[1] ?? `${this.prefix}row`;
    return `${open}${row.cells.map((c) => c.text).join("")}</${qname}>`;
  }

  toXml(): string {
    return [...this.xmlBlocks()].join("");
  }

  /** The sheetData element's text in blocks of rows (toXml is their concatenation). */
  *xmlBlocks(rowsPerBlock = 2000): Generator<string> {
    yield this.open;
    for (let at = 0; at < this.rows.length; at += rowsPerBlock) {
      let block = "";
      const end = Math.min(this.rows.length, at + rowsPerBlock);
      for (let i = at; i < end; i++) block += this.rows[i].lead + this.rowXml(this.rows[i]);
      yield block;
    }
    yield this.trailing + this.close;
  }
}

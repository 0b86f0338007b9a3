import { columnLetter, columnNumber } from "../../../workbook/a1";
import type { WriteValue } from "../../../workbook/changeSet";
import { childElements } from "./xmlScan";
import { asStartTag, attribute, withAttribute } from "./xmlText";

import { TextCell, ValueCell, type CellEntry } from "./cellEntry";
import { valueCellRest } from "./valueCellText";
import { escapeXml } from "./xmlEscape";

export type { CellEntry };

/**
 * The cells a change wrote into a row that had none, held as two arrays from column `first`:
 * each column's value (undefined where the row has no cell) and style index. A written sheet of
 * 240,000 cells is arrays, not a cell object each; a change that needs the cells one by one
 * turns them into cell entries first (SheetRows.cells).
 */
export interface WrittenCells {
  first: number;
  values: (WriteValue | undefined)[];
  styles: (string | undefined)[];
}

/** One <row>: its number and exact text until a change parses it into cells. */
export interface RowEntry {
  number: number;
  /** Whitespace (or anything) before the row in sheetData. */
  lead: string;
  text: string;
  /** Set once the row is edited: its start tag and cells. */
  openTag?: string;
  cells?: CellEntry[];
  /** Instead of `cells`, in a row the writer filled: its cells as arrays. */
  written?: WrittenCells;
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
  /** Column letters by column number, as filled rows are written. */
  private readonly letters: string[] = [];
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
    if (row.written) return this.unpack(row, row.written);
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

  /** Fills a row that has no cells with written cells, held as arrays (see WrittenCells). */
  fill(row: RowEntry, written: WrittenCells): void {
    if (this.cells(row).length > 0) throw new Error(`row ${row.number} already has cells`);
    row.cells = undefined;
    row.written = written;
    this.touch(row);
  }

  /** The written cells of a row, when it holds them as arrays. */
  writtenCells(row: RowEntry): WrittenCells | undefined {
    return row.written;
  }

  private unpack(row: RowEntry, written: WrittenCells): CellEntry[] {
    const cells: CellEntry[] = [];
    written.values.forEach((value, i) => {
      if (value === undefined) return;
      const column = written.first + i;
      cells.push(new ValueCell(this.prefix, row.number, column, written.styles[i], value));
    });
    row.written = undefined;
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
    if (!row.written) this.cells(row);
    row.text = "";
    this.changed = true;
  }

  /** Every row, for reading. */
  all(): readonly RowEntry[] {
    return this.rows;
  }

  private rowXml(row: RowEntry): string {
    if (row.written && row.openTag !== undefined) return this.writtenRowXml(row, row.written);
    if (row.text !== "" || !row.cells || row.openTag === undefined) return row.text;
    const cells = row.cells.filter((c) => c.column !== Number.MAX_SAFE_INTEGER);
    const open =
      cells.length > 0
        ? withSpans(row.openTag, cells[0].column, cells[cells.length - 1].column)
        : row.openTag;
    return `${open}${row.cells.map((c) => c.text).join("")}${this.closeTag(open)}`;
  }

  private writtenRowXml(row: RowEntry, written: WrittenCells): string {
    const { values, styles, first } = written;
    let open = row.openTag as string;
    if (open.includes("spans")) {
      const present = values.flatMap((v, i) => (v === undefined ? [] : [first + i]));
      if (present.length > 0) open = withSpans(open, present[0], present[present.length - 1]);
    }
    // Joined, not concatenated: a flat string, not a chain of thousands of pieces to encode.
    const parts: string[] = [open];
    const start = `<${this.prefix}c r="`;
    const number = String(row.number);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === undefined) continue;
      const style = styles[i];
      const s = style === undefined || style === "0" ? "" : ` s="${escapeXml(style)}"`;
      const letters = (this.letters[first + i] ??= columnLetter(first + i));
      parts.push(`${start}${letters}${number}"${s}${valueCellRest(this.prefix, value)}`);
    }
    parts.push(this.closeTag(open));
    return parts.join("");
  }

  /** The end tag for a row's start tag, in its own prefix. */
  private closeTag(open: string): string {
    return `</${/^<([^\s/>]+)/.exec(open)?.[1] ?? `${this.prefix}row`}>`;
  }

  toXml(): string {
    return [...this.xmlBlocks()].join("");
  }

  /** The sheetData element's text in blocks of rows (toXml is their concatenation). */
  *xmlBlocks(rowsPerBlock = 2000): Generator<string> {
    yield this.open;
    for (let at = 0; at < this.rows.length; at += rowsPerBlock) {
      const block: string[] = [];
      const end = Math.min(this.rows.length, at + rowsPerBlock);
      for (let i = at; i < end; i++) block.push(this.rows[i].lead, this.rowXml(this.rows[i]));
      yield block.join("");
    }
    yield this.trailing + this.close;
  }
}

/** A row's start tag with its spans (when it has them) widened to hold columns first..last. */
function withSpans(open: string, first: number, last: number): string {
  const spans = open.includes("spans") ? attribute(open, "spans") : undefined;
  if (spans === undefined) return open;
  const [a, b] = spans.split(":").map(Number);
  return withAttribute(open, "spans", `${Math.min(a || first, first)}:${Math.max(b || 0, last)}`);
}

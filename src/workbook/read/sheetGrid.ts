import type { CellValue, SheetSnapshot } from "../snapshot";
import { address } from "../a1";
import { MergeIndex } from "./mergeIndex";

/** A cell's value is blank: nothing, or only spaces. */
export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Read access to a sheet snapshot by 1-based sheet row and column. */
export class SheetGrid {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  private mergeIndex: MergeIndex | undefined;
  private readonly hidden: Set<number>;
  private readonly hiddenColumns: Set<number>;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.origin.row;
    this.lastRow = sheet.origin.row + sheet.values.length - 1;
    this.firstColumn = sheet.origin.column;
    let width = 0;
    for (const row of sheet.values) width = Math.max(width, row.length);
    this.lastColumn = sheet.origin.column + width - 1;
    this.hidden = new Set(sheet.hiddenRows);
    this.hiddenColumns = new Set(sheet.hiddenColumns);
  }

  /** Merged areas, indexed on first use (a sheet may hold 50,000 and need none of them). */
  get merges(): MergeIndex {
    this.mergeIndex ??= new MergeIndex(this.sheet.merges, this.firstRow, this.lastRow);
    return this.mergeIndex;
  }

  get isEmpty(): boolean {
    return this.lastRow < this.firstRow || this.lastColumn < this.firstColumn;
  }

  value(row: number, column: number): CellValue {
    const line = this.sheet.values[row - this.firstRow];
    return line?.[column - this.firstColumn] ?? null;
  }

  numFmt(row: number, column: number): string | undefined {
    return this.sheet.numberFormats[row - this.firstRow]?.[column - this.firstColumn];
  }

  formula(row: number, column: number): string | null {
    return this.sheet.formulas[row - this.firstRow]?.[column - this.firstColumn] ?? null;
  }

  /** The text a cell shows, trimmed; "" for blanks and error values. */
  text(row: number, column: number): string {
    const value = this.value(row, column);
    if (typeof value === "string") return value.trim();
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return "";
  }

  isBlank(row: number, column: number): boolean {
    return isBlankValue(this.value(row, column));
  }

  /** The text of the merged area's first cell when the cell is merged, else the cell's own. */
  mergedText(row: number, column: number): string {
    const range = this.merges.at(row, column);
    return range ? this.text(range.start.row, range.start.column) : this.text(row, column);
  }

  /** A1 address of the merged area's first cell, or of the cell itself. */
  mergedAddress(row: number, column: number): string {
    const range = this.merges.at(row, column);
    return range ? address(range.start.row, range.start.column) : address(row, column);
  }

  isHiddenRow(row: number): boolean {
    return this.hidden.has(row);
  }

  isHiddenColumn(column: number): boolean {
    return this.hiddenColumns.has(column);
  }

  /** Columns of the row holding something, left to right, within [from, to]. */
  filledColumns(row: number, from = this.firstColumn, to = this.lastColumn): number[] {
    const line = this.sheet.values[row - this.firstRow];
    if (!line) return [];
    const out: number[] = [];
    const start = Math.max(from, this.firstColumn) - this.firstColumn;
    const end = Math.min(to - this.firstColumn, line.length - 1);
    for (let i = start; i <= end; i++)
      if (!isBlankValue(line[i] ?? null)) out.push(i + this.firstColumn);
    return out;
  }

  isBlankRow(row: number, from = this.firstColumn, to = this.lastColumn): boolean {
    const line = this.sheet.values[row - this.firstRow];
    if (!line) return true;
    const start = Math.max(from, this.firstColumn) - this.firstColumn;
    const end = Math.min(to - this.firstColumn, line.length - 1);
    for (let i = start; i <= end; i++) if (!isBlankValue(line[i] ?? null)) return false;
    return true;
  }
}

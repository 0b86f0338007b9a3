import { address, columnLetter, rangeAddress } from "../a1";
import type { CellStyle, Change, PrintSetup, WriteValue } from "../changeSet";
import { fittedHeight } from "./rowFit";

/**
 * A new sheet laid out row by row, then turned into one change set: values in a single
 * block, styles and merges as ranges. Rows and columns are 1-based.
 */
export class SheetDraft {
  private readonly rows: WriteValue[][] = [];
  private readonly extra: Change[] = [];
  private width = 0;
  private lastStyle?: {
    change: Extract<Change, { kind: "style" }>;
    style: CellStyle;
    fromRow: number;
    toRow: number;
    fromColumn: number;
    toColumn: number;
  };

  constructor(readonly sheet: string) {}

  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row; returns its sheet row number. */
  addRow(values: WriteValue[]): number {
    this.rows.push(values);
    this.width = Math.max(this.width, values.length);
    return this.rows.length;
  }

  style(
    fromRow: number,
    fromColumn: number,
    toRow: number,
    toColumn: number,
    style: CellStyle,
  ): void {
    // A cell styled like the one just before it on the same rows widens that change: a
    // matrix coloured cell by cell is a few runs a row, not a change a cell.
    const last = this.lastStyle;
    if (
      last &&
      this.extra[this.extra.length - 1] === last.change &&
      last.style === style &&
      last.fromRow === fromRow &&
      last.toRow === toRow &&
      last.toColumn + 1 === fromColumn
    ) {
      last.toColumn = toColumn;
      last.change.range = rangeAddress(
        { row: fromRow, column: last.fromColumn },
        { row: toRow, column: toColumn },
      );
      return;
    }
    const range = rangeAddress(
      { row: fromRow, column: fromColumn },
      { row: toRow, column: toColumn },
    );
    const change = { kind: "style" as const, sheet: this.sheet, range, style };
    this.extra.push(change);
    this.lastStyle = { change, style, fromRow, toRow, fromColumn, toColumn };
  }

  merge(row: number, fromColumn: number, toColumn: number): void {
    const range = rangeAddress({ row, column: fromColumn }, { row, column: toColumn });
    this.extra.push({ kind: "merge", sheet: this.sheet, range });
  }

  widths(widths: number[]): void {
    const byLetter = Object.fromEntries(widths.map((w, i) => [columnLetter(i + 1), w]));
    this.extra.push({ kind: "columnWidths", sheet: this.sheet, widths: byLetter });
  }

  listValidation(fromRow: number, toRow: number, column: number, list: string[]): void {
    const range = rangeAddress({ row: fromRow, column }, { row: toRow, column });
    this.extra.push({ kind: "listValidation", sheet: this.sheet, range, list });
  }

  freeze(rows: number, columns: number): void {
    this.extra.push({ kind: "freeze", sheet: this.sheet, rows, columns });
  }

  /**
   * Heights for the rows from..to whose wrapped texts take more than a line: `wrapped` gives
   * each wrapped column (1-based) and its width, several columns for a merged cell.
   */
  fitRows(
    from: number,
    to: number,
    wrapped: ReadonlyArray<{ columns: number[]; width: number }>,
  ): void {
    const heights: Record<string, number> = {};
    for (let row = from; row <= to; row += 1) {
      const values = this.rows[row - 1] ?? [];
      const cells = wrapped.map((w) => ({
        value: values[w.columns[0] - 1] ?? null,
        width: w.width,
      }));
      const height = fittedHeight(cells);
      if (height !== undefined) heights[String(row)] = height;
    }
    if (Object.keys(heights).length > 0) {
      this.extra.push({ kind: "rowHeights", sheet: this.sheet, heights });
    }
  }

  /** Row heights in points, by row number. */
  heights(heights: Record<number, number>): void {
    const byRow = Object.fromEntries(Object.entries(heights).map(([r, h]) => [String(r), h]));
    this.extra.push({ kind: "rowHeights", sheet: this.sheet, heights: byRow });
  }

  print(setup: PrintSetup): void {
    this.extra.push({ kind: "print", sheet: this.sheet, setup });
  }

  /** The sheet's changes: add it, write every value at once, then format. */
  changes(after?: string): Change[] {
    const padded = this.rows.map((r) => [
      ...r,
      ...Array<WriteValue>(this.width - r.length).fill(null),
    ]);
    const addSheet: Change =
      after === undefined
        ? { kind: "addSheet", sheet: this.sheet }
        : { kind: "addSheet", sheet: this.sheet, after };
    return [
      addSheet,
      { kind: "values", sheet: this.sheet, anchor: address(1, 1), rows: padded },
      ...this.extra,
    ];
  }
}

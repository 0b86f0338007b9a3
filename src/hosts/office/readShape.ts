import { parseAddress } from "../../workbook/a1";
import type { Change } from "../../workbook/changeSet";

/**
 * How much of each sheet a read's first request asks for. Excel gives no cells for a range over
 * 5 M cells (null values, as for unbounded ranges) and Excel on the web refuses a response over
 * 5 MB; a stray value at row 300,000 makes a used range of millions of cells. So no request asks
 * for more than READ_CELLS cells, all its sheets together: each sheet's first request loads the
 * used range's size and the part of it within a block anchored at its top-left cell; a sheet
 * bigger than its block is finished in bands (bandedRead.ts), the block kept.
 */

/**
 * Most cells one read request asks for. Ordinary plan sheets come back at about 35 bytes a
 * cell (values, value types, formulas and number formats: a 2,000-row plan of 15 columns is
 * 1.07 MB in the strict double), so 100,000 cells are some 3.5 MB, under the web's 5 MB; a
 * sheet of long texts that is still refused is read again in bands of BAND_CELLS.
 */
export const READ_CELLS = 100_000;

/** Rows and columns of a block, from the used range's top-left cell. */
export interface BlockShape {
  rows: number;
  columns: number;
}

/** A used range's size, as an earlier read of the sheet found it. */
export interface KnownSize {
  rows: number;
  columns: number;
}

/** Widest a block is made for a sheet nothing is known of: the wide forms (vn01: 59 columns). */
const MAX_COLUMNS = 64;
/** Narrowest: a ward's plan from the template is 15 columns, with the add-in's own 17. */
const MIN_COLUMNS = 16;

/**
 * A block for a sheet of unknown size within `cells`: plan sheets are lists, far taller than
 * wide, so about eight rows to a column, between MIN_COLUMNS and MAX_COLUMNS columns (1,562 × 64
 * alone in a request; 340 × 42 each for 7 sheets; 166 × 20 each for 30 wards' sheets).
 */
export function defaultShape(cells: number): BlockShape {
  const columns = Math.max(
    MIN_COLUMNS,
    Math.min(MAX_COLUMNS, Math.floor(Math.sqrt(Math.max(cells, 1) / 8))),
  );
  return { rows: Math.max(1, Math.floor(cells / columns)), columns };
}

/**
 * A block for a sheet an earlier read saw: its size with room to grow (the add-in's own columns
 * and summary block, rows typed since), when that is bigger than the default block and still
 * within `cells`; otherwise the default block.
 */
function shapeFor(known: KnownSize | undefined, cells: number): BlockShape {
  const fallback = defaultShape(cells);
  if (!known) return fallback;
  const fits = known.rows <= fallback.rows && known.columns <= fallback.columns;
  if (fits) return fallback;
  const grown = {
    rows: known.rows + Math.max(20, Math.ceil(known.rows / 10)),
    columns: known.columns + 8,
  };
  return grown.rows * grown.columns <= cells ? grown : fallback;
}

/** The blocks of one request's sheets, READ_CELLS shared evenly among them. */
export function blockShapes(known: readonly (KnownSize | undefined)[]): BlockShape[] {
  const share = Math.floor(READ_CELLS / Math.max(1, known.length));
  return known.map((size) => shapeFor(size, share));
}

/** The cells a block asks for. */
export function blockCells(shape: BlockShape): number {
  return shape.rows * shape.columns;
}

/**
 * The sizes a change set leaves its sheets at least at: the extent of its values from A1, by
 * sheet (upper-cased). A sheet the add-in wrote is then read next time with a block that holds
 * it (the long "Nguồn" of a consolidation, read again to be replaced), not banded.
 */
export function writtenSizes(changes: readonly Change[]): Map<string, KnownSize> {
  const sizes = new Map<string, KnownSize>();
  for (const change of changes) {
    if (change.kind !== "values") continue;
    const anchor = parseAddress(change.anchor);
    if (!anchor) continue;
    const key = change.sheet.toLocaleUpperCase();
    const before = sizes.get(key) ?? { rows: 0, columns: 0 };
    const width = Math.max(0, ...change.rows.map((r) => r.length));
    sizes.set(key, {
      rows: Math.max(before.rows, anchor.row + change.rows.length - 1),
      columns: Math.max(before.columns, anchor.column + width - 1),
    });
  }
  return sizes;
}

import type { Language } from "../../engine/model/status";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";
import { lookKey } from "./cellStyles";
import { displayValue } from "./displayValue";
import type { MergeLayout } from "./mergeLayout";

/** One cell as the preview draws it. */
export interface DrawnCell {
  row: number;
  column: number;
  value: CellValue;
  /** The value as shown (numbers in the language's style). */
  text: string;
  /** The top-left cell of a merged area: its spans. */
  span?: { rowSpan: number; colSpan: number };
  /** Text that runs over the empty cells to its right, as Excel shows it. */
  spills: boolean;
  /** Nothing to show, and no merged area: a spilling text may run over it. */
  empty: boolean;
  /** A cell of a header row: its text wraps inside the column. */
  wraps: boolean;
  /** The one filled cell of its row (a title, a note): it does not set its column's width. */
  title: boolean;
}

export interface DrawnSheet {
  /** Rows of cells; a cell covered by a merged area is left out (null). */
  cells: Array<Array<DrawnCell | null>>;
  /** Each column's width in characters, as wanted and at the least. */
  widths: ColumnWidth[];
}

/** Widths in characters: at most this wide (a long name is cut, its full text in the title). */
const MAX_WIDTH = 26;
/** A column of long texts can be narrowed to this much when the columns do not all fit. */
const MIN_TEXT_WIDTH = 16;
const MIN_WIDTH = 3;
const EMPTY_WIDTH = 4;
/** A header's longest word sets its column's width up to this. */
const HEADER_WORD = 10;

/** How wide a column would like to be, and how narrow it may get, in characters. */
export interface ColumnWidth {
  wanted: number;
  least: number;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** Four or more filled cells, all text ("STT | Chỉ tiêu | ĐVT | Kế hoạch …"). */
function allText(values: readonly CellValue[] | undefined): boolean {
  const filled = (values ?? []).filter((v) => !isBlank(v));
  return filled.length >= 4 && filled.every((v) => typeof v === "string");
}

/** Rows (indices) of at most this many header rows. */
const HEADER_ROWS = 3;

/**
 * The header rows: the first row of four or more texts and those right under it that are too
 * (a header of two or three rows). Their texts wrap, as templates set them to, rather than widen
 * their columns; a body row of texts further down (a matrix of statuses) does not.
 */
function headerRows(sheet: SheetSnapshot, rowCount: number): Set<number> {
  const rows = new Set<number>();
  const first = sheet.values.slice(0, rowCount).findIndex(allText);
  if (first < 0) return rows;
  for (let r = first; r < first + HEADER_ROWS && allText(sheet.values[r]); r += 1) rows.add(r);
  return rows;
}

/** How many cells of a row hold something: one is a title or a note, more is a table's row. */
function filledCount(values: readonly CellValue[] | undefined): number {
  return (values ?? []).filter((v) => !isBlank(v)).length;
}

/** The value at `share` of the sorted list (0.5: the median), rounded up to a listed one. */
function quantile(lengths: number[], share: number): number {
  if (lengths.length === 0) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.ceil((sorted.length - 1) * share)];
}

/**
 * Each column's width from what it holds, as a person would set it: the longest figure (a
 * figure is never cut), most of its texts, and its header's longest word; a title (the one
 * filled cell of its row) and a merged area's text do not widen it. It may be narrowed to
 * its figures, its usual text (the median) and its header word.
 */
function columnWidths(
  cells: ReadonlyArray<ReadonlyArray<DrawnCell | null>>,
  count: number,
): ColumnWidth[] {
  return Array.from({ length: count }, (_, c) => {
    const figures: number[] = [];
    const texts: number[] = [];
    let headerWord = 0;
    for (const row of cells) {
      const cell = row[c];
      if (!cell || cell.empty || cell.title || (cell.span && cell.span.colSpan > 1)) continue;
      if (cell.wraps) {
        const longest = Math.max(...cell.text.split(/\s+/).map((w) => w.length));
        headerWord = Math.max(headerWord, Math.min(HEADER_WORD, longest));
      } else if (typeof cell.value === "number") figures.push(cell.text.length);
      else texts.push(cell.text.length);
    }
    // An empty column: narrow, and where the fitted block of columns ends.
    if (figures.length === 0 && texts.length === 0 && headerWord === 0) {
      return { wanted: EMPTY_WIDTH, least: 0 };
    }
    const floor = Math.max(...figures, headerWord, MIN_WIDTH);
    const wanted = Math.min(MAX_WIDTH, Math.max(floor, quantile(texts, 0.9)));
    const least = Math.min(wanted, Math.max(floor, Math.min(MIN_TEXT_WIDTH, quantile(texts, 0.5))));
    return { wanted, least };
  });
}

/**
 * Widths (characters) that fit `available` characters when they can. Only the first block of
 * columns is fitted (up to the first empty column: a table, not the notes or the summary block
 * beside it); the widest are narrowed first, down to a common width but never below their least
 * (the table then scrolls sideways).
 */
export function fitWidths(widths: readonly ColumnWidth[], available: number): number[] {
  const gap = widths.findIndex((w, i) => i > 0 && w.wanted === EMPTY_WIDTH && w.least === 0);
  const fitted = gap < 0 ? widths : widths.slice(0, gap);
  const at = (level: number) => fitted.map((w) => Math.min(w.wanted, Math.max(w.least, level)));
  const total = (level: number) => at(level).reduce((sum, w) => sum + w, 0);
  let level = Math.max(0, ...fitted.map((w) => w.wanted));
  while (level > 0 && total(level) > available) level -= 1;
  return [...at(level), ...widths.slice(fitted.length).map((w) => w.wanted)];
}

/** The cells of the rows and columns drawn, with what each shows and the columns' widths. */
export function drawnSheet(
  sheet: SheetSnapshot,
  rowCount: number,
  columnCount: number,
  layout: MergeLayout,
  lang: Language,
): DrawnSheet {
  const { origin } = sheet;
  const lastColumn = origin.column + columnCount - 1;
  const headers = headerRows(sheet, rowCount);
  const cells = Array.from({ length: rowCount }, (_, r) => {
    const row = origin.row + r;
    const values = sheet.values[r];
    const wraps = headers.has(r);
    const title = filledCount(values) === 1;
    return Array.from({ length: columnCount }, (_, c): DrawnCell | null => {
      const column = origin.column + c;
      const key = lookKey(row, column);
      if (layout.covered.has(key)) return null;
      const span = layout.spans.get(key);
      const value = values?.[c] ?? null;
      const nextKey = lookKey(row, column + 1);
      const spills =
        typeof value === "string" &&
        value !== "" &&
        !wraps &&
        !span &&
        column < lastColumn &&
        isBlank(values?.[c + 1]) &&
        !layout.covered.has(nextKey) &&
        !layout.spans.has(nextKey);
      return {
        row,
        column,
        value,
        text: displayValue(value, sheet.numberFormats[r]?.[c] ?? "General", lang),
        ...(span ? { span } : {}),
        spills,
        empty: isBlank(value) && !span,
        wraps,
        title,
      };
    });
  });
  return { cells, widths: columnWidths(cells, columnCount) };
}

/** "#RRGGBB". */
export type Color = string;

/** What a change may write into a cell: text is always written as text, never as a formula. */
export type WriteValue = string | number | boolean | null;

export interface CellStyle {
  /** Solid fill; null removes the fill. */
  fill?: Color | null;
  fontColor?: Color;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
}

/** The charts a change set can add: clustered columns (vertical) or bars (horizontal). */
export type ChartType = "columnClustered" | "barClustered";

export type PrintSetup = {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Rows repeated at the top of every printed page, e.g. "4:5". */
  titleRows?: string;
  /** All columns on one page wide (fitting turned on); as many pages tall as needed. */
  fitToWidth?: boolean;
  /** With fitToWidth: all rows on one page too (a chart kept whole on its page). */
  fitToHeight?: boolean;
  /**
   * The cells that print, one range or several joined by commas ("A1:O62,Q6:R18"); each
   * further range prints on a page of its own. Replaces the sheet's print area.
   */
  area?: string;
  /** Excel's "Narrow" margins: 0.25 inch left and right, 0.75 top and bottom. */
  margins?: "narrow";
};

/** One conditional-format rule: a formula relative to the range's top-left cell, and a look. */
export interface ConditionalRule {
  formula: string;
  look: "good" | "neutral" | "bad";
}

/** What an entry cell accepts: a number (with optional bounds) or one item of a list. */
export type EntryRule =
  { type: "decimal" | "whole"; min?: number; max?: number } | { type: "list"; list: string[] };

/**
 * One change to a workbook, described as data. A change set is applied by a gateway in one
 * batch; the order of changes is the order they are applied in.
 */
export type Change =
  /** Adds a sheet the add-in makes (after `after`, or at the end). */
  | { kind: "addSheet"; sheet: string; after?: string }
  /** Deletes a sheet the add-in made earlier (its own output, about to be written again). */
  | { kind: "deleteOwnSheet"; sheet: string }
  | { kind: "values"; sheet: string; anchor: string; rows: WriteValue[][] }
  | { kind: "style"; sheet: string; range: string; style: CellStyle }
  /** Clears values and formats of a range the add-in owns. */
  | { kind: "clear"; sheet: string; range: string }
  /** A note on a cell; null removes it. */
  | { kind: "note"; sheet: string; cell: string; text: string | null }
  | { kind: "merge"; sheet: string; range: string }
  /** Column widths in characters, by column letter. */
  | { kind: "columnWidths"; sheet: string; widths: Record<string, number> }
  /** Row heights in points, by row number ("7": 30); a wrapped text's lines need them. */
  | { kind: "rowHeights"; sheet: string; heights: Record<string, number> }
  | { kind: "freeze"; sheet: string; rows: number; columns: number }
  /** A drop-down list on every cell of the range. */
  | { kind: "listValidation"; sheet: string; range: string; list: string[] }
  /**
   * Formulas into cells the add-in owns ("=IF(C7>=D7,…)", English function names, A1 refs,
   * ',' separators); null leaves the cell.
   */
  | { kind: "formulas"; sheet: string; anchor: string; rows: (string | null)[][] }
  /**
   * Conditional formats on a range. Each rule's formula is written relative to the range's
   * top-left cell (as Excel's UI does); rules are tried in order and the first that matches
   * wins (stopIfTrue). Looks are Excel's built-in cell styles: good = fill #C6EFCE font #006100,
   * neutral = fill #FFEB9C font #9C5700, bad = fill #FFC7CE font #9C0006.
   */
  | { kind: "conditionalFormat"; sheet: string; range: string; rules: ConditionalRule[] }
  /** Protects the sheet with no password (against accidents); the listed ranges stay unlocked. */
  | { kind: "protectSheet"; sheet: string; unlocked: string[] }
  /**
   * Custom document properties (File ▸ Info ▸ Properties ▸ Custom), text values, merged into
   * what the file has.
   */
  | { kind: "documentProperties"; custom: Record<string, string> }
  /** An entry rule on every cell of the range with Excel's input message and error alert (stop style). */
  | {
      kind: "entryValidation";
      sheet: string;
      range: string;
      rule: EntryRule;
      prompt?: { title: string; message: string };
      error?: { title: string; message: string };
    }
  | { kind: "print"; sheet: string; setup: PrintSetup }
  | { kind: "hideSheet"; sheet: string; veryHidden: boolean }
  | { kind: "activate"; sheet: string; cell?: string }
  /**
   * Adds a chart over `data`, a range on the same sheet whose first column holds the categories
   * and first row the series names (one series per further column). It covers the cells from
   * `position.from` to `position.to`, both included. Charts go only on sheets the add-in owns,
   * which a re-run deletes and writes anew (charts and all), so there is no kind to change or
   * delete a chart.
   */
  | {
      kind: "chart";
      sheet: string;
      chartType: ChartType;
      title: string;
      data: string;
      position: { from: string; to: string };
    };

export type ChangeKind = Change["kind"];

export type ChartChange = Extract<Change, { kind: "chart" }>;

export type EntryValidationChange = Extract<Change, { kind: "entryValidation" }>;

export interface ChangeSet {
  changes: Change[];
}

export function changeSet(changes: Change[] = []): ChangeSet {
  return { changes };
}

/** Excel's longest chart title. */
export const CHART_TITLE_LIMIT = 255;

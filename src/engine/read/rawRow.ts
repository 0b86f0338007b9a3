import type { RawCell } from "../model/cell";

/** The plan-table columns the engine reads (DESIGN "The plan table"). */
export const INDICATOR_COLUMNS = [
  "code",
  "field",
  "name",
  "unit",
  "kind",
  "aggregation",
  "cumulative",
  "baseline",
  "target",
  "targetMax",
  "actual",
  "forecast",
  "notes",
] as const;

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/** One indicator row as a host read it: raw cells by column, before any parsing. */
export interface RawIndicatorRow {
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Field set by a group row above ("I. KINH TẾ") when the table has no field column. */
  field?: string;
  cells: Partial<Record<IndicatorColumn, RawCell>>;
}

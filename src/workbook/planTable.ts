import type { Finding } from "../engine/findings/finding";
import type { IndicatorColumn, RawIndicatorRow } from "../engine/read/rawRow";
import type { PeriodId } from "../engine/model/period";

/**
 * What a dated figure column is for in the report: the target, actual, estimate or baseline
 * of the report year; an earlier year's figure ("history": TH 2016 in a 2020 report); or a
 * later year's plan ("next": KH 2021 … KH 2025) — read, never judged against.
 */
export type YearUse = "target" | "actual" | "forecast" | "baseline" | "history" | "next";

/** A figure column whose header names a year or a span of years ("TH 2019", "KH 2016–2020"). */
export interface YearColumn {
  /** Sheet column, 1-based. */
  column: number;
  /** A plan (KH) or a figure achieved (TH, ƯTH, ƯTH/TH). */
  kind: "plan" | "actual";
  /** The year, or the first and last years of a span. */
  from: number;
  to: number;
  use: YearUse;
}

/**
 * What a wide layout's column groups stand for. "unit": each group is a sub-unit's figures
 * ("Toàn huyện", "Xã A"): consolidation checks the total against the units, reports count
 * each unit apart and never add the total to its units. "measure": each group is another
 * measure of the same indicators ("Sản lượng", "Giá trị sản xuất"): one unit's table read
 * several ways, never rolled up as units and never added together (tonnes are not money).
 */
export type GroupKind = "unit" | "measure";

/** Where a plan table sits and how its columns map to the engine's. */
export interface PlanTable {
  sheet: string;
  /**
   * The unit whose figures these are: a unit group's name ("Toàn huyện", "Xã A") in the wide
   * layout; else the unit from the options or the title — measure groups included (a measure
   * group is not a unit: it names `measure` instead).
   */
  unit?: string;
  /**
   * For a measure group ("Sản lượng", "Giá trị sản xuất"): the measure these figures are in.
   * Several tables of one sheet share indicator names and differ by it: show it beside the
   * name ("Lúa (Sản lượng)") wherever tables are listed together.
   */
  measure?: string;
  period?: PeriodId;
  /** The report year: the year whose actual the sheet reports (a five-year span's last year). */
  year?: number;
  /** A five-year report's span ("giai đoạn 2016-2020"): the target is the span's plan. */
  yearSpan?: { from: number; to: number };
  /**
   * Every figure column whose header names a year, with its use: the report year's columns,
   * earlier years' actuals ("history") and later plans ("next"). Read these to compare a
   * row's years (a unit slip in TH 2017), never to judge: `columns` holds what is judged.
   */
  yearColumns?: YearColumn[];
  /** The next plan's column (KH of the year after the report year, or the next span's). */
  nextTargetColumn?: number;
  /** Sheet rows of the header (several when it spans merged rows), 1-based. */
  headerRows: number[];
  /** The row of column numbers under the header ("A | B | 1 | 2"), if any. */
  columnNumberRow?: number;
  /** Sheet column (1-based) of each engine column found. */
  columns: Partial<Record<IndicatorColumn, number>>;
  /** Sheet columns the add-in owns in this table ("% KH", "Đánh giá"), if present. */
  ownedColumns: { percent?: number; status?: number };
  /** Last sheet column of the table (where owned columns are appended when missing). */
  lastColumn: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The rows judged: visible indicator rows (hidden rows are the form's unused part). */
  rows: PlanRow[];
  /** Indicator rows left out of `rows` because they are hidden, figures or not. */
  hiddenRowCount?: number;
  /**
   * For the wide layout: this table is one column group among several on the sheet. `kind`
   * says whether the groups are units or measures; `isTotal` marks the units' total group
   * (never true for a measure group).
   */
  group?: { index: number; count: number; isTotal: boolean; kind: GroupKind };
}

/** One indicator row with what the sheet says about it beyond its cells. */
export interface PlanRow extends RawIndicatorRow {
  row: number;
  /** Numbered label as typed ("1.2.", "a)", "-"), when the sheet numbers instead of coding. */
  label?: string;
  /** Sheet row of the parent indicator (numbering or indentation hierarchy). */
  parentRow?: number;
  /** "Tổng cộng"/"Cộng" rows and rows whose children sum into them. */
  isTotal?: boolean;
  /** Never set on plan tables' rows now: hidden rows are left out (`hiddenRowCount`). */
  hidden?: boolean;
}

export interface SheetReading {
  sheet: string;
  tables: PlanTable[];
  /** Problems with the sheet itself, and "no plan table here". */
  findings: Finding[];
}

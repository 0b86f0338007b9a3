import { unitKey } from "../../engine/consolidate/unitNames";
import type { RawCell } from "../../engine/model/cell";
import { formatNumber } from "../../engine/numbers/formatNumber";
import { parseNumberText } from "../../engine/numbers/parseNumber";
import { cellText } from "../../engine/read/cellText";
import { parseAggregation } from "../../engine/read/parseAggregation";
import { readIndicator } from "../../engine/read/readIndicator";
import type { WriteValue } from "../changeSet";
import { decimalsOf } from "../demo/splitTotal";
import type { PlanRow } from "../planTable";
import type { DistributionSource } from "./distributionSource";

/** One indicator as a sub-unit receives it: the parent's row with the sub-unit's own target. */
export interface WardRow {
  field?: string;
  code?: string;
  name: string;
  unit: string;
  kind: string;
  aggregation: string;
  cumulative: string;
  /** The sub-unit's own last-year figure, when the parent's workbook has it. */
  baseline: WriteValue;
  target: WriteValue;
  targetMax: WriteValue;
  /** The target is the sub-unit's share (from the allocation sheet or its own sheet). */
  allocated: boolean;
  /**
   * A total the parent did not split (a sum of the sub-units' figures, such as revenue or
   * households): no sub-unit can be held to the whole of it, so it is given no target and
   * reports its figure only.
   */
  unsplit?: true;
}

/** A figure in a target's words: "giảm 600 hộ" with 60 is "giảm 60 hộ". */
const FIRST_FIGURE = /\d[\d.,]*/;

/** A cell's value as it was typed: numbers stay numbers, text stays text, blanks null. */
function typedValue(cell: RawCell | undefined): WriteValue {
  const value = cell?.value;
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return cellText(cell);
  return value;
}

/**
 * A share written as the parent wrote its target: a plain figure as a number, words around a
 * figure ("giảm 600 hộ", "hoàn thành 8 công trình") kept with the share in them; no share at
 * all ("-") when the sub-unit was given none of it.
 */
export function shareValue(parentTarget: WriteValue, share: number): WriteValue {
  if (share === 0) return "-";
  if (typeof parentTarget === "number" || parentTarget === null) return share;
  const text = String(parentTarget);
  if (parseNumberText(text, "vi").ok) return share;
  if (!FIRST_FIGURE.test(text)) return share;
  return text.replace(FIRST_FIGURE, formatNumber(share, "vi", decimalsOf(share)));
}

/**
 * The parent's target is a total of the sub-units' figures (a sum rule, an absolute figure other
 * than 0): it cannot be any one sub-unit's target unless it is split.
 */
function isUnsplittable(row: PlanRow): boolean {
  if (parseAggregation(cellText(row.cells.aggregation))?.rule !== "sum") return false;
  const reading = readIndicator(row);
  const target = reading.indicator.target;
  // A summed target that cannot be read ("từ 1.200 trở lên" on a sheet that does not say
  // whether 1.200 is 1200) may be a total: never handed whole to every sub-unit either.
  if (!target) return cellText(row.cells.target) !== "" && reading.invalid;
  return target.value !== undefined && target.value !== 0 && !target.relative;
}

/** Rows the sub-units report: every indicator but those the parent alone reports ("không"). */
function reportedBySubUnits(row: PlanRow): boolean {
  return parseAggregation(cellText(row.cells.aggregation))?.rule !== "none";
}

function ownRowsByCode(source: DistributionSource, unit: string): Map<string, PlanRow> {
  const table = source.unitTables.get(unitKey(unit));
  const out = new Map<string, PlanRow>();
  for (const row of table?.rows ?? []) {
    const code = cellText(row.cells.code);
    if (code !== "" && !out.has(code)) out.set(code, row);
  }
  return out;
}

/** A parent's row as every sub-unit receives it before its own target is put in. */
interface ParentRow {
  row: PlanRow;
  code: string | undefined;
  field: string | undefined;
  name: string;
  unit: string;
  kind: string;
  aggregation: string;
  cumulative: string;
  target: WriteValue;
  targetMax: WriteValue;
  /** isUnsplittable, asked the first time a sub-unit is given the parent's target. */
  unsplittable?: boolean;
}

/** The rows the sub-units report, read from the parent's rows once per source (not per sub-unit). */
const parentRowsOf = new WeakMap<DistributionSource, ParentRow[]>();

function parentRows(source: DistributionSource): ParentRow[] {
  const known = parentRowsOf.get(source);
  if (known) return known;
  const rows = source.rows.filter(reportedBySubUnits).map((row): ParentRow => ({
    row,
    code: cellText(row.cells.code) || undefined,
    field: cellText(row.cells.field) || row.field,
    name: cellText(row.cells.name),
    unit: cellText(row.cells.unit),
    kind: cellText(row.cells.kind),
    aggregation: cellText(row.cells.aggregation),
    cumulative: cellText(row.cells.cumulative),
    target: typedValue(row.cells.target),
    targetMax: typedValue(row.cells.targetMax),
  }));
  parentRowsOf.set(source, rows);
  return rows;
}

/**
 * The sub-unit's indicators: the parent's plan rows it reports, each with its share of the
 * target where the parent allocated one (else its own sheet's target, else the parent's — but
 * never a total the parent did not split), and its own last year's figure where its own sheet
 * has one.
 */
export function wardRows(source: DistributionSource, unit: string): WardRow[] {
  const shares = source.shares.get(unitKey(unit));
  const own = ownRowsByCode(source, unit);
  return parentRows(source).map((parent): WardRow => {
    const { code, field } = parent;
    const mine = code === undefined ? undefined : own.get(code);
    const share = code === undefined ? undefined : shares?.get(code);
    let target = parent.target;
    let targetMax = parent.targetMax;
    let allocated = false;
    if (share !== undefined) {
      target = shareValue(parent.target, share);
      targetMax = null;
      allocated = true;
    } else if (mine && typedValue(mine.cells.target) !== null) {
      target = typedValue(mine.cells.target);
      targetMax = typedValue(mine.cells.targetMax);
      allocated = true;
    }
    const unsplit = !allocated && (parent.unsplittable ??= isUnsplittable(parent.row));
    if (unsplit) {
      target = "-";
      targetMax = null;
    }
    return {
      ...(field ? { field } : {}),
      ...(code === undefined ? {} : { code }),
      name: parent.name,
      unit: parent.unit,
      kind: parent.kind,
      aggregation: parent.aggregation,
      cumulative: parent.cumulative,
      baseline: mine ? typedValue(mine.cells.baseline) : null,
      target,
      targetMax,
      allocated,
      ...(unsplit ? { unsplit: true as const } : {}),
    };
  });
}

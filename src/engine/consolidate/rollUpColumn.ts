import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import type { ActualValue, MilestoneState } from "../model/indicator";
import { STATE_CHOICES } from "../distribute/entryWords";
import { formatAggregation } from "../read/formatAggregation";
import { COLUMN_WORDS } from "./columnWords";
import type { MatchedIndicator } from "./matchIndicators";
import { milestoneOf, rollUpMilestones } from "./rollUpMilestones";
import { rollUpNumbers, type Part } from "./rollUpNumbers";
import type { ConsolidatedUnit, FigureColumn, SourceFigure, UnitIndicator } from "./types";
import { weightValue } from "./weights";

export type FlowColumn = Exclude<FigureColumn, "target">;

export interface ColumnContext {
  match: MatchedIndicator;
  units: readonly ConsolidatedUnit[];
  rule: Aggregation;
  /** Entries left out for another unit of measure. */
  excluded: readonly boolean[];
  /** A sub-unit without the row leaves the roll-up incomplete. */
  expectAll: boolean;
  /** Expected sub-units that sent nothing: any figure rolled up without them is partial. */
  absent: readonly string[];
  /** The weight indicator's rows, aligned with the units (weighted mean). */
  weights?: ReadonlyArray<UnitIndicator | undefined>;
  label: string;
}

/** A roll-up of the figures that are there while others are missing: shown, never judged. */
export interface PartialFigure {
  value: ActualValue;
  /** The sub-units whose figure it lacks (a blank cell, or no such row). */
  missing: string[];
  /** The first missing figure's place: its blank cell, or its sheet. */
  missingAt: { sheet?: string; cell?: string };
  /** How many sub-units' figures it holds. */
  present: number;
}

export interface ColumnRollUp {
  /** Set only when every expected figure was there and usable. */
  value?: ActualValue;
  /** The figures present rolled up, when some expected ones are missing and none is unusable. */
  partial?: PartialFigure;
  /** Sub-units whose row has no figure in this column. */
  blank: string[];
  /** An expected figure is missing (blank or no row). */
  incomplete: boolean;
  /** A figure that was there could not be used (other unit, no weight, not a figure). */
  unusable: boolean;
  findings: Finding[];
  sources: SourceFigure[];
}

function figureOf(entry: UnitIndicator, column: FlowColumn): ActualValue | undefined {
  if (column === "baseline") {
    return entry.baseline === undefined ? undefined : { kind: "number", value: entry.baseline };
  }
  return entry[column];
}

/** A milestone state as the entry's drop-down words it ("Đang thực hiện"), to quote the cell. */
function stateWords(state: MilestoneState): { vi: string; en: string } {
  return { vi: STATE_CHOICES.vi[state], en: STATE_CHOICES.en[state] };
}

/**
 * Rolls up one figure column (baseline, actual or forecast) of an indicator by its rule, and
 * lists every figure with its cell as a source. The result is withheld when an expected figure
 * is missing or one cannot be used: a partial sum is never shown as the total.
 */
export function rollUpColumn(context: ColumnContext, column: FlowColumn): ColumnRollUp {
  const { match, units, rule, excluded, label } = context;
  const out: ColumnRollUp = {
    blank: [],
    incomplete: false,
    unusable: false,
    findings: [],
    sources: [],
  };
  const parts: Part[] = [];
  const states: MilestoneState[] = [];
  const missing: string[] = [];
  let missingAt: PartialFigure["missingAt"] | undefined;
  units.forEach((unit, i) => {
    const entry = match.entries[i];
    if (!entry) {
      if (!context.expectAll) return;
      out.incomplete = true;
      missing.push(unit.unit);
      missingAt ??= unit.sheet === undefined ? {} : { sheet: unit.sheet };
      return;
    }
    const figure = figureOf(entry, column);
    if (!figure) {
      out.blank.push(unit.unit);
      out.incomplete = true;
      missing.push(unit.unit);
      missingAt ??= { sheet: entry.sheet ?? unit.sheet, cell: entry.cells[column] };
      return;
    }
    const where = { sheet: entry.sheet ?? unit.sheet, cell: entry.cells[column] };
    const value = figure.kind === "number" ? figure.value : figure.state;
    const source: SourceFigure = { unit: unit.unit, ...where, column, value, used: false };
    out.sources.push(source);
    if (rule.rule === "none") return;
    if (excluded[i]) {
      out.unusable = true;
      return;
    }
    if (where.cell !== undefined && entry.suspectCells?.includes(where.cell)) {
      const words = COLUMN_WORDS[column];
      const params = {
        unit: unit.unit,
        indicator: label,
        column: words.vi,
        columnEn: words.en,
      };
      out.findings.push(finding("figure_suspect", params, where));
      out.unusable = true;
      return;
    }
    if (rule.rule === "all") {
      states.push(milestoneOf(figure, entry));
      source.used = true;
      return;
    }
    if (figure.kind === "milestone") {
      const words = stateWords(figure.state);
      const params = {
        unit: unit.unit,
        indicator: label,
        value: words.vi,
        valueEn: words.en,
        rule: formatAggregation(rule, "vi"),
        ruleEn: formatAggregation(rule, "en"),
      };
      out.findings.push(finding("figure_not_usable", params, where));
      out.unusable = true;
      return;
    }
    if (rule.rule === "weighted_mean") {
      const weight = weightValue(context.weights?.[i], column);
      if (weight === undefined) {
        const params = { unit: unit.unit, indicator: label, weightCode: rule.weightCode };
        const at = context.weights?.[i];
        const cell = at?.cells.actual ?? at?.cells.target;
        out.findings.push(finding("missing_weight", params, { sheet: where.sheet, cell }));
        out.unusable = true;
        return;
      }
      source.weight = weight;
    }
    parts.push({
      value: figure.value,
      ...(source.weight === undefined ? {} : { weight: source.weight }),
    });
    source.used = true;
  });
  if (out.unusable || rule.rule === "none") return out;
  if (context.absent.length > 0) {
    out.incomplete = true;
    missing.push(...context.absent);
  }
  const value = combined(rule, parts, states);
  if (value === undefined) {
    if (rule.rule === "weighted_mean" && parts.length > 0) {
      const params = { indicator: label, weightCode: rule.weightCode };
      out.findings.push(finding("weights_zero", params));
      out.incomplete = true;
    }
    return out;
  }
  if (!out.incomplete) out.value = value;
  else {
    const present = parts.length + states.length;
    out.partial = { value, missing, missingAt: missingAt ?? {}, present };
  }
  return out;
}

/** The parts combined by the rule: milestones for "tất cả", numbers for the others. */
function combined(
  rule: Aggregation,
  parts: readonly Part[],
  states: readonly MilestoneState[],
): ActualValue | undefined {
  if (rule.rule === "none") return undefined;
  if (rule.rule === "all") {
    const state = rollUpMilestones(states);
    return state ? { kind: "milestone", state } : undefined;
  }
  const value = rollUpNumbers(rule.rule, parts);
  return value === undefined ? undefined : { kind: "number", value };
}

import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import type { Figures } from "./buildIndicator";
import { checkAllocation } from "./checkAllocation";
import { COLUMN_WORDS } from "./columnWords";
import type { MeasureCheck } from "./checkMeasures";
import type { MatchedIndicator } from "./matchIndicators";
import type { IndicatorContext, Outcome } from "./outcome";
import type { Presence } from "./checkPresence";
import type { RuleResolution } from "./resolveRule";
import {
  rollUpColumn,
  type ColumnContext,
  type ColumnRollUp,
  type PartialFigure,
} from "./rollUpColumn";
import { rollUpTarget } from "./rollUpTarget";
import type { PartialFigures } from "./types";

/**
 * A figure rolled up from the sub-units present: which ones it lacks, at the first one's blank
 * cell. The estimate's is said only when it lacks others than the actual's.
 */
function partialFigures(
  roll: ColumnRollUp,
  column: "actual" | "forecast",
  label: string,
  present: number,
  absent: readonly string[],
  sameAs?: ColumnRollUp,
): Finding[] {
  const partial = roll.partial;
  if (!partial) return [];
  // Sub-units that sent nothing are said once each (expected_unit_missing), not per indicator.
  if (partial.missing.every((unit) => absent.includes(unit))) return [];
  if (sameAs?.partial && sameAs.partial.missing.join() === partial.missing.join()) return [];
  const words = COLUMN_WORDS[column];
  const params = {
    indicator: label,
    column: words.vi,
    columnEn: words.en,
    present: partial.present,
    total: present + absent.length,
    units: partial.missing.join(", "),
  };
  return [finding("figures_partial", params, partial.missingAt)];
}

/** Blank figures while other sub-units gave theirs, and no partial figure could be made. */
function blankFigures(roll: ColumnRollUp, column: "actual" | "forecast", label: string): Finding[] {
  if (roll.partial || roll.blank.length === 0 || roll.sources.length === 0) return [];
  const words = COLUMN_WORDS[column];
  const params = {
    indicator: label,
    column: words.vi,
    columnEn: words.en,
    count: roll.blank.length,
    units: roll.blank.join(", "),
  };
  return [finding("figures_missing", params)];
}

/** The parent sets the target when its sheet has one (read or not: an unread one is invalid). */
function parentTarget(match: MatchedIndicator): Pick<Figures, "target" | "targetText"> | undefined {
  const parent = match.parent;
  if (!parent || (parent.target === undefined && parent.targetText === undefined)) return undefined;
  return {
    ...(parent.target === undefined ? {} : { target: parent.target }),
    ...(parent.targetText === undefined ? {} : { targetText: parent.targetText }),
  };
}

function shown(partial: PartialFigure): PartialFigures["actual"] {
  return { value: partial.value, missing: partial.missing };
}

export interface RollUpParts {
  measures: MeasureCheck;
  presence: Presence;
  resolution: RuleResolution & { rule: Aggregation };
  label: string;
}

/**
 * Rolls up an indicator the sub-units report: actual, estimate and baseline by its rule, the
 * target too unless the parent sets it — then, for a sum, the sub-units' targets are checked
 * as its allocation. A part that cannot be used makes the figure invalid; a missing one
 * leaves it unset, so the judgement falls to the estimate or to "missing".
 */
export function rolledUp(
  match: MatchedIndicator,
  context: IndicatorContext,
  parts: RollUpParts,
): Outcome {
  const { measures, presence, resolution, label } = parts;
  const rule = resolution.rule;
  const absent = context.absentUnits ?? [];
  const weights = rule.rule === "weighted_mean" ? context.weightsOf(rule.weightCode) : undefined;
  const columns: ColumnContext = {
    match,
    units: context.units,
    rule,
    excluded: measures.excluded,
    expectAll: presence.expectAll,
    absent,
    label,
    ...(weights ? { weights } : {}),
  };
  const actual = rollUpColumn(columns, "actual");
  const forecast = rollUpColumn(columns, "forecast");
  const baseline = rollUpColumn(columns, "baseline");
  const fromParent = parentTarget(match);
  // The sub-units' targets are listed as sources even where the parent sets its own.
  const rolledTarget = rollUpTarget(columns);
  const target = fromParent ? undefined : rolledTarget;
  const findings: Finding[] = [
    ...measures.findings,
    ...presence.findings,
    ...resolution.findings,
    ...actual.findings,
    ...forecast.findings,
    ...partialFigures(actual, "actual", label, context.units.length, absent),
    ...partialFigures(forecast, "forecast", label, context.units.length, absent, actual),
    ...blankFigures(actual, "actual", label),
    ...blankFigures(forecast, "forecast", label),
    ...(target?.findings ?? []),
  ];
  if (fromParent && rule.rule === "sum" && absent.length === 0) {
    const allocation = checkAllocation(match, measures.excluded, label, context.tolerance);
    if (allocation) findings.push(allocation);
  }
  const parentBaseline = match.parent?.baseline;
  const baselineValue =
    parentBaseline ?? (baseline.value?.kind === "number" ? baseline.value.value : undefined);
  const figures: Figures = {
    ...(measures.unit === undefined ? {} : { unit: measures.unit }),
    rule,
    ...(baselineValue === undefined ? {} : { baseline: baselineValue }),
    ...(fromParent ?? {
      ...(target?.target ? { target: target.target } : {}),
      ...(target?.text ? { targetText: target.text } : {}),
    }),
    ...(actual.value ? { actual: actual.value } : {}),
    ...(forecast.value ? { forecast: forecast.value } : {}),
  };
  const unusable = actual.unusable || (!actual.value && forecast.unusable);
  const partial = {
    ...(actual.partial ? { actual: shown(actual.partial) } : {}),
    ...(forecast.partial ? { forecast: shown(forecast.partial) } : {}),
  };
  return {
    figures,
    ...(actual.partial || forecast.partial ? { partial } : {}),
    ...(resolution.from ? { ruleFrom: resolution.from } : {}),
    ...(figures.target || figures.targetText
      ? { targetFrom: fromParent ? ("parent" as const) : ("sub_units" as const) }
      : {}),
    findings,
    sources: [...actual.sources, ...forecast.sources, ...baseline.sources, ...rolledTarget.sources],
    ...(unusable ? { forced: "invalid" as const } : {}),
    dropped: [
      // Said by figures_missing (some gave theirs) or unit_missing_indicator (some lack it).
      ...(actual.incomplete && (actual.sources.length > 0 || presence.findings.length > 0)
        ? (["missing_actual"] as const)
        : []),
      ...(!fromParent && rolledTarget.incomplete ? (["missing_target"] as const) : []),
    ],
  };
}

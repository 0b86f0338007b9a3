import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import { formatAggregation } from "../read/formatAggregation";
import { COLUMN_WORDS } from "./columnWords";
import { codeKey, keyIndicators } from "./keyIndicators";
import { indicatorLabel } from "./labels";
import { matchIndicators, type MatchedIndicator } from "./matchIndicators";
import { resolveRule } from "./resolveRule";
import { rollUpNumbers, type Part } from "./rollUpNumbers";
import { sameFigure } from "./sameFigure";
import type { ConsolidatedUnit, FigureColumn, UnitIndicator, UnitPlan } from "./types";
import { weightValue } from "./weights";
import { figureIn, WIDE_COLUMNS } from "./wideFigures";

/** One column group of a wide sheet ("Toàn huyện", "Xã A"…), read as a unit's plan. */
export interface WideGroup extends UnitPlan {
  isTotal: boolean;
}

export interface WideCheckOptions {
  /** Relative slack, as in consolidate(). */
  tolerance?: number;
}

interface Check {
  match: MatchedIndicator;
  total: UnitIndicator;
  totalUnit: string;
  units: readonly ConsolidatedUnit[];
  label: string;
  tolerance: number;
}

function at(check: Check, column: FigureColumn) {
  return { sheet: check.total.sheet, cell: check.total.cells[column] };
}

/** The figures the sub-unit groups give in a column (a blank counts as 0 in a sum). */
function partsOf(
  check: Check,
  column: FigureColumn,
  rule: Aggregation,
  weights: ReadonlyArray<UnitIndicator | undefined> | undefined,
): Part[] | undefined {
  const parts: Part[] = [];
  for (const [i, entry] of check.match.entries.entries()) {
    const value = entry ? figureIn(entry, column) : undefined;
    if (value === undefined) {
      if (rule.rule === "sum") parts.push({ value: 0 });
      continue;
    }
    if (rule.rule !== "weighted_mean") {
      parts.push({ value });
      continue;
    }
    const weight = weightValue(weights?.[i], column);
    if (weight === undefined) return undefined;
    parts.push({ value, weight });
  }
  return parts;
}

function differences(check: Check, rule: Aggregation, weightsOf: WeightsOf): Finding[] {
  if (rule.rule === "none" || rule.rule === "all") return [];
  const weights = rule.rule === "weighted_mean" ? weightsOf(rule.weightCode) : undefined;
  const out: Finding[] = [];
  for (const column of WIDE_COLUMNS) {
    const stated = figureIn(check.total, column);
    const hasParts = check.match.entries.some((e) => e && figureIn(e, column) !== undefined);
    if (stated === undefined || !hasParts) continue;
    const parts = partsOf(check, column, rule, weights);
    const rollup = parts && rollUpNumbers(rule.rule, parts);
    if (rollup === undefined || sameFigure(stated, rollup, check.tolerance)) continue;
    const params = {
      unit: check.totalUnit,
      indicator: check.label,
      column: COLUMN_WORDS[column].vi,
      columnEn: COLUMN_WORDS[column].en,
      total: stated,
      rollup,
      rule: formatAggregation(rule, "vi"),
      ruleEn: formatAggregation(rule, "en"),
      count: check.units.length,
      difference: stated - rollup,
    };
    out.push(finding("total_differs", params, at(check, column)));
  }
  return out;
}

/** Each column where the total of a rate is the sum of two or more sub-units' non-zero figures. */
function summedRates(check: Check): Finding[] {
  const out: Finding[] = [];
  for (const column of WIDE_COLUMNS) {
    const stated = figureIn(check.total, column);
    const values = check.match.entries.map((e) => (e ? figureIn(e, column) : undefined));
    const nonZero = values.filter((v): v is number => v !== undefined && v !== 0);
    if (stated === undefined || nonZero.length < 2) continue;
    const sum = nonZero.reduce((a, b) => a + b, 0);
    if (!sameFigure(stated, sum, check.tolerance)) continue;
    const params = {
      unit: check.totalUnit,
      indicator: check.label,
      column: COLUMN_WORDS[column].vi,
      columnEn: COLUMN_WORDS[column].en,
      total: stated,
      count: nonZero.length,
    };
    out.push(finding("total_sums_rate", params, at(check, column)));
  }
  return out;
}

function hasFigures(match: MatchedIndicator): boolean {
  const rows = [match.parent, ...match.entries];
  return rows.some((row) => row && WIDE_COLUMNS.some((c) => (figureIn(row, c) ?? 0) !== 0));
}

type WeightsOf = (code: string) => ReadonlyArray<UnitIndicator | undefined> | undefined;

/**
 * A wide sheet (DESIGN "Real sheets") is a consolidation already laid out: checks its total
 * group ("Toàn huyện", "Tổng số", "Cộng") against the roll-up of the other groups, rule by
 * rule and column by column, each difference a finding at the total's cell. A rate or a
 * yield that has no rule is never summed: where the total is the sum of the groups, each such
 * cell is a finding; else the missing rule is.
 */
export function checkWideTotals(
  groups: readonly WideGroup[],
  options: WideCheckOptions = {},
): Finding[] {
  const total = groups.find((g) => g.isTotal);
  const parts = groups.filter((g) => !g.isTotal);
  if (!total || parts.length === 0) return [];
  const [totalKeyed, ...unitKeyed] = keyIndicators([
    total.indicators,
    ...parts.map((g) => g.indicators),
  ]);
  const matches = matchIndicators(unitKeyed, totalKeyed);
  const byKey = new Map(matches.map((m) => [m.key, m]));
  const weightsOf: WeightsOf = (code) => byKey.get(codeKey(code))?.entries;
  const units: ConsolidatedUnit[] = parts.map(({ unit, sheet }) =>
    sheet === undefined ? { unit } : { unit, sheet },
  );
  const findings: Finding[] = [];
  for (const match of matches) {
    if (!match.parent) continue;
    const label = indicatorLabel(match.parent);
    const check: Check = {
      match,
      total: match.parent,
      totalUnit: total.unit,
      units,
      label,
      tolerance: options.tolerance ?? 0,
    };
    const resolution = resolveRule(match, units, label);
    if (resolution.rateProblem) {
      const summed = summedRates(check);
      if (summed.length > 0) findings.push(...summed);
      else if (hasFigures(match)) findings.push(...resolution.findings);
    } else if (!resolution.rule) findings.push(...resolution.findings);
    else findings.push(...differences(check, resolution.rule, weightsOf));
  }
  return findings;
}

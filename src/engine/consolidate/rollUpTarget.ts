import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import type { Target } from "../model/target";
import { formatTarget } from "../targets/formatTarget";
import type { ColumnContext } from "./rollUpColumn";
import { rollUpNumbers, type Part } from "./rollUpNumbers";
import type { SourceFigure, UnitIndicator } from "./types";
import { weightValue } from "./weights";

export interface TargetRollUp {
  /** An expected sub-unit has no target: none is rolled up (its own check says so). */
  incomplete: boolean;
  target?: Target;
  text?: string;
  findings: Finding[];
  sources: SourceFigure[];
}

interface Given {
  entry: UnitIndicator;
  unit: string;
  sheet?: string;
  target: Target;
  weight?: UnitIndicator;
}

function shape(target: Target): string {
  const { kind, relative, strict, value, max } = target;
  return [kind, relative === true, strict === true, value !== undefined, max !== undefined].join();
}

function sameLevel(a: Target, b: Target): boolean {
  return a.value === b.value && a.max === b.max;
}

/** Combines one bound (value or max) of the sub-units' targets by the rule. */
function combine(
  rule: Aggregation,
  given: readonly Given[],
  bound: "value" | "max",
): number | undefined {
  if (rule.rule === "all" || rule.rule === "none") return undefined;
  const parts: Part[] = [];
  for (const g of given) {
    const value = g.target[bound];
    if (value === undefined) return undefined;
    if (rule.rule !== "weighted_mean") {
      parts.push({ value });
      continue;
    }
    const weight = weightValue(g.weight, "target");
    if (weight === undefined) return undefined;
    parts.push({ value, weight });
  }
  return rollUpNumbers(rule.rule, parts);
}

/**
 * The sub-units' targets rolled up by the indicator's rule: sums for "sum", a (weighted) mean
 * of the levels for rates, the same target where each is a relative change or a plain
 * "hoàn thành". Targets of different kinds do not combine: a finding asks for the parent's.
 * Nothing is rolled up while an expected sub-unit has no target (its own check says so).
 */
export function rollUpTarget(context: ColumnContext): TargetRollUp {
  const { match, units, rule, excluded, label } = context;
  const out: TargetRollUp = { incomplete: false, findings: [], sources: [] };
  const given: Given[] = [];
  let complete = true;
  units.forEach((unit, i) => {
    const entry = match.entries[i];
    if (!entry) {
      if (context.expectAll) complete = false;
      return;
    }
    if (excluded[i]) return;
    const sheet = entry.sheet ?? unit.sheet;
    if (!entry.target) {
      // A sub-unit given no plan ("-", blank, a lone 0) adds nothing; one that failed to read does.
      if (!entry.noPlan) complete = false;
      return;
    }
    if (entry.target.value !== undefined) {
      out.sources.push({
        unit: unit.unit,
        sheet,
        cell: entry.cells.target,
        column: "target",
        value: entry.target.value,
        ...(entry.targetText === undefined ? {} : { text: entry.targetText }),
        used: true,
      });
    }
    const weight = context.weights?.[i];
    given.push({
      entry,
      unit: unit.unit,
      sheet,
      target: entry.target,
      ...(weight ? { weight } : {}),
    });
  });
  out.incomplete = !complete;
  if (!complete || given.length === 0 || rule.rule === "none") return out;

  const [first] = given;
  // A relative change, a plain "hoàn thành" or a milestone for "tất cả" is not combined:
  // every sub-unit must have the same one.
  const fixed =
    first.target.relative === true || first.target.value === undefined || rule.rule === "all";
  const differ = given.find(
    (g) => shape(g.target) !== shape(first.target) || (fixed && !sameLevel(g.target, first.target)),
  );
  if (differ) {
    const params = {
      indicator: label,
      unit: differ.unit,
      text: differ.entry.targetText ?? formatTarget(differ.target, "vi"),
      firstUnit: first.unit,
      firstText: first.entry.targetText ?? formatTarget(first.target, "vi"),
    };
    out.findings.push(
      finding("targets_differ", params, { sheet: differ.sheet, cell: differ.entry.cells.target }),
    );
    return out;
  }
  if (fixed) {
    out.target = { ...first.target };
  } else {
    const value = combine(rule, given, "value");
    const max = first.target.max === undefined ? undefined : combine(rule, given, "max");
    if (value === undefined || (first.target.max !== undefined && max === undefined)) return out;
    out.target = { ...first.target, value, ...(max === undefined ? {} : { max }) };
  }
  out.text = formatTarget(out.target, "vi");
  return out;
}

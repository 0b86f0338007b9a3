import type { Aggregation } from "../model/aggregation";
import type { ActualValue, Indicator } from "../model/indicator";
import type { Target } from "../model/target";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";

export interface Figures {
  unit?: string;
  rule?: Aggregation;
  baseline?: number;
  target?: Target;
  targetText?: string;
  actual?: ActualValue;
  forecast?: ActualValue;
}

/**
 * The consolidated indicator as the engine judges it: named and placed as on the parent's
 * sheet (its cells take the evaluation's findings), else as on the first sub-unit's, with
 * the rolled-up figures.
 */
/** Neither the parent nor any sub-unit set a target: the roll-up has no plan either. */
function givenNoPlan(match: MatchedIndicator): boolean {
  const rows = [match.parent, ...match.entries].filter((row) => row !== undefined);
  return rows.length > 0 && rows.every((row) => row.target === undefined && row.noPlan === true);
}

export function buildIndicator(match: MatchedIndicator, figures: Figures): Indicator {
  const reference = referenceIndicator(match);
  const parent = match.parent;
  const code = parent?.code ?? match.entries.find((e) => e?.code)?.code;
  const field = parent?.field ?? reference.field;
  const out: Indicator = {
    name: reference.name,
    cumulative: reference.cumulative,
    cells: parent ? { ...parent.cells } : {},
  };
  if (code !== undefined) out.code = code;
  if (field !== undefined) out.field = field;
  if (figures.unit !== undefined) out.unit = figures.unit;
  if (figures.target !== undefined) out.target = figures.target;
  if (figures.targetText !== undefined) out.targetText = figures.targetText;
  if (figures.rule !== undefined) out.aggregation = figures.rule;
  if (figures.baseline !== undefined) out.baseline = figures.baseline;
  if (figures.actual !== undefined) out.actual = figures.actual;
  if (figures.forecast !== undefined) out.forecast = figures.forecast;
  if (parent?.sheet !== undefined) out.sheet = parent.sheet;
  if (parent?.row !== undefined) out.row = parent.row;
  if (out.target === undefined && out.targetText === undefined && givenNoPlan(match)) {
    out.noPlan = true;
  }
  return out;
}

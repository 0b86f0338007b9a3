import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";
import type { IndicatorContext, Outcome } from "./outcome";
import { unusedSources } from "./unitSources";

/**
 * The parent's own figures stand: its rule is "không", or no sub-unit reports the indicator.
 * A "không" indicator with no parent row is a finding: there is no figure to take.
 */
export function parentOnly(
  match: MatchedIndicator,
  context: IndicatorContext,
  label: string,
  findings: Finding[],
): Outcome {
  const parent = match.parent;
  const sources = unusedSources(match, context.units);
  if (!parent) {
    const first = referenceIndicator(match);
    const where = { sheet: first.sheet, cell: first.cells.aggregation ?? first.cells.name };
    const rule: Aggregation = first.aggregation ?? { rule: "none" };
    return {
      figures: { ...(first.unit ? { unit: first.unit } : {}), rule },
      ruleFrom: "sub_units",
      findings: [...findings, finding("parent_only", { indicator: label }, where)],
      sources,
      dropped: [],
    };
  }
  const { unit, aggregation, baseline, target, targetText, actual, forecast } = parent;
  return {
    figures: {
      ...(unit === undefined ? {} : { unit }),
      ...(aggregation === undefined ? {} : { rule: aggregation }),
      ...(baseline === undefined ? {} : { baseline }),
      ...(target === undefined ? {} : { target }),
      ...(targetText === undefined ? {} : { targetText }),
      ...(actual === undefined ? {} : { actual }),
      ...(forecast === undefined ? {} : { forecast }),
    },
    ...(aggregation === undefined ? {} : { ruleFrom: "parent" as const }),
    targetFrom: "parent",
    findings,
    sources,
    dropped: [],
  };
}

import { evaluateIndicator } from "../evaluate/evaluateIndicator";
import type { Finding } from "../findings/finding";
import { buildIndicator } from "./buildIndicator";
import { checkMeasures } from "./checkMeasures";
import { checkPresence } from "./checkPresence";
import { indicatorLabel } from "./labels";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";
import type { IndicatorContext, Outcome } from "./outcome";
import { parentOnly } from "./parentOnly";
import { resolveRule } from "./resolveRule";
import { rolledUp } from "./rolledUp";
import type { ConsolidatedIndicator } from "./types";
import { unusedSources } from "./unitSources";

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function outcomeOf(match: MatchedIndicator, context: IndicatorContext, label: string): Outcome {
  if (match.parent?.aggregation?.rule === "none") return parentOnly(match, context, label, []);
  const presence = checkPresence(match, context.units, label);
  if (presence.count === 0) return parentOnly(match, context, label, presence.findings);
  const resolution = resolveRule(match, context.units, label);
  const { rule } = resolution;
  // Sub-units do not report a "không" indicator: whoever lacks it is not missing anything.
  if (rule?.rule === "none") return parentOnly(match, context, label, []);
  const measures = checkMeasures(match, context.units);
  if (!rule) {
    // No usable rule (a rate to be summed, sub-units that disagree): nothing is rolled up.
    return {
      figures: measures.unit === undefined ? {} : { unit: measures.unit },
      findings: [...measures.findings, ...presence.findings, ...resolution.findings],
      sources: unusedSources(match, context.units),
      forced: "invalid",
      dropped: ["missing_actual", "missing_target"],
    };
  }
  return rolledUp(match, context, {
    measures,
    presence,
    resolution: { ...resolution, rule },
    label,
  });
}

/**
 * Consolidates one indicator across the sub-units and judges the result against the target
 * (the parent's, or the sub-units' rolled up) with the engine's own evaluation.
 */
export function consolidateIndicator(
  match: MatchedIndicator,
  context: IndicatorContext,
): ConsolidatedIndicator {
  const label = indicatorLabel(referenceIndicator(match));
  const outcome = outcomeOf(match, context, label);
  const { figures } = outcome;
  const indicator = buildIndicator(match, figures);
  const evaluation = evaluateIndicator(indicator, context.evaluation);
  // A forced status has its reasons in the outcome; the evaluation of withheld figures adds none.
  const judged = outcome.forced
    ? []
    : evaluation.findings.filter((f) => !outcome.dropped.includes(f.rule));
  const out: ConsolidatedIndicator = {
    key: match.key,
    name: indicator.name,
    status: outcome.forced ?? evaluation.status,
    indicator,
    sources: outcome.sources,
    findings: unique([...outcome.findings, ...judged]),
  };
  if (indicator.code !== undefined) out.code = indicator.code;
  if (indicator.field !== undefined) out.field = indicator.field;
  if (figures.unit !== undefined) out.unit = figures.unit;
  if (figures.rule !== undefined) out.rule = figures.rule;
  if (outcome.ruleFrom !== undefined) out.ruleFrom = outcome.ruleFrom;
  if (figures.baseline !== undefined) out.baseline = figures.baseline;
  if (figures.target !== undefined) out.target = figures.target;
  if (figures.targetText !== undefined) out.targetText = figures.targetText;
  if (outcome.targetFrom !== undefined) out.targetFrom = outcome.targetFrom;
  const { partial } = outcome;
  const actual = figures.actual ?? partial?.actual?.value;
  const forecast = figures.forecast ?? partial?.forecast?.value;
  if (actual !== undefined) out.actual = actual;
  if (forecast !== undefined) out.forecast = forecast;
  if (partial) out.partial = partial;
  if (!outcome.forced) {
    if (evaluation.percent !== undefined) out.percent = evaluation.percent;
    if (evaluation.forecastStatus !== undefined) out.forecastStatus = evaluation.forecastStatus;
    if (evaluation.forecastPercent !== undefined) out.forecastPercent = evaluation.forecastPercent;
  }
  return out;
}

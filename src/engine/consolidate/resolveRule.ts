import { finding, type Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import { formatAggregation } from "../read/formatAggregation";
import { foldText } from "../text/normalize";
import { isRateIndicator } from "./isRate";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";
import type { ConsolidatedUnit, RuleSource, UnitIndicator } from "./types";

export interface RuleResolution {
  rule?: Aggregation;
  from?: RuleSource;
  /** A rate with no usable rule (none, or "sum"): it is not rolled up. */
  rateProblem: boolean;
  findings: Finding[];
}

function ruleKey(aggregation: Aggregation): string {
  return aggregation.rule === "weighted_mean"
    ? `weighted_mean:${foldText(aggregation.weightCode)}`
    : aggregation.rule;
}

function where(indicator: UnitIndicator | undefined, sheet?: string) {
  if (!indicator) return sheet === undefined ? {} : { sheet };
  return {
    sheet: indicator.sheet ?? sheet,
    cell: indicator.cells.aggregation ?? indicator.cells.name,
  };
}

/** The sub-units' rule when they agree; a finding listing who says what when they do not. */
function agreedRule(
  match: MatchedIndicator,
  units: readonly ConsolidatedUnit[],
  label: string,
): { rule?: Aggregation; findings: Finding[] } {
  const stated = match.entries.flatMap((entry, i) =>
    entry?.aggregation ? [{ entry, unit: units[i], aggregation: entry.aggregation }] : [],
  );
  const distinct = new Map(stated.map((s) => [ruleKey(s.aggregation), s]));
  if (distinct.size <= 1) return { rule: stated[0]?.aggregation, findings: [] };
  const list = (lang: "vi" | "en") =>
    [...distinct.values()]
      .map((s) => `${formatAggregation(s.aggregation, lang)} (${s.unit.unit})`)
      .join(", ");
  const odd = [...distinct.values()][1];
  const params = { indicator: label, rules: list("vi"), rulesEn: list("en") };
  return { findings: [finding("rule_conflict", params, where(odd.entry, odd.unit.sheet))] };
}

/**
 * The roll-up rule of an indicator: the parent's when its sheet gives one, else the rule the
 * sub-units agree on, else "sum". A rate or an average (%, tạ/ha, "Tỷ lệ…") is never summed:
 * with no rule or with "sum" it is a finding and is not rolled up.
 */
export function resolveRule(
  match: MatchedIndicator,
  units: readonly ConsolidatedUnit[],
  label: string,
): RuleResolution {
  const reference = referenceIndicator(match);
  const rate = isRateIndicator(reference.name, reference.unit);
  const place = where(match.parent ?? match.entries.find((e) => e !== undefined));
  let rule: Aggregation | undefined = match.parent?.aggregation;
  let from: RuleSource | undefined = rule ? "parent" : undefined;
  if (!rule) {
    const agreed = agreedRule(match, units, label);
    if (agreed.findings.length > 0) return { rateProblem: false, findings: agreed.findings };
    rule = agreed.rule;
    from = rule ? "sub_units" : undefined;
  }
  if (!rule) {
    if (rate) {
      const f = finding("rate_without_rule", { indicator: label }, place);
      return { rateProblem: true, findings: [f] };
    }
    return { rule: { rule: "sum" }, from: "default", rateProblem: false, findings: [] };
  }
  if (rule.rule === "sum" && rate) {
    return { rateProblem: true, findings: [finding("rate_summed", { indicator: label }, place)] };
  }
  return { rule, ...(from ? { from } : {}), rateProblem: false, findings: [] };
}

import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { foldText } from "../text/normalize";
import { allowsNegative, isPercentUnit, isRateName } from "./unitKind";
import { allFigures, rowSlipFindings } from "./unitSlips";

/**
 * Entry checks on the figures' values: rates outside 0–100, negatives where impossible, and
 * unit slips (a figure 100× or more off the row's others).
 */
export function plausibilityFindings(indicator: Indicator): Finding[] {
  const out: Finding[] = [];
  const sheet = indicator.sheet;
  const folded = foldText(indicator.name);
  const rate = isPercentUnit(indicator.unit) && isRateName(folded);
  const negativeOk = allowsNegative(folded);
  const all = allFigures(indicator);
  for (const figure of all) {
    const where = { sheet, cell: figure.cell };
    const value = figure.value;
    if (rate && (figure.value < 0 || figure.value > 100)) {
      out.push(finding("rate_out_of_range", { value }, where));
    } else if (figure.value < 0 && !negativeOk) {
      const params = { value, name: indicator.name, unit: indicator.unit ?? "" };
      out.push(finding("negative_value", params, where));
    }
  }
  return [...out, ...rowSlipFindings(indicator)];
}

import { finding, type Finding } from "../findings/finding";
import { formatNumber } from "../numbers/formatNumber";
import type { Indicator } from "../model/indicator";
import { isLowerBetter } from "../model/target";

/**
 * "0 — chưa nhập hay thực sự bằng 0?": the figure judged is 0 although the plan asks for more,
 * and last year had a figure or the form types 0 for blank. The status stands; this sits beside it.
 */
export function zeroActualFinding(
  indicator: Indicator,
  judgedOn: "actual" | "forecast",
  zeroMeansBlank: boolean,
): Finding | undefined {
  const { target, baseline } = indicator;
  const figure = indicator[judgedOn];
  if (figure?.kind !== "number" || figure.value !== 0) return undefined;
  if (!target || target.value === undefined || target.value <= 0) return undefined;
  if (isLowerBetter(target.kind)) return undefined;
  const lastYear = baseline !== undefined && baseline > 0;
  if (!lastYear && !zeroMeansBlank) return undefined;
  const params = {
    name: indicator.name,
    target: target.value,
    lastYear: lastYear ? ` và năm trước đạt ${formatNumber(baseline, "vi")}` : "",
    lastYearEn: lastYear ? ` and last year's ${formatNumber(baseline, "en")}` : "",
  };
  return finding("zero_actual", params, {
    sheet: indicator.sheet,
    cell: indicator.cells[judgedOn],
  });
}

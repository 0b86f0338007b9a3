import { finding, type Finding } from "../findings/finding";
import { formatNumber } from "../numbers/formatNumber";
import type { MatchedIndicator } from "./matchIndicators";
import { sameFigure } from "./sameFigure";

/**
 * For a sum-rule indicator whose target the parent sets, the sub-units' targets are its
 * allocation: they must add up to it (180 = 122 + 8 + 31 + 19). A difference is a finding at
 * the parent's target cell naming both figures and the parts. Relative changes ("giảm 3-5%")
 * are not allocations and are not checked.
 */
export function checkAllocation(
  match: MatchedIndicator,
  excluded: readonly boolean[],
  label: string,
  tolerance = 0,
): Finding | undefined {
  const parentTarget = match.parent?.target;
  if (!match.parent || parentTarget?.value === undefined || parentTarget.relative) return undefined;
  const parts: number[] = [];
  match.entries.forEach((entry, i) => {
    const target = entry?.target;
    if (excluded[i] || target?.value === undefined || target.relative) return;
    parts.push(target.value);
  });
  if (parts.length === 0) return undefined;
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sameFigure(parentTarget.value, sum, tolerance)) return undefined;
  const params = {
    indicator: label,
    sum,
    parts: parts.map((p) => formatNumber(p, "vi")).join(" + "),
    partsEn: parts.map((p) => formatNumber(p, "en")).join(" + "),
    target: parentTarget.value,
    difference: sum - parentTarget.value,
  };
  const { sheet, cells } = match.parent;
  return finding("allocation_mismatch", params, { sheet, cell: cells.target });
}

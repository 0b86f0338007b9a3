import { finding, type Finding } from "../findings/finding";
import type { MatchedIndicator } from "./matchIndicators";
import { sameFigure } from "./sameFigure";
import { sumParams } from "./sumParams";

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
  const summed = sumParams(parts);
  if (sameFigure(parentTarget.value, summed.sum, tolerance)) return undefined;
  const params = {
    indicator: label,
    ...summed,
    target: parentTarget.value,
    difference: summed.sum - parentTarget.value,
  };
  const { sheet, cells } = match.parent;
  return finding("allocation_mismatch", params, { sheet, cell: cells.target });
}

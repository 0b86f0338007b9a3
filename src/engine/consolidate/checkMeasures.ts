import { finding, type Finding } from "../findings/finding";
import { indicatorLabel, measureKey } from "./labels";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";
import type { ConsolidatedUnit } from "./types";

export interface MeasureCheck {
  /** The unit of measure the roll-up is in, as typed. */
  unit?: string;
  /** Aligned with the entries: left out for another unit of measure. */
  excluded: boolean[];
  findings: Finding[];
}

/** The parent's unit of measure, else the one most sub-units use (the first on a tie). */
function referenceMeasure(match: MatchedIndicator): string | undefined {
  const parentUnit = match.parent?.unit;
  if (parentUnit && measureKey(parentUnit) !== "") return parentUnit;
  const counts = new Map<string, { unit: string; count: number }>();
  for (const entry of match.entries) {
    const key = measureKey(entry?.unit);
    if (!entry?.unit || key === "") continue;
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { unit: entry.unit, count: 1 });
  }
  let best: { unit: string; count: number } | undefined;
  for (const candidate of counts.values())
    if (!best || candidate.count > best.count) best = candidate;
  return best?.unit;
}

/**
 * Sub-units giving the indicator in another unit of measure (tỷ vs triệu đồng) are left out
 * of the roll-up with a finding at their unit cell: matched by code, a unit that differs; by
 * label, a near miss that is never merged. A blank unit is taken as the others'.
 */
export function checkMeasures(
  match: MatchedIndicator,
  units: readonly ConsolidatedUnit[],
): MeasureCheck {
  const unit = referenceMeasure(match);
  const expected = measureKey(unit);
  const findings: Finding[] = [];
  const label = indicatorLabel(referenceIndicator(match));
  const excluded = match.entries.map((entry, i) => {
    const own = measureKey(entry?.unit);
    if (!entry || own === "" || expected === "" || own === expected) return false;
    const rule = match.byCode ? "measure_differs" : "label_near_miss";
    const params = {
      unit: units[i].unit,
      indicator: label,
      measure: entry.unit ?? "",
      expected: unit ?? "",
    };
    findings.push(
      finding(rule, params, { sheet: entry.sheet ?? units[i].sheet, cell: entry.cells.unit }),
    );
    return true;
  });
  return { ...(unit ? { unit } : {}), excluded, findings };
}

import { finding, type Finding } from "../findings/finding";
import { codeKey } from "./keyIndicators";
import { indicatorLabel } from "./labels";
import { referenceIndicator, type MatchedIndicator } from "./matchIndicators";
import { sameFigure } from "./sameFigure";
import { sumParams } from "./sumParams";
import type { AllocatedTarget, ConsolidatedUnit } from "./types";
import { unitKey } from "./unitNames";

/** Findings by the key of the indicator they belong to; "" for codes no sheet has. */
export type AllocationFindings = Map<string, Finding[]>;

function sharesAddUp(a: AllocatedTarget, label: string, tolerance: number): Finding[] {
  if (a.total === undefined || a.shares.length === 0) return [];
  const summed = sumParams(a.shares.map((s) => s.value));
  if (sameFigure(a.total, summed.sum, tolerance)) return [];
  const params = {
    indicator: label,
    ...summed,
    total: a.total,
    difference: summed.sum - a.total,
  };
  return [finding("allocation_parts_differ", params, { sheet: a.sheet, cell: a.cell })];
}

function totalIsPlanTarget(
  a: AllocatedTarget,
  match: MatchedIndicator | undefined,
  label: string,
  tolerance: number,
): Finding[] {
  const planned = match?.parent?.target;
  if (a.total === undefined || planned?.value === undefined || planned.relative) return [];
  if (sameFigure(a.total, planned.value, tolerance)) return [];
  const params = {
    indicator: label,
    total: a.total,
    target: planned.value,
    planSheet: match?.parent?.sheet ?? "",
  };
  return [finding("allocation_total_differs", params, { sheet: a.sheet, cell: a.cell })];
}

function sharesTaken(
  a: AllocatedTarget,
  match: MatchedIndicator | undefined,
  units: readonly ConsolidatedUnit[],
  unitIndex: ReadonlyMap<string, number>,
  label: string,
  tolerance: number,
): Finding[] {
  if (!match) return [];
  const out: Finding[] = [];
  for (const share of a.shares) {
    const i = unitIndex.get(unitKey(share.unit)) ?? -1;
    const entry = i < 0 ? undefined : match.entries[i];
    const own = entry?.target;
    // No target of its own: the sub-unit's check says so; a relative one is no allocation.
    if (!entry || own?.value === undefined || own.relative) continue;
    if (sameFigure(share.value, own.value, tolerance)) continue;
    const params = {
      unit: units[i].unit,
      indicator: label,
      target: own.value,
      allocated: share.value,
      allocationSheet: a.sheet ?? "",
      allocationCell: share.cell ?? "",
    };
    const where = { sheet: entry.sheet ?? units[i].sheet, cell: entry.cells.target };
    out.push(finding("allocated_target_differs", params, where));
  }
  return out;
}

/**
 * Checks the parent's allocation sheet against the sheets that came in: its shares must add up
 * to the total it allocates, that total must be the parent plan's target, and each sub-unit's
 * own target must be the share it was given (122 + 8 + 31 + 19 = 180).
 */
export function checkAllocatedTargets(
  allocations: readonly AllocatedTarget[],
  matches: readonly MatchedIndicator[],
  units: readonly ConsolidatedUnit[],
  tolerance = 0,
): AllocationFindings {
  const byKey = new Map(matches.map((m) => [m.key, m]));
  // Each sub-unit's place by its name's key, the first of a name: 168 wards × 124 shares.
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => {
    const key = unitKey(u.unit);
    if (!unitIndex.has(key)) unitIndex.set(key, i);
  });
  const out: AllocationFindings = new Map();
  for (const a of allocations) {
    const match = byKey.get(codeKey(a.code));
    const label = match
      ? indicatorLabel(referenceIndicator(match))
      : indicatorLabel({ code: a.code, name: a.name ?? "" });
    const findings = [
      ...sharesAddUp(a, label, tolerance),
      ...totalIsPlanTarget(a, match, label, tolerance),
      ...sharesTaken(a, match, units, unitIndex, label, tolerance),
    ];
    if (findings.length === 0) continue;
    const key = match?.key ?? "";
    out.set(key, [...(out.get(key) ?? []), ...findings]);
  }
  return out;
}

import { finding, type Finding } from "../findings/finding";
import type { KeyedIndicator } from "./keyIndicators";
import type { UnitPlan } from "./types";
import { unitKey } from "./unitNames";

/**
 * Below this share of indicators in common (of the smaller of the sheet's and the reference's
 * lists: a parent may list only the indicators it allocates), a sheet is another template.
 */
const MIN_SHARED = 0.5;

export interface Roster {
  /** Indices (into the input units) of the sub-units taken into the consolidation. */
  accepted: number[];
  findings: Finding[];
  /** Expected sub-units that sent nothing, as the parent names them. */
  absent: string[];
}

function keySet(keyed: readonly KeyedIndicator[]): Set<string> {
  return new Set(keyed.map((k) => k.key));
}

/** The keys a sub-unit is measured against: the parent's, else those most sub-units share. */
function referenceKeys(
  candidates: readonly number[],
  keyed: ReadonlyArray<readonly KeyedIndicator[]>,
  parent: readonly KeyedIndicator[] | undefined,
): Set<string> | undefined {
  if (parent && parent.length > 0) return keySet(parent);
  if (candidates.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const key of candidates.flatMap((i) => [...keySet(keyed[i])])) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared = [...counts].filter(([, n]) => n * 2 > candidates.length).map(([key]) => key);
  return shared.length > 0 ? new Set(shared) : keySet(keyed[candidates[0]]);
}

function withoutDuplicates(units: readonly UnitPlan[], findings: Finding[]): number[] {
  const first = new Map<string, number>();
  const out: number[] = [];
  units.forEach((plan, i) => {
    const key = unitKey(plan.unit);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      out.push(i);
      return;
    }
    const firstSheet = units[earlier].sheet ?? units[earlier].unit;
    const sheet = plan.sheet ?? plan.unit;
    findings.push(finding("duplicate_unit", { unit: plan.unit, sheet, firstSheet }, { sheet }));
  });
  return out;
}

/**
 * Decides which sub-unit sheets are consolidated: a second sheet claiming a sub-unit already
 * seen is left out, and so is a sheet sharing few indicators with the parent (or with what
 * most sub-units have): another template. Expected sub-units that sent nothing are findings.
 */
export function unitRoster(
  units: readonly UnitPlan[],
  keyed: ReadonlyArray<readonly KeyedIndicator[]>,
  parent: readonly KeyedIndicator[] | undefined,
  expectedUnits: readonly string[] = [],
): Roster {
  const findings: Finding[] = [];
  const candidates = withoutDuplicates(units, findings);
  const reference = referenceKeys(candidates, keyed, parent);
  const accepted = candidates.filter((i) => {
    if (!reference) return true;
    const own = keySet(keyed[i]);
    const shared = [...own].filter((key) => reference.has(key)).length;
    if (own.size > 0 && shared >= Math.min(own.size, reference.size) * MIN_SHARED) return true;
    const { unit, sheet } = units[i];
    const params = { unit, sheet: sheet ?? unit, shared, total: own.size };
    findings.push(finding("foreign_template", params, sheet === undefined ? {} : { sheet }));
    return false;
  });
  const arrived = new Set(candidates.map((i) => unitKey(units[i].unit)));
  const absent = expectedUnits.filter((unit) => !arrived.has(unitKey(unit)));
  for (const unit of absent) findings.push(finding("expected_unit_missing", { unit }));
  return { accepted, findings, absent };
}

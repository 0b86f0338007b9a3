import { finding, type Finding } from "../findings/finding";
import type { MatchedIndicator } from "./matchIndicators";
import type { ConsolidatedUnit } from "./types";

export interface Presence {
  /** How many sub-units have the indicator. */
  count: number;
  /** Every sub-unit is expected to report it: one that lacks it leaves the roll-up incomplete. */
  expectAll: boolean;
  findings: Finding[];
}

/**
 * Which sub-units have the indicator. Held by at least half of them, each one lacking it is a
 * finding (which sub-unit, which indicator) and the roll-up waits for it; held by fewer, it is
 * one finding naming those that have it, and the roll-up is theirs. Held by none, the parent's
 * own figure stands.
 */
export function checkPresence(
  match: MatchedIndicator,
  units: readonly ConsolidatedUnit[],
  label: string,
): Presence {
  const holders = units.filter((_, i) => match.entries[i] !== undefined);
  const count = holders.length;
  const findings: Finding[] = [];
  if (count === 0) {
    if (match.parent && units.length > 0) {
      const where = { sheet: match.parent.sheet, cell: match.parent.cells.name };
      findings.push(finding("not_in_sub_units", { indicator: label }, where));
    }
    return { count, expectAll: false, findings };
  }
  if (count * 2 >= units.length) {
    units.forEach((unit, i) => {
      if (match.entries[i] !== undefined) return;
      const where = unit.sheet === undefined ? {} : { sheet: unit.sheet };
      findings.push(
        finding("unit_missing_indicator", { unit: unit.unit, indicator: label }, where),
      );
    });
    return { count, expectAll: true, findings };
  }
  const names = holders.map((u) => u.unit).join(", ");
  const params = { indicator: label, count, total: units.length, units: names };
  const first = match.entries.find((e) => e !== undefined);
  findings.push(
    finding("indicator_in_some_units", params, { sheet: first?.sheet, cell: first?.cells.name }),
  );
  return { count, expectAll: false, findings };
}

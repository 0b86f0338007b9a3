import type { Finding } from "../findings/finding";
import { codeKey } from "./keyIndicators";
import type { MatchedIndicator } from "./matchIndicators";
import type { ConsolidatedIndicator, UnitIndicator } from "./types";

/** The keys of the indicators some "bình quân theo <mã>" weighs by (dân số, số hộ…). */
export function weightBaseKeys(matches: readonly MatchedIndicator[]): Set<string> {
  const keys = new Set<string>();
  for (const match of matches) {
    for (const row of [match.parent, ...match.entries]) {
      const rule = row?.aggregation;
      if (rule?.rule === "weighted_mean") keys.add(codeKey(rule.weightCode));
    }
  }
  return keys;
}

/**
 * A weight base with no target: a population or a count of households carried for the
 * weighted means, not a plan indicator. Its missing target is no error and it is not judged.
 */
export function isUntargetedBase(indicator: ConsolidatedIndicator, bases: Set<string>): boolean {
  return (
    bases.has(indicator.key) && indicator.target === undefined && indicator.targetText === undefined
  );
}

/** A row's own "no target" finding: the one a weight base without target drops. */
export function isMissingTargetOf(finding: Finding, row: UnitIndicator | undefined): boolean {
  return (
    row !== undefined &&
    finding.rule === "missing_target" &&
    finding.cell === row.cells.target &&
    (finding.sheet === undefined || row.sheet === undefined || finding.sheet === row.sheet)
  );
}

import type { KeyedIndicator } from "./keyIndicators";
import type { UnitIndicator } from "./types";

/** One indicator across the sheets: the parent's row and each sub-unit's. */
export interface MatchedIndicator {
  key: string;
  byCode: boolean;
  parent?: UnitIndicator;
  /** Aligned with the consolidated sub-units; undefined where a unit has no such row. */
  entries: Array<UnitIndicator | undefined>;
}

/**
 * Lines up the indicators of the parent and the sub-units by key: the parent's order first,
 * then each indicator where it first appears among the sub-units.
 */
export function matchIndicators(
  units: ReadonlyArray<readonly KeyedIndicator[]>,
  parent: readonly KeyedIndicator[] = [],
): MatchedIndicator[] {
  const byKey = new Map<string, MatchedIndicator>();
  const entry = (keyed: KeyedIndicator): MatchedIndicator => {
    let match = byKey.get(keyed.key);
    if (!match) {
      match = { key: keyed.key, byCode: keyed.byCode, entries: units.map(() => undefined) };
      byKey.set(keyed.key, match);
    }
    return match;
  };
  for (const keyed of parent) entry(keyed).parent = keyed.indicator;
  units.forEach((keyedRows, i) => {
    for (const keyed of keyedRows) entry(keyed).entries[i] = keyed.indicator;
  });
  return [...byKey.values()];
}

/** The parent's row, else the first sub-unit's: what names and describes the indicator. */
export function referenceIndicator(match: MatchedIndicator): UnitIndicator {
  const first = match.parent ?? match.entries.find((e) => e !== undefined);
  if (!first) throw new Error(`No indicator for ${match.key}`);
  return first;
}

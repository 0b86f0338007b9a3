import type { Indicator } from "../model/indicator";
import type { UnitIndicator } from "./types";

/** What a sheet reader knows of a row's place in the numbering. */
export interface RowPlace {
  row: number;
  parentRow?: number;
  /** The row's name, for a sub-heading that is not an indicator itself ("1.3.Ngô"). */
  name?: string;
}

/** How deep a chain of parents may go (guards against a loop in what a reader gave). */
const MAX_DEPTH = 12;

/**
 * Gives each indicator the names of the rows above it in the sheet's numbering, so that
 * "- Năng suất" under "1.3.Ngô" and under "2.Khoai lang" are told apart when sheets have no
 * codes. `places` are the reader's rows (a PlanRow has `row` and `parentRow`).
 */
export function withParentNames(
  indicators: readonly Indicator[],
  places: readonly RowPlace[],
): UnitIndicator[] {
  const parentOf = new Map(places.map((p) => [p.row, p.parentRow]));
  const nameAt = new Map<number, string>();
  for (const place of places) if (place.name) nameAt.set(place.row, place.name);
  for (const indicator of indicators) {
    if (indicator.row !== undefined) nameAt.set(indicator.row, indicator.name);
  }
  return indicators.map((indicator) => {
    const names: string[] = [];
    let row = indicator.row === undefined ? undefined : parentOf.get(indicator.row);
    while (row !== undefined && names.length < MAX_DEPTH) {
      const name = nameAt.get(row);
      if (name !== undefined) names.unshift(name);
      row = parentOf.get(row);
    }
    return names.length === 0 ? { ...indicator } : { ...indicator, parentNames: names };
  });
}

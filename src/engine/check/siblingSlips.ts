import type { Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { isPercentUnit } from "../read/unitKind";
import {
  FIGURE_WHAT,
  ratioOf,
  rowFigures,
  slipFinding,
  SLIP_RATIO,
  type Figure,
} from "../read/unitSlips";

/** Sibling units differ in size far more than one unit's years do: a wider band. */
export const SIBLING_SLIP_RATIO = SLIP_RATIO * 10;

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Unit slips a row cannot show by itself (no last year's figure, no plan): a unit's figure
 * against the same row and column in its sibling units (the median of at least two of them).
 * `units` holds, per unit, its indicators keyed by sheet row; totals are left out by the caller.
 */
export function siblingSlipFindings(units: readonly ReadonlyMap<number, Indicator>[]): Finding[] {
  const out: Finding[] = [];
  const rows = new Set(units.flatMap((unit) => [...unit.keys()]));
  for (const row of rows) {
    const figures = units.map((unit) => {
      const indicator = unit.get(row);
      return indicator ? { indicator, figures: rowFigures(indicator) } : undefined;
    });
    figures.forEach((own, index) => {
      if (!own || isPercentUnit(own.indicator.unit)) return;
      const anchored = own.figures.some((f) => f.column === "baseline" || f.column === "target");
      if (anchored) return;
      for (const figure of own.figures) {
        const others = figures
          .filter((other, i) => i !== index && other !== undefined)
          .flatMap((other) => other?.figures.filter((f) => f.column === figure.column) ?? []);
        const middle = median(others.map((f) => f.value));
        if (others.length < 2 || middle === undefined) continue;
        const ratio = ratioOf(figure.value, middle);
        if (ratio < SIBLING_SLIP_RATIO) continue;
        const against: Figure = { column: figure.column, value: middle };
        const label: [string, string] = [
          `${FIGURE_WHAT[figure.column][0]} (trung vị các đơn vị khác)`,
          `${FIGURE_WHAT[figure.column][1]} (median of the other units)`,
        ];
        out.push(slipFinding(own.indicator, figure, against, ratio, label));
      }
    });
  }
  return out;
}

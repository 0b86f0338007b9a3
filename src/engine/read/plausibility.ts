import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { foldText } from "../text/normalize";
import { allowsNegative, isPercentUnit, isRateName } from "./unitKind";

/** A figure this many times its neighbour is a unit slip (triệu typed as tỷ đồng is 1,000×). */
const MAGNITUDE_RATIO = 500;

type Column = "baseline" | "actual" | "forecast" | "target";

const WHAT: Record<Column, [string, string]> = {
  baseline: ["Số thực hiện năm trước", "Last year's actual"],
  actual: ["Số thực hiện", "The actual"],
  forecast: ["Số ước cả năm", "The year's estimate"],
  target: ["Kế hoạch", "The target"],
};

interface Figure {
  column: Column;
  value: number;
  cell?: string;
}

function figures(indicator: Indicator): Figure[] {
  const out: Figure[] = [];
  const { cells, target } = indicator;
  if (indicator.baseline !== undefined)
    out.push({ column: "baseline", value: indicator.baseline, cell: cells.baseline });
  if (indicator.actual?.kind === "number")
    out.push({ column: "actual", value: indicator.actual.value, cell: cells.actual });
  if (indicator.forecast?.kind === "number") {
    out.push({ column: "forecast", value: indicator.forecast.value, cell: cells.forecast });
  }
  const levelTarget = target && target.kind !== "increase" && target.kind !== "decrease";
  if (levelTarget && target.value !== undefined)
    out.push({ column: "target", value: target.value, cell: cells.target });
  if (levelTarget && target.max !== undefined) {
    out.push({ column: "target", value: target.max, cell: cells.targetMax ?? cells.target });
  }
  return out;
}

function magnitudeFinding(a: Figure, b: Figure, sheet: string | undefined): Finding | undefined {
  if (a.value <= 0 || b.value <= 0) return undefined;
  const ratio = Math.max(a.value / b.value, b.value / a.value);
  if (ratio < MAGNITUDE_RATIO) return undefined;
  const params = {
    what: WHAT[a.column][0],
    whatEn: WHAT[a.column][1],
    value: a.value,
    ratio: Math.round(ratio),
    other: WHAT[b.column][0].toLowerCase(),
    otherEn: WHAT[b.column][1].toLowerCase(),
    otherValue: b.value,
  };
  return finding("implausible_magnitude", params, { sheet, cell: a.cell });
}

/**
 * Entry checks on the figures' values: rates outside 0–100, negatives where impossible, and
 * the actual far off last year's figure or the target (a unit slip).
 */
export function plausibilityFindings(indicator: Indicator): Finding[] {
  const out: Finding[] = [];
  const sheet = indicator.sheet;
  const folded = foldText(indicator.name);
  const rate = isPercentUnit(indicator.unit) && isRateName(folded);
  const negativeOk = allowsNegative(folded);
  const all = figures(indicator);
  for (const figure of all) {
    const where = { sheet, cell: figure.cell };
    const value = figure.value;
    if (rate && (figure.value < 0 || figure.value > 100)) {
      out.push(finding("rate_out_of_range", { value }, where));
    } else if (figure.value < 0 && !negativeOk) {
      const params = { value, name: indicator.name, unit: indicator.unit ?? "" };
      out.push(finding("negative_value", params, where));
    }
  }
  if (isPercentUnit(indicator.unit)) return out;
  const actual = all.find((f) => f.column === "actual");
  const reference =
    all.find((f) => f.column === "baseline") ?? all.find((f) => f.column === "target");
  if (actual && reference) {
    const slip = magnitudeFinding(actual, reference, sheet);
    if (slip) out.push(slip);
  }
  return out;
}

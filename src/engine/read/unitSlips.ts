import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { formatNumber } from "../numbers/formatNumber";
import { isPercentUnit } from "./unitKind";

/**
 * A figure this many times its neighbour is a unit slip: nghìn typed as đơn vị, tấn as kg,
 * triệu as tỷ đồng (100× to 1,000× and beyond).
 */
export const SLIP_RATIO = 100;

export type FigureColumn = "baseline" | "target" | "actual" | "forecast";

export const FIGURE_WHAT: Record<FigureColumn, [string, string]> = {
  baseline: ["Số thực hiện năm trước", "Last year's actual"],
  actual: ["Số thực hiện", "The actual"],
  forecast: ["Số ước cả năm", "The year's estimate"],
  target: ["Kế hoạch", "The target"],
};

export interface Figure {
  column: FigureColumn;
  value: number;
  cell?: string;
}

/** The row's figures: last year's, the plan (as a level), the actual, the estimate. */
export function allFigures(indicator: Indicator): Figure[] {
  const out: Figure[] = [];
  const { cells, target } = indicator;
  if (indicator.baseline !== undefined)
    out.push({ column: "baseline", value: indicator.baseline, cell: cells.baseline });
  const levelTarget = target && target.kind !== "increase" && target.kind !== "decrease";
  if (levelTarget && target.value !== undefined)
    out.push({ column: "target", value: target.value, cell: cells.target });
  if (levelTarget && target.max !== undefined && target.max !== target.value)
    out.push({ column: "target", value: target.max, cell: cells.targetMax ?? cells.target });
  if (indicator.actual?.kind === "number")
    out.push({ column: "actual", value: indicator.actual.value, cell: cells.actual });
  if (indicator.forecast?.kind === "number")
    out.push({ column: "forecast", value: indicator.forecast.value, cell: cells.forecast });
  return out;
}

/** The figures a slip can be measured on: those above 0. */
export function rowFigures(indicator: Indicator): Figure[] {
  return allFigures(indicator).filter((f) => f.value > 0);
}

export function ratioOf(a: number, b: number): number {
  return Math.max(a / b, b / a);
}

/** "gấp khoảng 974 lần" or "chỉ bằng khoảng 1/2.200 (của)", in each language's number style. */
function relation(value: number, other: number, ratio: number): { vi: string; en: string } {
  const times = Math.round(ratio);
  if (value >= other) {
    return {
      vi: `gấp khoảng ${formatNumber(times, "vi")} lần`,
      en: `about ${formatNumber(times, "en")} times`,
    };
  }
  return {
    vi: `chỉ bằng khoảng 1/${formatNumber(times, "vi")}`,
    en: `only about 1/${formatNumber(times, "en")} of`,
  };
}

export function slipFinding(
  indicator: Indicator,
  slipped: Figure,
  against: Figure,
  ratio: number,
  againstLabel: [string, string] = FIGURE_WHAT[against.column],
): Finding {
  const said = relation(slipped.value, against.value, ratio);
  const params = {
    what: FIGURE_WHAT[slipped.column][0],
    whatEn: FIGURE_WHAT[slipped.column][1],
    value: slipped.value,
    relation: said.vi,
    relationEn: said.en,
    other: `${againstLabel[0].toLowerCase()}${against.cell ? ` (${against.cell})` : ""}`,
    otherEn: `${againstLabel[1].toLowerCase()}${against.cell ? ` (${against.cell})` : ""}`,
    otherValue: against.value,
  };
  return finding("implausible_magnitude", params, { sheet: indicator.sheet, cell: slipped.cell });
}

/**
 * Unit slips within a row, in every column: last year's actual is the settled figure the plan,
 * the actual and the estimate are held to; without it, the actual and estimate are held to the
 * plan. Each finding names both figures. Rates (%) are left to their own range check.
 */
export function rowSlipFindings(indicator: Indicator): Finding[] {
  if (isPercentUnit(indicator.unit)) return [];
  const figures = rowFigures(indicator);
  const anchor =
    figures.find((f) => f.column === "baseline") ?? figures.find((f) => f.column === "target");
  if (!anchor) return [];
  const out: Finding[] = [];
  for (const figure of figures) {
    if (figure === anchor || figure.column === "baseline") continue;
    const ratio = ratioOf(figure.value, anchor.value);
    if (ratio >= SLIP_RATIO) out.push(slipFinding(indicator, figure, anchor, ratio));
  }
  return out;
}

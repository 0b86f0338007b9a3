import type { CellStyle, ChartChange, WriteValue } from "../../../workbook/changeSet";
import { CHART_TITLE_LIMIT } from "../../../workbook/changeSet";
import { CELL_TEXT_LIMIT } from "../../../workbook/changeProblems";

export {
  CELL_TEXT_LIMIT,
  conditionalProblem,
  entryProblem,
  formulaProblem,
  listProblem,
  propertiesProblem,
} from "../../../workbook/changeProblems";

export function valueProblem(value: WriteValue): string | undefined {
  if (value === null || typeof value === "boolean") return undefined;
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : `${value} can't be written to a cell`;
  }
  if (typeof value === "string") {
    return value.length <= CELL_TEXT_LIMIT ? undefined : "text longer than 32,767 characters";
  }
  return `${JSON.stringify(value)} is not text, a number, a boolean or null`;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export function styleProblem(style: CellStyle): string | undefined {
  if (typeof style !== "object" || style === null) return "style must be an object";
  if (style.fill !== undefined && style.fill !== null && !HEX.test(style.fill)) {
    return `fill "${style.fill}" is not a colour like "#C6EFCE"`;
  }
  if (style.fontColor !== undefined && !HEX.test(style.fontColor)) {
    return `font colour "${style.fontColor}" is not a colour like "#006100"`;
  }
  if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= 409)) {
    return `font size ${style.fontSize} is not between 1 and 409`;
  }
  if (
    style.numberFormat !== undefined &&
    (typeof style.numberFormat !== "string" || !style.numberFormat)
  ) {
    return "a number format is a non-empty format code";
  }
  return undefined;
}

/** Excel's longest chart title. */
const CHART_TYPES = new Set(["columnClustered", "barClustered"]);

/** What is wrong with a chart's type or title (its ranges are checked as addresses). */
export function chartProblem(change: ChartChange): string | undefined {
  if (!CHART_TYPES.has(change.chartType)) return `"${change.chartType}" is not a chart type`;
  if (typeof change.title !== "string" || change.title.length > CHART_TITLE_LIMIT) {
    return `a chart title is text of at most ${CHART_TITLE_LIMIT} characters`;
  }
  return undefined;
}

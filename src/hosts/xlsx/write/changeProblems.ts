import type {
  CellStyle,
  ChartChange,
  ConditionalRule,
  EntryValidationChange,
  WriteValue,
} from "../../../workbook/changeSet";
import { CHART_TITLE_LIMIT } from "../../../workbook/changeSet";
import { LIST_SOURCE_LIMIT } from "./listFormula";

/** Longest text Excel keeps in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

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

export function listProblem(list: string[]): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return "a drop-down list needs at least one item";
  if (list.some((item) => typeof item !== "string")) return "drop-down items are text";
  const withComma = list.find((item) => item.includes(","));
  if (withComma !== undefined) {
    return `drop-down item "${withComma}" contains a comma, which a typed list can't hold`;
  }
  if (list.join(",").length > LIST_SOURCE_LIMIT) {
    return `the drop-down list is over ${LIST_SOURCE_LIMIT} characters`;
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

/** Excel's longest formula. */
export const FORMULA_LIMIT = 8_192;

/** What is wrong with a formula written into a cell (null leaves the cell). */
export function formulaProblem(formula: string | null): string | undefined {
  if (formula === null) return undefined;
  if (typeof formula !== "string" || !/^=\s*\S/.test(formula)) {
    return `${JSON.stringify(formula)} is not a formula starting with "="`;
  }
  if (formula.length > FORMULA_LIMIT) return `a formula is at most ${FORMULA_LIMIT} characters`;
  return undefined;
}

const LOOKS = new Set(["good", "neutral", "bad"]);

/** What is wrong with a conditional format's rules (a rule's formula may leave out the "="). */
export function conditionalProblem(rules: ConditionalRule[]): string | undefined {
  if (!Array.isArray(rules) || rules.length === 0) return "a conditional format needs a rule";
  for (const rule of rules) {
    if (typeof rule !== "object" || rule === null) return "a rule is a formula and a look";
    const { formula } = rule;
    if (typeof formula !== "string" || formula.replace(/^=/, "").trim() === "") {
      return `rule ${JSON.stringify(formula)} has no formula`;
    }
    if (formula.length > FORMULA_LIMIT) return `a formula is at most ${FORMULA_LIMIT} characters`;
    if (!LOOKS.has(rule.look)) return `"${rule.look}" is not a look (good, neutral or bad)`;
  }
  return undefined;
}

/** Excel's limits on a validation's input message and error alert. */
export const PROMPT_LIMITS = { title: 32, prompt: 255, error: 225 };

/** What is wrong with an entry rule and its messages. */
export function entryProblem(change: EntryValidationChange): string | undefined {
  const { rule } = change;
  if (typeof rule !== "object" || rule === null) return "an entry rule is an object";
  if (rule.type === "list") return listProblem(rule.list);
  if (rule.type !== "decimal" && rule.type !== "whole") {
    return `"${(rule as { type: unknown }).type}" is not an entry rule (decimal, whole or list)`;
  }
  for (const bound of [rule.min, rule.max]) {
    if (bound === undefined) continue;
    if (typeof bound !== "number" || !Number.isFinite(bound)) return `${bound} is not a number`;
    if (rule.type === "whole" && !Number.isInteger(bound)) return `${bound} is not a whole number`;
  }
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    return `the minimum ${rule.min} is over the maximum ${rule.max}`;
  }
  for (const [what, box, limit] of [
    ["input message", change.prompt, PROMPT_LIMITS.prompt],
    ["error alert", change.error, PROMPT_LIMITS.error],
  ] as const) {
    if (box === undefined) continue;
    if (typeof box.title !== "string" || typeof box.message !== "string") {
      return `the ${what} is a title and a message`;
    }
    if (box.title.length > PROMPT_LIMITS.title) {
      return `the ${what}'s title is over ${PROMPT_LIMITS.title} characters`;
    }
    if (box.message.length > limit) return `the ${what} is over ${limit} characters`;
  }
  return undefined;
}

/** Longest custom property name and text value Excel keeps (longer ones are cut to 255). */
export const PROPERTY_TEXT_LIMIT = 255;

/** What is wrong with custom document properties. */
export function propertiesProblem(custom: Record<string, string>): string | undefined {
  if (typeof custom !== "object" || custom === null) return "custom properties are name → text";
  for (const [name, value] of Object.entries(custom)) {
    if (name.trim() === "" || name.length > PROPERTY_TEXT_LIMIT) {
      return `"${name}" is not a property name (1 to ${PROPERTY_TEXT_LIMIT} characters)`;
    }
    if (typeof value !== "string") return `property "${name}" is not text`;
    if (value.length > PROPERTY_TEXT_LIMIT) {
      return `property "${name}" is over ${PROPERTY_TEXT_LIMIT} characters`;
    }
  }
  return undefined;
}

import type { Change, ConditionalRule, EntryValidationChange } from "./changeSet";

/**
 * What is wrong with a change of the kinds both gateways check the same way (the .xlsx writer's
 * plan and the Office host's): undefined when nothing is. Each answer names the problem in a
 * sentence for the change set's error.
 */

/** Longest text Excel keeps in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** Excel keeps a typed list in one formula of at most 255 characters, items split by commas. */
export const LIST_SOURCE_LIMIT = 255;

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

/**
 * Follows the sheets a change set protects: Excel refuses any change to a protected sheet's
 * cells and formats, so in a change set a sheet's protectSheet comes after its other changes.
 * Showing, hiding, activating and deleting the sheet stay allowed.
 */
export class ProtectedSheets {
  private readonly names = new Set<string>();

  /** What is wrong with `change` after the changes seen so far (undefined when nothing). */
  check(change: Change): string | undefined {
    if (!("sheet" in change)) return undefined;
    const key = change.sheet.toLocaleUpperCase();
    switch (change.kind) {
      case "addSheet":
      case "deleteOwnSheet":
        this.names.delete(key);
        return undefined;
      case "activate":
      case "hideSheet":
        return undefined;
      default:
        if (this.names.has(key)) {
          return `sheet "${change.sheet}" is protected by an earlier change: protect it last`;
        }
        if (change.kind === "protectSheet") this.names.add(key);
        return undefined;
    }
  }
}

import type { EntryValidationChange } from "../../../workbook/changeSet";
import { numberText } from "./cellXml";
import { listFormula } from "./listFormula";
import { attributeText, escapeXml } from "./xmlText";

/** The bound of a number rule with neither minimum nor maximum (Excel needs one): any number. */
const NO_MINIMUM = -9.99999999999999e307;

function formulas(prefix: string, ...values: string[]): string {
  const q = `${prefix}formula`;
  return values.map((v, i) => `<${q}${i + 1}>${escapeXml(v)}</${q}${i + 1}>`).join("");
}

/** A typed drop-down list (no input message), as the listValidation change writes it. */
export function listValidationXml(prefix: string, sqref: string, list: string[]): string {
  const q = `${prefix}dataValidation`;
  return (
    `<${q} type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}">` +
    `${formulas(prefix, listFormula(list))}</${q}>`
  );
}

/**
 * An entry rule as <dataValidation>: a number between bounds (or from a minimum, or up to a
 * maximum), a whole number, or an item of a list; blanks allowed; the input message shown when
 * the cell is selected and the error alert (stop style, Excel's default) on a wrong entry.
 */
export function entryValidationXml(
  prefix: string,
  sqref: string,
  change: EntryValidationChange,
): string {
  const { rule, prompt, error } = change;
  let type: string;
  let operator: string | undefined;
  let body: string;
  if (rule.type === "list") {
    type = "list";
    body = formulas(prefix, listFormula(rule.list));
  } else {
    type = rule.type;
    const { min, max } = rule;
    if (min !== undefined && max !== undefined) {
      operator = "between";
      body = formulas(prefix, numberText(min), numberText(max));
    } else if (max !== undefined) {
      operator = "lessThanOrEqual";
      body = formulas(prefix, numberText(max));
    } else {
      operator = "greaterThanOrEqual";
      body = formulas(prefix, numberText(min ?? NO_MINIMUM));
    }
  }
  const q = `${prefix}dataValidation`;
  const attrs = attributeText({
    type,
    operator,
    allowBlank: "1",
    showInputMessage: prompt ? "1" : undefined,
    showErrorMessage: "1",
    errorTitle: error?.title,
    error: error?.message,
    promptTitle: prompt?.title,
    prompt: prompt?.message,
    sqref,
  });
  return `<${q}${attrs}>${body}</${q}>`;
}

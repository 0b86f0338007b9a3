import { entryProblem } from "../../workbook/changeProblems";
import type { EntryRule, EntryValidationChange } from "../../workbook/changeSet";
import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { requireRange } from "./rangeRefs";
import { wireBytes } from "./wireBytes";

/** The bound of a number rule with neither minimum nor maximum (Excel needs one): any number. */
const NO_MINIMUM = -9.99999999999999e307;

/** An entry rule as Office.js's DataValidationRule. */
export function validationRule(rule: EntryRule): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: rule.list.join(",") } };
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : max !== undefined
        ? { operator: "LessThanOrEqualTo", formula1: max }
        : { operator: "GreaterThanOrEqualTo", formula1: min ?? NO_MINIMUM };
  return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/**
 * An entry rule on the range (ExcelApi 1.8) with its input message and stop-style error alert;
 * the validation the range had is cleared first, as Excel wants.
 */
export function entryValidationOp(change: EntryValidationChange): WriteOp {
  requireRange(change.sheet, change.range);
  const problem = entryProblem(change);
  if (problem) throw new Error(`Entry rule on sheet "${change.sheet}": ${problem}`);
  const rule = validationRule(change.rule);
  return {
    bytes: OP_OVERHEAD * 4 + wireBytes([rule, change.prompt ?? null, change.error ?? null]),
    queue: (scope) => {
      const validation = scope.sheet(change.sheet).getRange(change.range).dataValidation;
      validation.clear();
      validation.rule = rule;
      validation.ignoreBlanks = true;
      if (change.prompt) {
        validation.prompt = { showPrompt: true, ...change.prompt };
      }
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: change.error?.title ?? "",
        message: change.error?.message ?? "",
      };
    },
  };
}

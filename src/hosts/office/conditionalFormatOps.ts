import { conditionalProblem } from "../../workbook/changeProblems";
import type { ConditionalRule } from "../../workbook/changeSet";
import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { requireRange } from "./rangeRefs";
import { wireBytes } from "./wireBytes";

/** Excel's built-in "Good", "Neutral" and "Bad" cell styles. */
const LOOKS: Record<ConditionalRule["look"], { fill: string; font: string }> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  neutral: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
};

/**
 * The range's conditional formats (ExcelApi 1.6): those it had are cleared, then one custom
 * rule per rule, in order (priority 0 first), each stopping later rules when it matches.
 */
export function conditionalFormatOp(change: {
  sheet: string;
  range: string;
  rules: ConditionalRule[];
}): WriteOp {
  requireRange(change.sheet, change.range);
  const problem = conditionalProblem(change.rules);
  if (problem) throw new Error(`Conditional format on sheet "${change.sheet}": ${problem}`);
  return {
    bytes: OP_OVERHEAD * (1 + change.rules.length) + wireBytes(change.rules),
    queue: (scope) => {
      const formats = scope.sheet(change.sheet).getRange(change.range).conditionalFormats;
      formats.clearAll();
      change.rules.forEach((rule, priority) => {
        const format = formats.add("Custom");
        const formula = rule.formula.trim();
        format.custom.rule.formula = formula.startsWith("=") ? formula : `=${formula}`;
        format.custom.format.fill.color = LOOKS[rule.look].fill;
        format.custom.format.font.color = LOOKS[rule.look].font;
        format.stopIfTrue = true;
        format.priority = priority;
      });
    },
  };
}

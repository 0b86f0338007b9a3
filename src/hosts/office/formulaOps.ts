import { formulaProblem } from "../../workbook/changeProblems";
import type { WriteOp } from "./batchScope";
import { requireRange } from "./rangeRefs";
import { gridOps } from "./valueOps";

/**
 * A "formulas" change as Range.formulas assignments (ExcelApi 1.1): English function names,
 * A1 references and commas, as the change set has them; Excel calculates them at once. null
 * leaves a cell as it is (and pads ragged rows). Over the request budget the block is cut into
 * row blocks, as values are.
 */
export function formulasOps(
  change: { sheet: string; anchor: string; rows: (string | null)[][] },
  budget: number,
): WriteOp[] {
  const { start } = requireRange(change.sheet, change.anchor);
  for (const row of change.rows) {
    for (const formula of row) {
      const problem = formulaProblem(formula);
      if (problem) throw new Error(`Formula on sheet "${change.sheet}": ${problem}`);
    }
  }
  return gridOps(change.sheet, start, change.rows, budget, (range, cells) => {
    range.formulas = cells;
  });
}

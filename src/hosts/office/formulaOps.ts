import { formulaProblem } from "../../workbook/changeProblems";
import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { blockAddress, requireRange } from "./rangeRefs";
import { blocksOf } from "./valueOps";

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
  const width = Math.max(0, ...change.rows.map((r) => r.length));
  if (width === 0) return [];
  const grid = change.rows.map((r) =>
    Array.from({ length: width }, (_, c) => (c < r.length ? r[c] : null)),
  );
  return blocksOf(grid, start.row, start.column, budget - OP_OVERHEAD).map((block) => ({
    bytes: block.bytes + OP_OVERHEAD,
    queue: (scope) => {
      const address = blockAddress(
        block.row,
        block.column,
        block.cells.length,
        block.cells[0].length,
      );
      scope.sheet(change.sheet).getRange(address).formulas = block.cells;
    },
  }));
}

import type { WriteValue } from "../../workbook/changeSet";
import { OP_OVERHEAD, smallOp, type WriteOp } from "./batchScope";
import { blockAddress, requireRange } from "./rangeRefs";
import { toExcelInput } from "./textInput";
import { wireBytes } from "./wireBytes";

/** A cell of Range.values: null leaves the cell as it is (used to pad ragged rows). */
type ExcelInput = string | number | boolean | null;

interface Block {
  row: number;
  column: number;
  cells: ExcelInput[][];
  bytes: number;
}

/**
 * A "values" change as one Range.values assignment, or, when its payload is over the request
 * budget, as several on consecutive row blocks (a row wider than the budget is cut into column
 * segments). Ragged rows are padded with null, which Office reads as "leave this cell alone".
 */
export function valuesOps(
  change: { sheet: string; anchor: string; rows: WriteValue[][] },
  budget: number,
): WriteOp[] {
  const { start } = requireRange(change.sheet, change.anchor);
  const grid = change.rows.map((r) => r.map(toExcelInput));
  return gridOps(change.sheet, start, grid, budget, (range, cells) => {
    range.values = cells;
  });
}

/**
 * A grid of cells as assignments to consecutive blocks of its range, each within the request
 * budget; ragged rows padded with null (Office's "leave this cell alone"). `assign` sets a
 * block's range (its values, its formulas).
 */
export function gridOps(
  sheet: string,
  start: { row: number; column: number },
  rows: ExcelInput[][],
  budget: number,
  assign: (range: Excel.Range, cells: ExcelInput[][]) => void,
): WriteOp[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return [];
  const grid = rows.map((r) =>
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
      assign(scope.sheet(sheet).getRange(address), block.cells);
    },
  }));
}

function blocksOf(grid: ExcelInput[][], row0: number, column0: number, budget: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  grid.forEach((cells, i) => {
    const bytes = wireBytes(cells) + 1;
    if (bytes > budget) {
      current = undefined;
      blocks.push(...segmentsOf(cells, row0 + i, column0, budget));
    } else if (current && current.bytes + bytes <= budget) {
      current.cells.push(cells);
      current.bytes += bytes;
    } else {
      current = { row: row0 + i, column: column0, cells: [cells], bytes: bytes + 2 };
      blocks.push(current);
    }
  });
  return blocks;
}

/** One row cut into column segments that each fit the budget. */
function segmentsOf(cells: ExcelInput[], row: number, column0: number, budget: number): Block[] {
  const segments: Block[] = [];
  let current: Block | undefined;
  cells.forEach((cell, j) => {
    const bytes = wireBytes(cell) + 1;
    if (current && current.bytes + bytes <= budget) {
      current.cells[0].push(cell);
      current.bytes += bytes;
    } else {
      current = { row, column: column0 + j, cells: [[cell]], bytes: bytes + 4 };
      segments.push(current);
    }
  });
  return segments;
}

/** Clears values and formats ("All") of a range the add-in owns. */
export function clearOp(change: { sheet: string; range: string }): WriteOp {
  requireRange(change.sheet, change.range);
  return smallOp((scope) => scope.sheet(change.sheet).getRange(change.range).clear("All"));
}

export function mergeOp(change: { sheet: string; range: string }): WriteOp {
  requireRange(change.sheet, change.range);
  return smallOp((scope) => scope.sheet(change.sheet).getRange(change.range).merge(false));
}

import type { RawCell } from "../../engine/model/cell";
import { address } from "../a1";
import type { SheetGrid } from "./sheetGrid";

/** A cell as the engine reads it: value (errors stay errors), number format and address. */
export function rawCell(grid: SheetGrid, row: number, column: number): RawCell {
  const numFmt = grid.numFmt(row, column);
  return {
    value: grid.value(row, column),
    ...(numFmt === undefined ? {} : { numFmt }),
    address: address(row, column),
  };
}

import type { RawCell } from "../../engine/model/cell";
import { columnLetter } from "../a1";
import type { SheetGrid } from "./sheetGrid";

/** Builds cells of one column as the engine reads them: value (errors stay errors), format, address. */
export function cellReader(grid: SheetGrid, column: number): (row: number) => RawCell {
  const letter = columnLetter(column);
  return (row) => {
    const cell: RawCell = { value: grid.value(row, column), address: `${letter}${row}` };
    const numFmt = grid.numFmt(row, column);
    if (numFmt !== undefined) cell.numFmt = numFmt;
    return cell;
  };
}

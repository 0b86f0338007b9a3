import { address } from "../a1";
import { SheetGrid } from "../read/sheetGrid";
import { periodInText } from "../read/periodPhrase";
import type { ReadPlanTable } from "../read/readPlanTable";
import type { SheetSnapshot } from "../snapshot";

/** How far above a header the title block reaches (as the sheet reader). */
const TITLE_ROWS = 12;

/**
 * The cell that gives a table its period: the title-block line naming it ("Kỳ báo cáo: 9
 * tháng"), else the actual column's header ("Thực hiện 6 tháng"), else the header's first cell.
 */
export function periodCell(sheet: SheetSnapshot, table: ReadPlanTable): string | undefined {
  if (table.period === undefined) return undefined;
  const grid = new SheetGrid(sheet);
  const top = table.headerRows[0];
  for (let row = Math.max(1, top - TITLE_ROWS); row < top; row += 1) {
    for (const column of grid.filledColumns(row)) {
      if (periodInText(grid.text(row, column)) === table.period) return address(row, column);
    }
  }
  const header = table.headerRows[table.headerRows.length - 1];
  const column = table.columns.actual ?? table.columns.name ?? 1;
  return address(header, column);
}

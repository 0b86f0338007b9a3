import type { BudgetColumn, RawBudgetRow, RawBudgetTable } from "./rawBudget";

/** Column letters of an A1 address: "AB12" → "AB". */
function letters(address: string): string | undefined {
  return /^\$?([A-Z]{1,3})\$?\d+$/i.exec(address)?.[1];
}

/**
 * The A1 address of a row's cell in a column, also when the reader passed no cell there (a
 * blank): the column's letters from another row, with this row's number. Falls back to the
 * row's name or code cell when no row has that column.
 */
export function cellAddress(
  table: Pick<RawBudgetTable, "rows">,
  row: RawBudgetRow,
  column: BudgetColumn,
): string | undefined {
  const own = row.cells[column]?.address;
  if (own) return own;
  for (const other of table.rows) {
    const address = other.cells[column]?.address;
    const found = address ? letters(address) : undefined;
    if (found) return `${found}${row.row}`;
  }
  return row.cells.name?.address ?? row.cells.code?.address;
}

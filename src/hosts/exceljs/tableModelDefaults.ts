/**
 * What ExcelJS 4.4 leaves unset in a table it read, set so that writing the table back gives
 * Excel what the file had. ExcelJS always writes an <autoFilter>, with one filterColumn per
 * column whose button is hidden unless `filterButton` is true:
 * - a column the file gave no filterColumn has its button shown;
 * - a table without an autoFilter (filter buttons turned off) gets one over its header and
 *   data rows with every button hidden, which Excel shows the same way.
 */
export interface LoadedTableModel {
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  autoFilterRef?: string;
  columns?: Array<{ filterButton?: boolean }>;
}

export function fillTableDefaults(table: LoadedTableModel): void {
  const columns = table.columns ?? [];
  if (table.autoFilterRef) {
    for (const column of columns) if (column.filterButton === undefined) column.filterButton = true;
    return;
  }
  if (!table.headerRow || !table.tableRef) return;
  table.autoFilterRef = table.totalsRow ? withoutLastRow(table.tableRef) : table.tableRef;
  for (const column of columns) column.filterButton = false;
}

function withoutLastRow(ref: string): string {
  return ref.replace(/(\d+)$/, (row) => String(Number(row) - 1));
}

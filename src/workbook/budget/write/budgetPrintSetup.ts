import type { Change } from "../../changeSet";
import { tablePrintSetup } from "../../write/tablePrintSetup";
import type { ReadBudgetTable } from "../read/readBudgetTable";
import type { OwnedBudgetPlacement } from "./budgetColumnChanges";

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** The header rows with the column-number row under them ("A | B | 1 | 2 = 1 - 3"). */
function titleRows(table: ReadBudgetTable): number[] {
  return table.columnNumberRow === undefined
    ? table.headerRows
    : [...table.headerRows, table.columnNumberRow];
}

/**
 * The page setup of a budget sheet checked for the first time (its owned columns appended): A4
 * landscape, as the finance forms print (vn05–vn07), fitted to the page width with the owned
 * columns in, from its title rows to its last line, the header on every page. A re-check
 * writes none (the user may have changed it since), nor does a sheet too wide to print legibly.
 */
export function budgetPrintChanges(
  sheet: string,
  tables: ReadonlyArray<{ table: ReadBudgetTable; placement: OwnedBudgetPlacement }>,
): Change[] {
  if (tables.length === 0 || !tables.some((t) => t.placement.appended)) return [];
  const first = titleRows(tables[0].table);
  const shared = tables.every((t) => sameRows(titleRows(t.table), first));
  const setup = tablePrintSetup({
    bottom: Math.max(...tables.map((t) => t.table.lastRow)),
    right: Math.max(
      ...tables.map((t) =>
        Math.max(t.table.lastColumn, t.placement.statusColumn, t.placement.percentColumn ?? 0),
      ),
    ),
    headerRows: shared ? first : [],
  });
  return setup ? [{ kind: "print", sheet, setup }] : [];
}

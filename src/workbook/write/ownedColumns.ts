import type { Language } from "../../engine/model/status";
import type { PlanTable } from "../planTable";
import { tableLabel } from "../tableLabel";
import { takeFreeColumns, type ColumnSpace } from "./freeColumns";
import { OWNED_HEADERS } from "./ownedText";

export interface OwnedPlacement {
  percentColumn: number;
  statusColumn: number;
  /** The sheet has no such columns yet: their headers must be written. */
  appended: boolean;
  headerRow: number;
  percentHeader: string;
  statusHeader: string;
}

function headers(table: PlanTable, lang: Language): { percent: string; status: string } {
  const base = OWNED_HEADERS[lang];
  const label = tableLabel(table);
  if (!table.group || !label) return base;
  return { percent: `${base.percent} (${label})`, status: `${base.status} (${label})` };
}

/**
 * Where the "% KH" and "Đánh giá" columns of each table go: the table's own when it has them,
 * else appended to its right in the first two side-by-side columns that are empty and outside
 * every merged area from the table's first header row to its last row (and not taken by
 * another table's appended columns). Undefined for a table with no such columns left before
 * XFD, Excel's last column: its columns are not written.
 */
export function placeOwnedColumns(
  space: ColumnSpace,
  tables: readonly PlanTable[],
  lang: Language,
): (OwnedPlacement | undefined)[] {
  for (const t of tables) {
    if (t.ownedColumns.percent) space.taken.add(t.ownedColumns.percent);
    if (t.ownedColumns.status) space.taken.add(t.ownedColumns.status);
  }
  const furthest = Math.max(0, ...tables.map((t) => t.lastColumn));
  return tables.map((table): OwnedPlacement | undefined => {
    const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.firstDataRow - 1;
    const names = headers(table, lang);
    const { percent, status } = table.ownedColumns;
    if (percent && status) {
      return {
        percentColumn: percent,
        statusColumn: status,
        appended: false,
        headerRow,
        percentHeader: names.percent,
        statusHeader: names.status,
      };
    }
    const top = table.headerRows[0] ?? headerRow;
    const from = Math.max(table.lastColumn, table.group ? furthest : 0) + 1;
    const column = takeFreeColumns(space, from, 2, { top, bottom: table.lastDataRow });
    if (column === undefined) return undefined;
    return {
      percentColumn: column,
      statusColumn: column + 1,
      appended: true,
      headerRow,
      percentHeader: names.percent,
      statusHeader: names.status,
    };
  });
}

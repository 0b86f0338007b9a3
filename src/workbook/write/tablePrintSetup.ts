import { rangeAddress } from "../a1";
import type { PrintSetup } from "../changeSet";

/**
 * Columns an A4 landscape page holds at a readable size when fitted to its width: a wide form
 * (vn01's eleven column groups, 80 columns) would print at 1–2 pt, so its page setup is left
 * as the user had it.
 */
export const LEGIBLE_COLUMNS = 24;

export interface PrintedTable {
  /** The last row and column that print (the owned columns included). */
  bottom: number;
  right: number;
  /** Rows repeated on every page (the header, its column-number row); none when empty. */
  headerRows: readonly number[];
  /** Further ranges, each printed on pages of its own ("Q6:R25", a summary block). */
  more?: readonly string[];
}

/**
 * A user's sheet the add-in wrote into, as it prints: A4 landscape fitted to the page width,
 * from A1 (its title rows) to the table's last row, the header on every page; undefined when
 * the table is too wide to print legibly on one page width.
 */
export function tablePrintSetup(table: PrintedTable): PrintSetup | undefined {
  if (table.right > LEGIBLE_COLUMNS) return undefined;
  const area = rangeAddress({ row: 1, column: 1 }, { row: table.bottom, column: table.right });
  const header = table.headerRows;
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    margins: "narrow",
    area: [area, ...(table.more ?? [])].join(","),
    ...(header.length > 0 ? { titleRows: `${Math.min(...header)}:${Math.max(...header)}` } : {}),
  };
}

import { parseAddress } from "../../../workbook/a1";
import { defaultStyle, replaceCell } from "./cellOps";
import { formulaCellXml } from "./cellXml";
import { storedFormula } from "./formulaText";
import type { PackageEdit } from "./packageEdit";
import type { SheetEntry } from "./workbookDoc";

/**
 * Writes formulas into a block of cells at `anchor` (null leaves a cell as it is). Each cell
 * keeps its style and gets a formula with no cached value; the workbook is marked for a full
 * calculation on open, so Excel and LibreOffice show the results. A formula the cell had leaves
 * the calculation chain (replaceCell); the new ones are not listed in it, which Excel allows:
 * the chain is a hint that Excel rebuilds on calculation.
 */
export function writeFormulas(
  edit: PackageEdit,
  entry: SheetEntry,
  anchor: string,
  formulas: (string | null)[][],
): void {
  const doc = edit.sheet(entry);
  const rows = doc.rows();
  const start = parseAddress(anchor) as { row: number; column: number };
  let wrote = false;
  formulas.forEach((line, i) => {
    const number = start.row + i;
    line.forEach((formula, j) => {
      if (formula === null) return;
      const column = start.column + j;
      const row = rows.ensure(number);
      const old = rows.entry(row, column);
      const style = old !== undefined ? old.style : defaultStyle(doc, row, column);
      const text = formulaCellXml(doc.prefix, number, column, style, storedFormula(formula));
      replaceCell(edit, entry, doc, row, column, text);
      wrote = true;
    });
  });
  if (wrote) edit.workbook.calculateOnLoad();
}

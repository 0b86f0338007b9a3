import { parseRange, type RangeRef } from "../../../workbook/a1";
import { defaultStyle } from "./cellOps";
import { cellEntry } from "./cellXml";
import type { PackageEdit } from "./packageEdit";
import type { SheetEntry } from "./workbookDoc";
import { withAttribute } from "./xmlText";

/**
 * Protects the sheet against accidents, with no password: <sheetProtection sheet="1"
 * objects="1" scenarios="1"/>. A sheet already protected keeps its own protection (its password
 * and what it allows), with sheet, objects and scenarios switched on. Every cell of the
 * unlocked ranges gets a cell format cloned from its own with <protection locked="0"/> (new
 * cells from their row's or column's), so its looks stay and it can still be typed into.
 */
export function protectSheet(edit: PackageEdit, entry: SheetEntry, unlocked: string[]): void {
  const doc = edit.sheet(entry);
  const current = doc.child("sheetProtection") ?? `<${doc.prefix}sheetProtection/>`;
  const openEnd = current.indexOf(">") + 1;
  let tag = current.slice(0, openEnd);
  for (const name of ["sheet", "objects", "scenarios"]) tag = withAttribute(tag, name, "1");
  doc.setChild("sheetProtection", tag + current.slice(openEnd));
  const rows = doc.rows();
  const styles = edit.styleSheet();
  for (const text of unlocked) {
    const r = parseRange(text) as RangeRef;
    for (let number = r.start.row; number <= r.end.row; number++) {
      const row = rows.ensure(number);
      for (let column = r.start.column; column <= r.end.column; column++) {
        const old = rows.entry(row, column);
        const s = styles.unlocked(old !== undefined ? old.style : defaultStyle(doc, row, column));
        if (old !== undefined) rows.setCellStyle(row, old, s);
        else rows.setCell(row, column, cellEntry(doc.prefix, number, column, s, null));
      }
    }
  }
}

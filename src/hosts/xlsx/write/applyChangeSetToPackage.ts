import type { Change, ChangeSet } from "../../../workbook/changeSet";
import { withWorksheetNames } from "./appXml";
import { clearRange, mergeRange, writeStyle, writeValues } from "./cellOps";
import { ChartWrites } from "./chartOps";
import { setConditionalFormat } from "./conditionalFormatOps";
import { setCustomProperties } from "./customProperties";
import { requireContentTypes } from "./damagedPart";
import { writeFormulas } from "./formulaOps";
import { setColumnWidths, setFreeze, setRowHeights, setPrint } from "./layoutOps";
import { setEntryValidation, setListValidation } from "./validationOps";
import { NoteWrites } from "./noteOps";
import { PackageEdit } from "./packageEdit";
import type { PackageParts } from "./packageParts";
import { planPackageChanges } from "./planPackage";
import { protectSheet } from "./protectionOps";
import { addSheet, deleteSheet, syncTabSelection } from "./sheetOps";
import type { SheetEntry } from "./workbookDoc";

/**
 * Applies a change set to an .xlsx package by patching its parts in place. The whole set is
 * checked first (a bad set throws a ChangeSetError and changes nothing; a package without a
 * well-formed [Content_Types].xml throws a DamagedPartError); then each change is
 * applied in order. Only the parts the changes reach are rewritten: in a changed worksheet
 * every element other than the written cells keeps its text; every other part keeps its bytes.
 */
export function applyChangeSetToPackage(
  parts: PackageParts,
  changes: ChangeSet | Change[],
): PackageParts {
  const list = Array.isArray(changes) ? changes : changes.changes;
  const edit = new PackageEdit(parts);
  planPackageChanges(edit, list);
  if (list.length === 0) return parts;
  requireContentTypes(edit.pkg);
  const worksheetNames = () => edit.workbook.sheets.filter((s) => s.isWorksheet).map((s) => s.name);
  const namesBefore = worksheetNames();
  const notes = new NoteWrites(edit);
  const charts = new ChartWrites(edit);
  let activeCell: string | undefined;
  for (const change of list) {
    const entry = (): SheetEntry => {
      const name = "sheet" in change ? change.sheet : "";
      const found = edit.workbook.find(name);
      if (!found) throw new Error(`Sheet "${name}" vanished while applying changes`);
      return found;
    };
    switch (change.kind) {
      case "addSheet":
        addSheet(edit, change.sheet, change.after);
        break;
      case "deleteOwnSheet": {
        const found = edit.workbook.find(change.sheet);
        if (found) {
          notes.forget(found);
          deleteSheet(edit, found);
        }
        break;
      }
      case "values":
        writeValues(edit, entry(), change.anchor, change.rows);
        break;
      case "style":
        writeStyle(edit, entry(), change.range, change.style);
        break;
      case "clear":
        clearRange(edit, entry(), change.range);
        break;
      case "note":
        notes.set(entry(), change.cell, change.text);
        break;
      case "merge":
        mergeRange(edit, entry(), change.range);
        break;
      case "columnWidths":
        setColumnWidths(edit, entry(), change.widths);
        break;
      case "rowHeights":
        setRowHeights(edit, entry(), change.heights);
        break;
      case "freeze":
        setFreeze(edit, entry(), change.rows, change.columns);
        break;
      case "listValidation":
        setListValidation(edit, entry(), change.range, change.list);
        break;
      case "print":
        setPrint(edit, entry(), change.setup);
        break;
      case "hideSheet":
        edit.workbook.hide(entry(), change.veryHidden);
        break;
      case "activate":
        edit.workbook.activate(entry());
        activeCell = change.cell?.replace(/\$/g, "").toUpperCase();
        break;
      case "chart":
        charts.add(entry(), change);
        break;
      case "formulas":
        writeFormulas(edit, entry(), change.anchor, change.rows);
        break;
      case "conditionalFormat":
        setConditionalFormat(edit, entry(), change.range, change.rules);
        break;
      case "protectSheet":
        protectSheet(edit, entry(), change.unlocked);
        break;
      case "documentProperties":
        setCustomProperties(edit, change.custom);
        break;
      case "entryValidation":
        setEntryValidation(edit, entry(), change);
        break;
      default: {
        const unknown: never = change;
        throw new Error(`Unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }
  syncTabSelection(edit, activeCell);
  const namesAfter = worksheetNames();
  if (namesAfter.join("\u0000") !== namesBefore.join("\u0000")) {
    const app = edit.pkg.read("docProps/app.xml");
    if (app !== undefined) {
      const next = withWorksheetNames(app, namesBefore, namesAfter);
      if (next !== app) edit.pkg.write("docProps/app.xml", next);
    }
  }
  return edit.finish();
}

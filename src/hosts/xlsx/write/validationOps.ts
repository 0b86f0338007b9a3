import { parseRange, type RangeRef } from "../../../workbook/a1";
import type { EntryValidationChange } from "../../../workbook/changeSet";
import type { PackageEdit } from "./packageEdit";
import { entryValidationXml, listValidationXml } from "./validationXml";
import type { SheetEntry } from "./workbookDoc";

/**
 * Puts a validation on every cell of the range, replacing the validation those cells had; a
 * validation that only partly overlaps keeps its other cells (its area split into rectangles).
 * Every other validation keeps its text. `element` makes the new <dataValidation> for an sqref.
 * The sheet's validations are parsed once per change set (see SheetValidations).
 */
function setValidation(
  edit: PackageEdit,
  entry: SheetEntry,
  rangeText: string,
  element: (prefix: string, sqref: string) => string,
): void {
  edit
    .sheet(entry)
    .validations()
    .set(parseRange(rangeText) as RangeRef, element);
}

/** A drop-down list on every cell of the range (see setValidation). */
export function setListValidation(
  edit: PackageEdit,
  entry: SheetEntry,
  rangeText: string,
  list: string[],
): void {
  setValidation(edit, entry, rangeText, (prefix, sqref) => listValidationXml(prefix, sqref, list));
}

/** An entry rule with its input message and error alert on every cell of the range. */
export function setEntryValidation(
  edit: PackageEdit,
  entry: SheetEntry,
  change: EntryValidationChange,
): void {
  setValidation(edit, entry, change.range, (prefix, sqref) =>
    entryValidationXml(prefix, sqref, change),
  );
}

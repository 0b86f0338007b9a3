import { parseRange, rangeAddress, type RangeRef } from "../../../workbook/a1";
import type { EntryValidationChange } from "../../../workbook/changeSet";
import type { PackageEdit } from "./packageEdit";
import { sqrefWithout } from "./sqref";
import { entryValidationXml, listValidationXml } from "./validationXml";
import type { SheetEntry } from "./workbookDoc";
import { childElements } from "./xmlScan";
import { asStartTag, attribute, withAttribute } from "./xmlText";

/**
 * Puts a validation on every cell of the range, replacing the validation those cells had; a
 * validation that only partly overlaps keeps its other cells (its area split into rectangles).
 * Every other validation keeps its text. `element` makes the new <dataValidation> for an sqref.
 */
function setValidation(
  edit: PackageEdit,
  entry: SheetEntry,
  rangeText: string,
  element: (prefix: string, sqref: string) => string,
): void {
  const doc = edit.sheet(entry);
  const target = parseRange(rangeText) as RangeRef;
  const current = doc.child("dataValidations");
  const outer = current ? childElements(current)[0] : undefined;
  const items: string[] = [];
  if (current && outer) {
    for (const c of childElements(current, outer.contentStart, outer.contentEnd)) {
      const text = current.slice(c.start, c.end);
      if (c.name !== "dataValidation") {
        items.push(text);
        continue;
      }
      const left = sqrefWithout(attribute(c.openTag, "sqref") ?? "", target);
      if (left.kind === "kept") items.push(text);
      else if (left.kind === "clipped") {
        items.push(withAttribute(c.openTag, "sqref", left.sqref) + text.slice(c.openTag.length));
      }
    }
  }
  items.push(element(doc.prefix, rangeAddress(target.start, target.end)));
  const count = items.filter((t) => /^<(?:[\w.-]+:)?dataValidation[\s>/]/.test(t)).length;
  const qname = outer?.qname ?? `${doc.prefix}dataValidations`;
  const open = withAttribute(
    outer ? asStartTag(outer.openTag) : `<${qname}>`,
    "count",
    String(count),
  );
  doc.setChild("dataValidations", `${open}${items.join("")}</${qname}>`);
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

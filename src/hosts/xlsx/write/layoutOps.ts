import { columnNumber } from "../../../workbook/a1";
import type { PrintSetup } from "../../../workbook/changeSet";
import { printAreaFormula } from "./printArea";
import { titleRows } from "./printTitleRows";
import { withColumnWidths } from "./colsXml";
import type { PackageEdit } from "./packageEdit";
import { withFreeze } from "./sheetViews";
import type { SheetEntry } from "./workbookDoc";
import { childElements } from "./xmlScan";
import { asStartTag, unescapeXml, withAttribute } from "./xmlText";

export function setColumnWidths(
  edit: PackageEdit,
  entry: SheetEntry,
  widths: Record<string, number>,
): void {
  const doc = edit.sheet(entry);
  const byColumn = new Map(
    Object.entries(widths).map(([letters, w]) => [columnNumber(letters), w]),
  );
  if (byColumn.size === 0) return;
  doc.setChild("cols", withColumnWidths(doc.child("cols"), doc.prefix, byColumn));
}

/** Rows at the heights given (points), marked custom so Excel keeps them. */
export function setRowHeights(
  edit: PackageEdit,
  entry: SheetEntry,
  heights: Record<string, number>,
): void {
  const rows = edit.sheet(entry).rows();
  for (const [number, height] of Object.entries(heights)) {
    const row = rows.ensure(Number(number));
    rows.cells(row);
    const tag = withAttribute(row.openTag ?? `<row r="${number}">`, "ht", String(height));
    row.openTag = withAttribute(tag, "customHeight", "1");
    rows.touch(row);
  }
}

export function setFreeze(
  edit: PackageEdit,
  entry: SheetEntry,
  rows: number,
  columns: number,
): void {
  const doc = edit.sheet(entry);
  doc.setChild("sheetViews", withFreeze(doc.child("sheetViews"), doc.prefix, rows, columns));
}

/**
 * A4, the orientation, "fit all columns on one page" (fitting turned on in sheetPr), rows
 * repeated on every page, the print area and the margins.
 */
export function setPrint(edit: PackageEdit, entry: SheetEntry, setup: PrintSetup): void {
  const doc = edit.sheet(entry);
  const q = (n: string) => `${doc.prefix}${n}`;
  const current = doc.child("pageSetup");
  const end = current ? current.indexOf(">") + 1 : 0;
  let tag = current ? current.slice(0, end) : `<${q("pageSetup")}/>`;
  tag = withAttribute(tag, "paperSize", "9");
  tag = withAttribute(tag, "orientation", setup.orientation);
  if (setup.fitToWidth) {
    tag = withAttribute(tag, "fitToWidth", "1");
    tag = withAttribute(tag, "fitToHeight", setup.fitToHeight ? "1" : "0");
    doc.setChild("sheetPr", withFitToPage(doc.child("sheetPr"), doc.prefix));
  }
  doc.setChild("pageSetup", tag + (current ? current.slice(end) : ""));
  if (setup.margins === "narrow") {
    doc.setChild(
      "pageMargins",
      `<${q("pageMargins")} left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    );
  }
  const area = setup.area === undefined ? undefined : printAreaFormula(entry.name, setup.area);
  if (area) edit.workbook.setPrintArea(entry, area);
  const rows = setup.titleRows === undefined ? undefined : titleRows(setup.titleRows);
  if (rows) {
    const sheet = `'${entry.name.replace(/'/g, "''")}'`;
    const existing = edit.workbook.printTitlesOf(entry);
    const columns = existing
      ? unescapeXml(existing)
          .split(",")
          .find((part) => /!\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(part))
      : undefined;
    const rowPart = `${sheet}!$${rows[0]}:$${rows[1]}`;
    edit.workbook.setPrintTitles(entry, columns ? `${columns},${rowPart}` : rowPart);
  }
}

/** <sheetPr> with <pageSetUpPr fitToPage="1"/>, after tabColor and outlinePr as the schema wants. */
function withFitToPage(sheetPr: string | undefined, prefix: string): string {
  const q = (n: string) => `${prefix}${n}`;
  if (!sheetPr) return `<${q("sheetPr")}><${q("pageSetUpPr")} fitToPage="1"/></${q("sheetPr")}>`;
  const outer = childElements(sheetPr)[0];
  const open = asStartTag(outer.openTag);
  const children =
    outer.contentStart === outer.end
      ? []
      : childElements(sheetPr, outer.contentStart, outer.contentEnd);
  const existing = children.find((c) => c.name === "pageSetUpPr");
  const texts = children.map((c) => sheetPr.slice(c.start, c.end));
  if (existing) {
    const i = children.indexOf(existing);
    texts[i] =
      withAttribute(existing.openTag, "fitToPage", "1") + texts[i].slice(existing.openTag.length);
  } else {
    const at = children.filter((c) => c.name === "tabColor" || c.name === "outlinePr").length;
    texts.splice(at, 0, `<${q("pageSetUpPr")} fitToPage="1"/>`);
  }
  return `${open}${texts.join("")}</${outer.qname}>`;
}

import { CONTENT_TYPES, withOverride, withoutOverride } from "./contentTypes";
import type { PackageEdit } from "./packageEdit";
import {
  nextRelId,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withRelationship,
  withoutRelationship,
} from "./relationships";
import { isTabSelected, withActiveCell, withTabSelected } from "./sheetViews";
import type { SheetEntry } from "./workbookDoc";
import { WorksheetDoc } from "./worksheetDoc";

const MAIN_NS = {
  transitional: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
};

/** An empty worksheet part, in the package's dialect. */
export function emptyWorksheetXml(strict: boolean, relNs: string): string {
  const ns = strict ? MAIN_NS.strict : MAIN_NS.transitional;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${ns}" xmlns:r="${relNs}">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

/** Adds an empty worksheet after `after` (or last): its part, relationship and content type. */
export function addSheet(edit: PackageEdit, name: string, after?: string): void {
  const { pkg, workbook } = edit;
  const folder = workbook.path.includes("/")
    ? workbook.path.slice(0, workbook.path.lastIndexOf("/"))
    : "";
  const path = pkg.freeName(`${folder ? `${folder}/` : ""}worksheets`, "sheet", "xml");
  const xml = emptyWorksheetXml(workbook.strict, edit.relNs);
  pkg.write(path, xml);
  const rels = pkg.read(workbook.relsPath);
  const relId = nextRelId(parseRelationships(rels));
  pkg.write(
    workbook.relsPath,
    withRelationship(rels, {
      id: relId,
      type: edit.relType("worksheet"),
      target: relativeTarget(workbook.path, path),
    }),
  );
  pkg.write(
    "[Content_Types].xml",
    withOverride(pkg.need("[Content_Types].xml"), path, CONTENT_TYPES.worksheet),
  );
  const entry: SheetEntry = {
    name,
    state: "visible",
    isWorksheet: true,
    relId,
    sheetId: workbook.nextSheetId(),
    path,
  };
  workbook.add(entry, after);
  edit.adopt(entry, new WorksheetDoc(xml));
}

/**
 * Deletes a sheet with every part only it reaches (notes, drawings, charts, tables, printer
 * settings), their relationships and content types, and its defined names.
 */
export function deleteSheet(edit: PackageEdit, entry: SheetEntry): void {
  const { pkg, workbook } = edit;
  const doomed = new Set<string>();
  const visit = (part: string) => {
    if (doomed.has(part) || !pkg.has(part)) return;
    doomed.add(part);
    for (const rel of parseRelationships(pkg.read(relsPathOf(part)))) {
      if (rel.targetMode === "External") continue;
      visit(resolveTarget(part, rel.target));
    }
  };
  if (entry.path) visit(entry.path);
  // A part another (surviving) part points at stays: pivot caches, shared images…
  const sharedTargets = new Set<string>();
  for (const name of pkg.names()) {
    if (!name.endsWith(".rels")) continue;
    const owner = ownerOfRels(name);
    if (owner !== undefined && doomed.has(owner)) continue;
    if (owner === workbook.path && entry.path) {
      for (const rel of parseRelationships(pkg.read(name))) {
        const target = resolveTarget(owner, rel.target);
        if (target !== entry.path) sharedTargets.add(target);
      }
      continue;
    }
    for (const rel of parseRelationships(pkg.read(name))) {
      if (rel.targetMode === "External") continue;
      sharedTargets.add(resolveTarget(owner ?? "", rel.target));
    }
  }
  let types = pkg.need("[Content_Types].xml");
  for (const part of doomed) {
    if (part !== entry.path && sharedTargets.has(part)) continue;
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
    types = withoutOverride(types, part);
  }
  pkg.write("[Content_Types].xml", types);
  const rels = pkg.read(workbook.relsPath);
  if (rels !== undefined) pkg.write(workbook.relsPath, withoutRelationship(rels, entry.relId));
  edit.calcChain.removeSheet(entry.sheetId);
  workbook.remove(entry);
  edit.drop(entry);
}

/** "xl/worksheets/sheet1.xml" for "xl/worksheets/_rels/sheet1.xml.rels" ("" for the root). */
function ownerOfRels(relsPath: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/**
 * After sheets moved, were hidden or activated: the active sheet's first view is the selected
 * tab (with its active cell when one was asked for) and no other sheet's is, or Excel would
 * open with sheets grouped. Sheets that were not selected are not touched.
 */
export function syncTabSelection(edit: PackageEdit, activeCell?: string): void {
  const { workbook, pkg } = edit;
  if (!workbook.activeMoved) return;
  for (const entry of workbook.sheets) {
    if (!entry.isWorksheet || !entry.path) continue;
    const active = entry === workbook.active;
    if (!active && !edit.isOpen(entry)) {
      const text = pkg.read(entry.path);
      if (
        !text ||
        !isTabSelected(
          /<(?:[\w.-]+:)?sheetViews\b[\s\S]*?<\/(?:[\w.-]+:)?sheetViews>/.exec(text)?.[0],
        )
      )
        continue;
    }
    const doc = edit.sheet(entry);
    const views = doc.child("sheetViews");
    if (!active && !isTabSelected(views)) continue;
    let next = withTabSelected(views, doc.prefix, active);
    if (active && activeCell) next = withActiveCell(next, doc.prefix, activeCell);
    doc.setChild("sheetViews", next);
  }
}

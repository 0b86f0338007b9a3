import type { HostFeatures } from "./features";

/** A class of the loaded Office.js, as far as a member check looks at it. */
interface LibraryClass {
  prototype: object;
}

/**
 * The part of the loaded Office.js's `Excel` namespace that the feature checks look at. The
 * host answers isSetSupported for itself, not for the library in the page: Office.js 1.1.110 on
 * a host that reports ExcelApi 1.18 has no `Worksheet.notes`, and `worksheet.notes` is then
 * undefined (issue 12). A feature is on only when the library has its members too.
 */
export interface ExcelLibrary {
  Workbook?: LibraryClass;
  Worksheet?: LibraryClass;
  WorksheetCollection?: LibraryClass;
  Range?: LibraryClass;
  NoteCollection?: unknown;
  CommentCollection?: unknown;
}

/** Office.js defines its proxies' properties and methods on the classes' prototypes. */
const has = (cls: LibraryClass | undefined, member: string): boolean =>
  cls !== undefined && member in cls.prototype;

/** The members each feature uses, as the library must have them. */
const MEMBERS: Record<keyof HostFeatures, (library: ExcelLibrary) => boolean> = {
  rowProperties: (l) => has(l.Range, "getRowProperties") && has(l.Range, "getColumnProperties"),
  cellProperties: (l) => has(l.Range, "getCellProperties"),
  visibleView: (l) => has(l.Range, "getVisibleView"),
  mergedAreas: (l) => has(l.Range, "getMergedAreasOrNullObject"),
  comments: (l) => l.CommentCollection !== undefined && has(l.Workbook, "comments"),
  notes: (l) =>
    l.NoteCollection !== undefined && has(l.Worksheet, "notes") && has(l.Workbook, "notes"),
  freezePanes: (l) => has(l.Worksheet, "freezePanes"),
  dataValidation: (l) => has(l.Range, "dataValidation"),
  pageLayout: (l) => has(l.Worksheet, "pageLayout"),
  changeEvents: (l) => has(l.WorksheetCollection, "onChanged"),
  insertWorksheets: (l) => has(l.Workbook, "insertWorksheetsFromBase64"),
  conditionalFormats: (l) => has(l.Range, "conditionalFormats"),
  sheetProtection: (l) => has(l.Worksheet, "protection"),
  customProperties: (l) => has(l.Workbook, "properties"),
};

/** Whether the loaded library has what a feature uses. */
export function libraryHas(
  library: ExcelLibrary | undefined,
  feature: keyof HostFeatures,
): boolean {
  return library !== undefined && MEMBERS[feature](library);
}

/** The `Excel` namespace of the Office.js loaded in the page; undefined outside Office. */
export function officeLibrary(): ExcelLibrary | undefined {
  return typeof Excel === "undefined" ? undefined : (Excel as unknown as ExcelLibrary);
}

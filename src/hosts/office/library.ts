/** A class of the loaded Office.js, as far as a member check looks at it. */
interface LibraryClass {
  prototype: object;
}

/**
 * The part of the loaded Office.js's `Excel` namespace that the feature checks look at. The
 * host answers isSetSupported for itself, not for the library in the page: Office.js 1.1.110 on
 * a host that reports ExcelApi 1.18 has no `Worksheet.notes`, and `worksheet.notes` is then
 * undefined (issue 12). Notes are on only when the library has their members too. Members of
 * ExcelApi 1.13 and older are in every Office.js that can run on a host the manifest admits.
 */
export interface ExcelLibrary {
  Workbook?: LibraryClass;
  Worksheet?: LibraryClass;
  NoteCollection?: unknown;
}

/** Office.js defines its proxies' properties and methods on the classes' prototypes. */
const has = (cls: LibraryClass | undefined, member: string): boolean =>
  cls !== undefined && member in cls.prototype;

/** The members each checked feature uses, as the library must have them. */
const MEMBERS = {
  notes: (l: ExcelLibrary) =>
    l.NoteCollection !== undefined && has(l.Worksheet, "notes") && has(l.Workbook, "notes"),
};

/** Whether the loaded library has what a feature uses. */
export function libraryHas(
  library: ExcelLibrary | undefined,
  feature: keyof typeof MEMBERS,
): boolean {
  return library !== undefined && MEMBERS[feature](library);
}

/** The `Excel` namespace of the Office.js loaded in the page; undefined outside Office. */
export function officeLibrary(): ExcelLibrary | undefined {
  return typeof Excel === "undefined" ? undefined : (Excel as unknown as ExcelLibrary);
}

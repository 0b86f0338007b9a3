/**
 * The Office.js library served to the page, apart from the API sets the host reports. Excel
 * answers isSetSupported for the host; the members a page can call are the library's. The npm
 * copy of Office.js (1.1.110) has no notes API, while Microsoft 365 hosts report ExcelApi 1.18:
 * with that library `worksheet.notes` is undefined and calling a method on it is a TypeError.
 */
import type { ExcelLibrary } from "../../../../src/hosts/office/library";

export interface LibraryModel {
  /** Worksheet.notes, Workbook.notes and Excel.NoteCollection (ExcelApi 1.18). */
  notes: boolean;
}

export const FULL_LIBRARY: LibraryModel = { notes: true };

/** A class as a library without some of its members shows it: `member in prototype` is false. */
export function without(cls: { prototype: object }, ...members: string[]): { prototype: object } {
  const prototype = new Proxy(cls.prototype, {
    has: (target, key) => !members.includes(String(key)) && key in target,
  });
  return { prototype };
}

/** The double's classes a namespace is made of (passed in: they import this module's users). */
export interface DoubleClasses {
  Workbook: { prototype: object };
  Worksheet: { prototype: object };
  WorksheetCollection: { prototype: object };
  Range: { prototype: object };
  NoteCollection: unknown;
  CommentCollection: unknown;
}

/** The `Excel` namespace of the served library, as a page's feature checks see it. */
export function libraryNamespace(model: LibraryModel, classes: DoubleClasses): ExcelLibrary {
  if (model.notes) return { ...classes };
  const { NoteCollection: _absent, ...rest } = classes;
  return {
    ...rest,
    Workbook: without(classes.Workbook, "notes"),
    Worksheet: without(classes.Worksheet, "notes"),
  };
}

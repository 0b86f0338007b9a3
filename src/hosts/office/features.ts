import { libraryHas, type ExcelLibrary } from "./library";

/**
 * What the running Excel can do, from its ExcelApi requirement sets and the members of the
 * Office.js loaded in the page (see library.ts). Excel 2016/2019/2021
 * (one-time purchase, common on office PCs) stop at older sets than Microsoft 365 and the web,
 * so every API newer than ExcelApi 1.4 is used only when its set is supported.
 */
export interface HostFeatures {
  /** Range.getRowProperties / getColumnProperties: hidden rows and columns in one call (1.9). */
  rowProperties: boolean;
  /**
   * Range.getCellProperties (1.9): the formats of the cells the add-in styled, read with the
   * values so that a re-check writes only what changed (see cellFormats.ts).
   */
  cellProperties: boolean;
  /** Range.getVisibleView: the fallback for hidden rows and columns (1.3). */
  visibleView: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Threaded comments (1.10). */
  comments: boolean;
  /** Notes, the classic cell notes (1.18). */
  notes: boolean;
  /** Worksheet.freezePanes (1.7). */
  freezePanes: boolean;
  /** Range.dataValidation (1.8). */
  dataValidation: boolean;
  /** Worksheet.pageLayout (1.9). */
  pageLayout: boolean;
  /** WorksheetCollection.onChanged: edits on any sheet, for re-check on edit (1.9). */
  changeEvents: boolean;
  /** Workbook.insertWorksheetsFromBase64: import a sub-unit's .xlsx (1.13). */
  insertWorksheets: boolean;
  /** Range.conditionalFormats: custom rules with stopIfTrue and priority (1.6). */
  conditionalFormats: boolean;
  /** Worksheet.protection.protect and RangeFormat.protection.locked (1.2). */
  sheetProtection: boolean;
  /** Workbook.properties.custom: custom document properties (1.7). */
  customProperties: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

const SETS: Record<keyof HostFeatures, string> = {
  rowProperties: "1.9",
  cellProperties: "1.9",
  visibleView: "1.3",
  mergedAreas: "1.13",
  comments: "1.10",
  notes: "1.18",
  freezePanes: "1.7",
  dataValidation: "1.8",
  pageLayout: "1.9",
  changeEvents: "1.9",
  insertWorksheets: "1.13",
  conditionalFormats: "1.6",
  sheetProtection: "1.2",
  customProperties: "1.7",
};

/** The requirement set a feature needs, for messages ("ExcelApi 1.18"). */
export function requirementOf(feature: keyof HostFeatures): string {
  return `ExcelApi ${SETS[feature]}`;
}

/**
 * The features that are on: the host supports the feature's set and the loaded library has its
 * members. Without a library (no Office.js in the page) nothing beyond the sets is known, and
 * nothing is on.
 */
export function detectFeatures(
  isSetSupported: IsSetSupported,
  library: ExcelLibrary | undefined,
): HostFeatures {
  const has = (feature: keyof HostFeatures) =>
    isSetSupported("ExcelApi", SETS[feature]) && libraryHas(library, feature);
  return {
    rowProperties: has("rowProperties"),
    cellProperties: has("cellProperties"),
    visibleView: has("visibleView"),
    mergedAreas: has("mergedAreas"),
    comments: has("comments"),
    notes: has("notes"),
    freezePanes: has("freezePanes"),
    dataValidation: has("dataValidation"),
    pageLayout: has("pageLayout"),
    changeEvents: has("changeEvents"),
    insertWorksheets: has("insertWorksheets"),
    conditionalFormats: has("conditionalFormats"),
    sheetProtection: has("sheetProtection"),
    customProperties: has("customProperties"),
  };
}

/** Office's own check, when Office.js is loaded; nothing beyond ExcelApi 1.1 otherwise. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return version === "1.1";
  return Office.context.requirements.isSetSupported(name, version);
}

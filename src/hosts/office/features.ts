import { libraryHas, type ExcelLibrary } from "./library";

/**
 * What the running Excel can do beyond the manifest's minimum, ExcelApi 1.13 (manifest.xml's
 * <Requirements>): Office does not start the add-in on a host without it, so every API of 1.13
 * or older (row and cell properties, merged areas, threaded comments, freeze panes, data
 * validation, page layout, change events) is used without a check. What is left to ask about:
 */
export interface HostFeatures {
  /**
   * Notes, the classic cell notes (ExcelApi 1.18), where the loaded Office.js has them too:
   * Microsoft 365 (Windows 2501+, the web, Mac, iPad 16.93+). Office 2021/2024 have none.
   */
  notes: boolean;
  /**
   * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) works: on every platform but iPad,
   * which reports the set and fails the call ("only supported for Office on Windows, Mac, and
   * the web": the method's remarks in Office.js's reference).
   */
  insertWorksheets: boolean;
  /**
   * Excel on the web: requests and responses over 5 MB are refused, and inserted files may hold
   * no charts, comments, PivotTables or slicers (see importCheck.ts).
   */
  web: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

/** Office.context.platform's values (Office.PlatformType), as strings. */
export type OfficePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";

/** The requirement set of the one feature that has its own (notes), for messages. */
export const NOTES_REQUIREMENT = "ExcelApi 1.18";

/**
 * The features that are on. Notes need the host's set and the loaded library's members (see
 * library.ts); without a library (no Office.js in the page) they are off. The platform decides
 * the rest; unknown (a test, or Office.js without `platform`) is taken for a desktop host.
 */
export function detectFeatures(
  isSetSupported: IsSetSupported,
  library: ExcelLibrary | undefined,
  platform?: OfficePlatform | string,
): HostFeatures {
  return {
    notes: isSetSupported("ExcelApi", "1.18") && libraryHas(library, "notes"),
    insertWorksheets: platform !== "iOS",
    web: platform === "OfficeOnline",
  };
}

/** Office's own check, when Office.js is loaded; nothing beyond ExcelApi 1.1 otherwise. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return version === "1.1";
  return Office.context.requirements.isSetSupported(name, version);
}

/** Office.context.platform where Office.js is loaded and ready; undefined otherwise. */
export function officePlatform(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  const platform: unknown = Office.context?.platform;
  return typeof platform === "string" ? platform : undefined;
}

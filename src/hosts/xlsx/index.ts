export {
  openXlsx,
  XlsxReader,
  type OpenXlsxOptions,
  type SkippedSheet,
  type XlsxReadInfo,
} from "./xlsxReader";
export { XlsxPackage, type PackageLimits } from "./package";
export {
  WorkbookOpenError,
  isWorkbookOpenError,
  type WorkbookOpenErrorCode,
} from "../exceljs/workbookOpenError";

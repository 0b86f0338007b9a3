export {
  openXlsx,
  XlsxReader,
  type OpenXlsxOptions,
  type SkippedSheet,
  type XlsxReadInfo,
} from "./xlsxReader";
export { XlsxPackage, useNativeZip, type PackageLimits } from "./package";
export {
  WorkbookOpenError,
  isWorkbookOpenError,
  type WorkbookOpenErrorCode,
} from "./package/workbookOpenError";
export { XlsxGateway, openWorkbook, type OpenWorkbookOptions } from "./xlsxGateway";
export { createWorkbook } from "./createWorkbook";
export { ChangeSetError, type ChangeSetErrorCode } from "./write/changeSetError";
export { useDeflate } from "./write";

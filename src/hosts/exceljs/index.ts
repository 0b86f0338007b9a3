export { ExcelJsGateway, type OpenInfo, type SkippedSheet } from "./exceljsGateway";
export { createWorkbook } from "./createWorkbook";
export { openWorkbook, type OpenOptions } from "./openWorkbook";
export {
  WorkbookOpenError,
  isWorkbookOpenError,
  type WorkbookOpenErrorCode,
} from "./workbookOpenError";
export { ChangeSetError, type ChangeSetErrorCode } from "./changeSetError";
export { SAVE_LOSS_TEXT, type SaveLoss } from "./saveLosses";

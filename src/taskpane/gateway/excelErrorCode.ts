/**
 * Excel's error codes the pane explains in its own words (Excel.ErrorCodes,
 * https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). Microsoft's guidance is
 * to choose the message shown from the code: an error's `message` is not meant for end users
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export const EXCEL_ERROR_CODES = [
  "InvalidArgument",
  "ItemNotFound",
  "ItemAlreadyExists",
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "GeneralException",
  "InvalidOperation",
  "InvalidReference",
  "MergedRangeConflict",
  "ApiNotFound",
  "UnsupportedFeature",
  "Conflict",
  "RequestAborted",
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** The Excel error code of an error, when it is one the pane explains. */
export function excelErrorCode(error: unknown): ExcelErrorCode | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return EXCEL_ERROR_CODES.find((known) => known === code);
}

import { createWorkbook } from "../hosts/xlsx";
import { openWorkbook } from "../hosts/xlsx";
import { isWorkbookOpenError } from "../hosts/xlsx";
import type { Language } from "../engine/model/status";
import type { XlsxGateway } from "./previewGateway";

/** An .xlsx file's bytes as a workbook, through the .xlsx gateway. */
export function openXlsx(data: Uint8Array, fileName: string): Promise<XlsxGateway> {
  return openWorkbook(data, { fileName });
}

/** A new, empty workbook. */
export function newXlsx(): XlsxGateway {
  return createWorkbook();
}

/** Why a file would not open, in the user's language, when the gateway says. */
export function openFailure(error: unknown, lang: Language): string | undefined {
  if (!isWorkbookOpenError(error)) return undefined;
  return lang === "vi" ? error.messageVi : error.messageEn;
}

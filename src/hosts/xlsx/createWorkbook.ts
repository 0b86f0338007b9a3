import { createPackage } from "./write";
import { XlsxGateway } from "./xlsxGateway";

/** A new, empty workbook (no sheets yet: a change set adds them), written by the same writer. */
export function createWorkbook(): XlsxGateway {
  return new XlsxGateway(createPackage(), new Map(), { strictOpenXml: false, skippedSheets: [] });
}

import { Workbook } from "exceljs";
import { ExcelJsGateway } from "./exceljsGateway";

/** A new, empty workbook (no sheets yet: a change set adds them). */
export function createWorkbook(): ExcelJsGateway {
  return new ExcelJsGateway(new Workbook(), {
    strictOpenXml: false,
    skippedSheets: [],
    saveLosses: [],
  });
}

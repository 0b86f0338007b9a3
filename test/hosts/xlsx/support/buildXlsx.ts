import { Workbook } from "exceljs";

/** An .xlsx file built with ExcelJS's own API, as bytes: fixtures made inside the tests. */
export async function buildXlsx(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import { address } from "../../../src/workbook/a1";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { SeedCell, SeedWorkbook } from "../../hosts/contractCases";

/**
 * What Excel holds for a workbook, or would insert from its file: its sheets' values and
 * visibility, as the .xlsx reader reads them.
 */
export function seedOf(snapshot: WorkbookSnapshot): SeedWorkbook {
  return {
    sheets: snapshot.sheets.map((sheet) => {
      const cells: Record<string, SeedCell> = {};
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          cells[address(sheet.origin.row + r, sheet.origin.column + c)] = { value };
        }),
      );
      return {
        name: sheet.name,
        ...(sheet.visibility ? { visibility: sheet.visibility } : {}),
        cells,
      };
    }),
  };
}

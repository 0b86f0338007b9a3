import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { largePlanSheet, manyMergesSheet } from "./largeSheets";

// Their speed is measured by `npm run bench`, not here.
describe("large sheets", () => {
  test("a 2,000-row sheet is one table with every indicator row", () => {
    const result = readPlanSheet(largePlanSheet());
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].rows.length).toBeGreaterThan(1900);
  });

  test("a sheet with 50,000 merged areas is read whole", () => {
    const sheet = manyMergesSheet();
    expect(sheet.merges.length).toBeGreaterThan(50_000);
    expect(readPlanSheet(sheet).tables[0].rows).toHaveLength(25_000);
  });
});

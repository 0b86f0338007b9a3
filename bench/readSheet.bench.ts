import { readPlanSheet } from "../src/workbook/read/readPlanSheet";
import { largePlanSheet, manyMergesSheet } from "../test/workbook/read/largeSheets";
import { measure, report } from "./measure";

export function benchReadSheet(): void {
  const plan = largePlanSheet();
  report(
    measure("read a 2,000-row plan sheet (find the table, map every row)", () =>
      readPlanSheet(plan),
    ),
    100,
  );
  const merges = manyMergesSheet();
  report(
    measure("read a 25,000-row sheet with 50,000 merged areas", () => readPlanSheet(merges), 3),
  );
}

import { getTemplate } from "../../../src/engine/templates/catalogue";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { changeSet } from "../../../src/workbook/changeSet";
import { demoAllocationSheet } from "../../../src/workbook/demo/demoAllocationSheet";
import { QUAN_7_WARDS } from "../../../src/workbook/demo/demoRoster";
import { wardAllocation } from "../../../src/workbook/demo/wardAllocation";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";

/**
 * Quận 7's plan for 2023 with its allocation sheet, as `chitieu demo` writes it (no figures
 * typed: distribution needs only the plan), read back through the .xlsx gateway.
 */
export async function demoParent(options: { wards?: boolean } = {}): Promise<WorkbookSnapshot> {
  return (await demoParentBook(options)).read();
}

/** The same workbook, as the .xlsx gateway holds it (toBuffer() gives the file). */
export async function demoParentBook(options: { wards?: boolean } = {}) {
  const book = createWorkbook();
  const names = QUAN_7_WARDS.map((w) => w.name);
  const made = templateChanges({
    template: "district-plan",
    unit: "Quận 7",
    year: 2023,
    ...(options.wards ? { subUnits: names.slice(0, 2) } : {}),
  });
  await book.apply(changeSet(made.changes));
  const shares = wardAllocation(
    getTemplate("district-plan"),
    getTemplate("ward-plan"),
    QUAN_7_WARDS,
  );
  await book.apply(
    changeSet(
      demoAllocationSheet(getTemplate("district-plan"), "Quận 7", 2023, shares, {
        sheet: "Giao CT 2023 - Quận 7",
        after: made.sheets[0],
      }),
    ),
  );
  return book;
}

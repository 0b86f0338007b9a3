import { createWorkbook } from "../../../src/hosts/xlsx";
import { changeSet } from "../../../src/workbook/changeSet";
import {
  consolidateSheets,
  sheetsToRead,
} from "../../../src/workbook/consolidate/consolidateSheets";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";

const WARDS = ["Phường Tân Phong", "Phường Tân Hưng", "Phường Bình Thuận"];

/** One workbook: the district's plan, its allocation to three wards, and two wards' sheets. */
async function districtBook() {
  const gateway = createWorkbook();
  const add = async (request: Parameters<typeof templateChanges>[0]) => {
    const existingSheets = (await gateway.listSheets()).map((s) => s.name);
    const made = templateChanges({ ...request, existingSheets });
    await gateway.apply(changeSet(made.changes));
    return made.sheets;
  };
  const [plan] = await add({ template: "district-plan", unit: "Quận 7", year: 2023 });
  const [allocation] = await add({
    template: "target-allocation",
    unit: "Quận 7",
    year: 2023,
    subUnits: WARDS,
  });
  const wards: string[] = [];
  for (const ward of WARDS.slice(0, 2))
    wards.push(...(await add({ template: "ward-plan", unit: ward, year: 2023 })));
  const sheetNames = (await gateway.listSheets()).map((s) => s.name);
  return { gateway, plan, allocation, wards, sheetNames };
}

describe("consolidating sheets of one workbook", () => {
  test("the parent's allocation sheet is read with it: a ward that never came in is named", async () => {
    const book = await districtBook();
    const request = {
      unitSheets: book.wards,
      parentSheet: book.plan,
      sheetNames: book.sheetNames,
      lang: "vi" as const,
    };
    expect(sheetsToRead(request)).toEqual([...book.wards, book.plan, book.allocation]);
    const snapshot = await book.gateway.read({ sheets: sheetsToRead(request) });
    const done = consolidateSheets(snapshot, request);
    const missing = done.result.findings.filter((f) => f.rule === "expected_unit_missing");
    expect(missing.map((f) => f.params.unit)).toEqual(["Phường Bình Thuận"]);
    expect(done.result.units.map((u) => u.unit)).toEqual(WARDS.slice(0, 2));
  });

  test("without a parent sheet, no allocation sheet is read and nobody is expected", async () => {
    const book = await districtBook();
    const request = { unitSheets: book.wards, sheetNames: book.sheetNames, lang: "vi" as const };
    expect(sheetsToRead(request)).toEqual(book.wards);
    const done = consolidateSheets(await book.gateway.read(), request);
    expect(done.result.findings.filter((f) => f.rule === "expected_unit_missing")).toEqual([]);
  });
});

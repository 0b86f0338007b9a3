import { getTemplate } from "../../../src/engine/templates/catalogue";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { parseRange } from "../../../src/workbook/a1";
import { runConsolidation } from "../../../src/taskpane/consolidate/runConsolidation";
import { changeSet } from "../../../src/workbook/changeSet";
import { isOwnConsolidationSheet } from "../../../src/workbook/consolidate/ownedSheets";
import { fillDemoFigures } from "../../../src/workbook/demo/fillDemoFigures";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";
import { StrictExcel } from "../../hosts/office/strictExcel";

const wardNames = (n: number) => Array.from({ length: n }, (_, i) => `Phường ${i + 1}`);

/**
 * An Office workbook (the strict double) with the district's plan and a sheet per ward, made
 * from the templates and filled with a year's figures, each ward sheet carrying a note from an
 * earlier check: what a compiler has after the wards' sheets came in.
 */
async function districtWorkbook(wards: string[]) {
  const excel = new StrictExcel();
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  // The district plan with its wards: the parent's sheet first, then a ward sheet each.
  const made = templateChanges({
    template: "district-plan",
    unit: "Quận 7",
    year: 2023,
    subUnits: wards,
    existingSheets: ["Sheet1"],
  });
  const parent = { sheets: made.sheets.slice(0, 1) };
  const subUnits = { sheets: made.sheets.slice(1) };
  await gateway.apply(changeSet(made.changes));
  const blank = await gateway.read();
  const figures = blank.sheets.flatMap((s, i) =>
    fillDemoFigures(
      s,
      [getTemplate(parent.sheets.includes(s.name) ? "district-plan" : "ward-plan")],
      "year",
      i,
    ),
  );
  const notes = subUnits.sheets.map((sheet) => ({
    kind: "note" as const,
    sheet,
    cell: "B2",
    text: "Số liệu do phường gửi ngày 5/12",
  }));
  await gateway.apply(changeSet([...figures, ...notes]));
  const sheetNames = (await gateway.listSheets()).map((s) => s.name);
  excel.resetRequests();
  return { excel, gateway, parentSheet: parent.sheets[0], unitSheets: subUnits.sheets, sheetNames };
}

describe("consolidating the open workbook's sheets on Office", () => {
  test.each([1, 30])(
    "%i ward sheet(s): one read and one write, 3 requests",
    async (n) => {
      const book = await districtWorkbook(wardNames(n));
      expect(book.unitSheets).toHaveLength(n);
      const done = await runConsolidation(book.gateway, {
        unitSheets: book.unitSheets,
        parentSheet: book.parentSheet,
        sheetNames: book.sheetNames,
        lang: "vi",
      });
      expect(book.excel.syncCount).toBe(3);
      expect(done.result.units.map((u) => u.unit)).toHaveLength(n);
      expect(done.replaced).toEqual([]);
      const summary = book.excel.sheet(done.output.summarySheet);
      expect(summary.name).toBe("Tổng hợp Quận 7");
      expect(book.excel.sheet(done.output.matrixSheet)).toBeDefined();
    },
    60_000,
  );

  test("a ward sheet holding an Excel table costs one request more (its range)", async () => {
    const book = await districtWorkbook(wardNames(2));
    const range = parseRange("A1:B3");
    if (!range) throw new Error("bad range");
    book.excel.sheet(book.unitSheets[0]).tables.push({ name: "Bang1", range, showHeaders: true });
    await runConsolidation(book.gateway, {
      unitSheets: book.unitSheets,
      parentSheet: book.parentSheet,
      sheetNames: book.sheetNames,
      lang: "vi",
    });
    expect(book.excel.syncCount).toBe(4);
  }, 60_000);

  test("a second run replaces its own sheets and never a sheet the user made", async () => {
    const book = await districtWorkbook(wardNames(3));
    // The user's own sheet called "Nguồn", made before any consolidation.
    await book.gateway.apply(
      changeSet([
        { kind: "addSheet", sheet: "Nguồn" },
        { kind: "values", sheet: "Nguồn", anchor: "A1", rows: [["Nguồn vốn"], ["ODA"]] },
      ]),
    );
    const request = {
      unitSheets: book.unitSheets,
      parentSheet: book.parentSheet,
      lang: "vi" as const,
    };
    const names = async () => (await book.gateway.listSheets()).map((s) => s.name);
    const first = await runConsolidation(book.gateway, { ...request, sheetNames: await names() });
    expect(first.output.sourcesSheet).toBe("Nguồn (2)");
    const afterFirst = await names();

    book.excel.resetRequests();
    const second = await runConsolidation(book.gateway, { ...request, sheetNames: afterFirst });
    expect(book.excel.syncCount).toBe(3);
    expect(second.replaced.sort()).toEqual(
      ["Tổng hợp Quận 7", "Nguồn (2)", "Ma trận đánh giá"].sort(),
    );
    expect(await names()).toEqual(afterFirst);
    const users = await book.gateway.read({ sheets: ["Nguồn"] });
    expect(users.sheets[0].values.slice(0, 2)).toEqual([["Nguồn vốn"], ["ODA"]]);
    expect(isOwnConsolidationSheet(users.sheets[0])).toBe(false);
    const own = await book.gateway.read({ sheets: ["Nguồn (2)"] });
    expect(isOwnConsolidationSheet(own.sheets[0])).toBe(true);
  }, 60_000);
});

import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { READ_CELLS } from "../../../src/hosts/office/readShape";
import type { ReadRequest } from "../../../src/hosts/gateway";
import { snapshotCell } from "../contractCases";
import { StrictExcel } from "./strictExcel";

const MB = 1024 * 1024;

/** A 200-row table of 15 columns with two hidden rows, and one stray value far below it. */
function strayCellBook(strayRow: number): StrictExcel {
  const excel = new StrictExcel({
    sheets: [{ name: "Ghi chú", cells: { A1: "x" } }, { name: "KH" }],
  });
  excel.model.activeSheet = "KH";
  const sheet = excel.sheet("KH");
  for (let row = 1; row <= 200; row++) {
    for (let column = 1; column <= 15; column++) {
      sheet.cells.set(`${row},${column}`, { value: row * 100 + column });
    }
  }
  sheet.hiddenRows = new Set([5, 150, strayRow]);
  sheet.cells.set(`${strayRow},1`, { value: "x" });
  return excel;
}

const READS: [string, ReadRequest][] = [
  ["the active sheet", { activeSheet: true }],
  ["sheets by name", { sheets: ["KH", "Ghi chú"] }],
  ["every sheet", {}],
];

describe("Banded reads that are banded", () => {
  // 300,000 rows × 15 columns: 4.5 M cells, whose values Excel gives (some 100 MB, refused by
  // the web); 400,000 rows: 6 M cells, over Excel's 5 M, for which it answers null.
  test.each(
    [300_000, 400_000].flatMap((row) =>
      READS.map(([name, request]) => [row, name, request] as const),
    ),
  )(
    "a stray value at row %i, reading %s: no request asks for more than the budget",
    async (strayRow, _name, request) => {
      const excel = strayCellBook(strayRow);
      const gateway = new OfficeGateway(excel.run, {
        isSetSupported: excel.isSetSupported,
        library: excel.excelLibrary,
      });
      const snapshot = await gateway.read(request);
      const sheet = snapshot.sheets.find((s) => s.name === "KH");
      if (!sheet) throw new Error("KH was not read");
      expect(snapshotCell(sheet, "O200").value).toBe(20015);
      expect(snapshotCell(sheet, `A${strayRow}`).value).toBe("x");
      expect(snapshotCell(sheet, "B1000").value).toBeNull();
      expect(sheet.hiddenRows).toEqual([5, 150, strayRow]);
      // Every request within the budget, none refused: the old read asked for the whole used
      // range first (4.5 M or 6 M cells) and was refused before it read in bands.
      for (const r of excel.requests) {
        expect(r.cellsAsked).toBeLessThanOrEqual(READ_CELLS);
        expect(r.responseBytes).toBeLessThan(4 * MB);
      }
      // The block, one request finding the bands that hold anything among the ~300 below it,
      // and the stray value's band (one more for the listing of a read of every sheet).
      expect(excel.syncCount).toBe(request.activeSheet || request.sheets ? 3 : 4);
    },
  );

  test("the old read is refused on such a sheet: the double fails where Excel fails", async () => {
    // Two columns of 300,000 rows: 600,000 cells, some 14 MB back, refused by the web.
    const excel = new StrictExcel({
      sheets: [{ name: "KH", cells: { A1: 1, B1: 2, A300000: "x" } }],
    });
    const refused = await excel
      .batch(async (context) => {
        const used = context.workbook.worksheets.getItem("KH").getUsedRange(true);
        used.load("values, valueTypes, formulas, numberFormat");
        await context.sync();
      })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.requests[0].cellsAsked).toBe(300_000 * 2);

    const nulls = strayCellBook(400_000);
    const values = await nulls.batch(async (context) => {
      const used = context.workbook.worksheets.getItem("KH").getUsedRange(true);
      used.load("values, formulas, numberFormat");
      await context.sync();
      return [used.values, used.formulas, used.numberFormat];
    });
    expect(values).toEqual([null, null, null]);
  });
});

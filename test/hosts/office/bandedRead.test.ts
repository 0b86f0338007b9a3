import { nextPack, type Band } from "../../../src/hosts/office/bandedRead";
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

describe("nextPack: the rows of many sheets in one request, by their bytes", () => {
  const band = (owner: number, rows: number, columns = 15): Band => ({
    sheet: {} as Excel.Worksheet,
    owner,
    row: 40,
    rows,
    column: 1,
    columns,
    merges: false,
  });
  // [what, bands, bytes a row, the pack (owner:rows), the rows left of the first band left]
  const CASES: [string, Band[], number, string[], number | undefined][] = [
    [
      "168 sheets' 30 rows at 600 B a row (3 MB) fit one request",
      Array.from({ length: 168 }, (_, i) => band(i, 30)),
      600,
      Array.from({ length: 168 }, (_, i) => `${i}:30`),
      undefined,
    ],
    [
      "4 MB at 20,000 B a row: 209 rows, the second sheet cut",
      [band(0, 150), band(1, 150), band(2, 150)],
      20_000,
      ["0:150", "1:59"],
      91,
    ],
    [
      "never more than READ_CELLS cells: 6,666 rows of 15 columns",
      [band(0, 10_000)],
      100,
      ["0:6666"],
      3334,
    ],
    ["a row bigger than 4 MB still goes, alone", [band(0, 5), band(1, 5)], 5 * MB, ["0:1"], 4],
  ];
  test.each(CASES)("%s", (_what, bands, perRow, pack, left) => {
    const next = nextPack(bands, () => perRow);
    expect(next.pack.map((b) => `${b.owner}:${b.rows}`)).toEqual(pack);
    expect(next.rest[0]?.rows).toBe(left);
    // Cut rows go on from where the pack stopped.
    const cut = next.pack[next.pack.length - 1];
    if (next.rest[0]?.owner === cut.owner) expect(next.rest[0].row).toBe(cut.row + cut.rows);
  });
});

import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { REQUEST_BUDGET } from "../../../src/hosts/office/applyChanges";
import { snapshotCell } from "../contractCases";
import { StrictExcel } from "./strictExcel";

const STRAY_ROW = 400_000;

/** A 200-row table of 15 columns with two hidden rows, and one stray value far below it. */
function strayCellBook(): StrictExcel {
  const excel = new StrictExcel({ sheets: [{ name: "KH" }] });
  const sheet = excel.sheet("KH");
  for (let row = 1; row <= 200; row++) {
    for (let column = 1; column <= 15; column++) {
      sheet.cells.set(`${row},${column}`, { value: row * 100 + column });
    }
  }
  sheet.hiddenRows = new Set([5, 150]);
  sheet.cells.set(`${STRAY_ROW},1`, { value: "x" });
  return excel;
}

describe("Banded reads that are banded", () => {
  test("a stray far cell (6 M cells, values null) and hidden rows: every request within budget", async () => {
    const excel = strayCellBook();
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });
    const snapshot = await gateway.read({ activeSheet: true });
    const [sheet] = snapshot.sheets;
    expect(snapshotCell(sheet, "O200").value).toBe(20015);
    expect(snapshotCell(sheet, `A${STRAY_ROW}`).value).toBe("x");
    expect(snapshotCell(sheet, "B1000").value).toBeNull();
    expect(sheet.hiddenRows).toEqual([5, 150]);
    // The first, one-request read is refused; after it, no request is over the budget, and the
    // ~300 empty bands between the table and the stray cell are not read.
    const banded = excel.requests.slice(1);
    expect(banded.every((r) => r.responseBytes <= REQUEST_BUDGET)).toBe(true);
    expect(banded.every((r) => r.requestBytes <= REQUEST_BUDGET)).toBe(true);
    expect(excel.syncCount).toBeLessThanOrEqual(8);
    console.info(
      `stray cell at row ${STRAY_ROW}: ${excel.syncCount} requests; responses ${excel.requests
        .map((r) => (r.responseBytes / 1024).toFixed(0))
        .join(", ")} kB`,
    );
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { CORPUS } from "../../support/corpus";
import { snapshotCell } from "../contractCases";

/**
 * Facts of corpus files that ExcelJS, the reader this one replaced, got wrong: each checked
 * with openpyxl (/usr/bin/python3) or in the part's XML.
 */
function read(file: string): Promise<WorkbookSnapshot> {
  return openXlsx(readFileSync(path.join(CORPUS, file)), { fileName: file }).read();
}

describe("what the corpus files hold, where ExcelJS read it wrong", () => {
  // "#,##0;\-#,##0;;@" in styles.xml (openpyxl: '#,##0;\\-#,##0;;@'); ExcelJS dropped the "\".
  test.each([
    "g02_poi_ConditionalFormattingSamples.xlsx",
    "g03_poi_DataTableCities.xlsx",
    "g07_poi_FormulaEvalTestData_Copy.xlsx",
    "vn05_qlns_dutoan_congkhai_thuchi_to1.xlsx",
    "vn06_qlns_quyettoan_congkhai_04a.xlsx",
    "vn07_qlns_thunop_nsnn_mau_T02N.xlsx",
  ])("%s: number formats keep their backslash escapes", async (file) => {
    const formats = (await read(file)).sheets.flatMap((s) => s.numberFormats.flat());
    expect(formats.some((f) => /\\[-()]/.test(f))).toBe(true);
  });

  test('g14: a cached #DIV/0! (t="e") is the error, not a blank', async () => {
    const snapshot = await read("g14_cal_pivots.xlsx");
    for (const name of ["DataSheet", "DataSheet2"]) {
      const sheet = snapshot.sheets.find((s) => s.name === name);
      expect(sheet && snapshotCell(sheet, "J5").value).toEqual({ error: "#DIV/0!" });
    }
  });

  test("g19: a note written as plain <text><t> (no runs) is read", async () => {
    const snapshot = await read("g19_poi_right-to-left.xlsx");
    expect(snapshot.sheets[0].notes.A3).toMatch(/^\[Threaded comment\]/);
  });

  test("e03: the sheets of a package with backslash part names are read", async () => {
    const snapshot = await read("e03_poi_49609_nonstandard_partnames.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["FAM", "VIC"]);
    expect(snapshotCell(snapshot.sheets[0], "B1").value).toBe("Cycle");
    expect(snapshotCell(snapshot.sheets[0], "B2").value).toBe(1);
  });
});

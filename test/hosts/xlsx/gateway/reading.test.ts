import type { CellValue as ExcelJsValue } from "exceljs";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import type { SheetSnapshot } from "../../../../src/workbook/snapshot";
import { snapshotCell } from "../../contractCases";
import { buildXlsx } from "../support/buildXlsx";
import { minimalXlsxParts, storedZip } from "../support/storedZip";
import { zipEntryText } from "../support/zipEntries";

async function readOne(bytes: Uint8Array, name = "S"): Promise<SheetSnapshot> {
  const snapshot = await (await openWorkbook(bytes)).read({ sheets: [name] });
  return snapshot.sheets[0];
}

/** ExcelJS's typings lack some value shapes it reads and writes (shared formulas, errors). */
const raw = (value: unknown) => value as ExcelJsValue;

describe("XlsxGateway reads values as Excel shows them", () => {
  test("formulas with cached results, percent formats, errors and uncalculated formulas", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = 0.12;
        ws.getCell("A1").numFmt = "0.0%";
        ws.getCell("B1").value = raw({ formula: "A1*100", result: 12 });
        ws.getCell("B1").numFmt = "#,##0.0";
        ws.getCell("C1").value = raw({ formula: "A1/0", result: { error: "#DIV/0!" } });
        ws.getCell("D1").value = raw({ formula: "A1+1" });
        ws.getCell("E1").value = raw({ formula: 'IF(A1>0,"Đạt","")', result: "Đạt" });
        ws.getCell("F1").value = raw({ formula: "A1>0", result: true });
        ws.getCell("G1").value = raw({ error: "#N/A" });
        ws.getCell("H1").value = raw({ formula: '_xlfn.CONCAT(E1,"!")', result: "Đạt!" });
      }),
    );
    expect(snapshotCell(sheet, "A1")).toEqual({ value: 0.12, formula: null, numberFormat: "0.0%" });
    expect(snapshotCell(sheet, "B1")).toEqual({
      value: 12,
      formula: "=A1*100",
      numberFormat: "#,##0.0",
    });
    expect(snapshotCell(sheet, "C1").value).toEqual({ error: "#DIV/0!" });
    expect(snapshotCell(sheet, "D1")).toEqual({
      value: null,
      formula: "=A1+1",
      numberFormat: "General",
    });
    expect(snapshotCell(sheet, "E1").value).toBe("Đạt");
    expect(snapshotCell(sheet, "F1").value).toBe(true);
    expect(snapshotCell(sheet, "G1")).toEqual({
      value: { error: "#N/A" },
      formula: null,
      numberFormat: "General",
    });
    expect(snapshotCell(sheet, "H1").formula).toBe('=CONCAT(E1,"!")');
  });

  test("shared formulas (a formula filled down) read as each cell's own formula", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        [1, 2, 3].forEach((n, i) => (ws.getCell(`A${i + 1}`).value = n));
        ws.getCell("B1").value = raw({
          formula: "A1*2",
          result: 2,
          shareType: "shared",
          ref: "B1:B3",
        });
        ws.getCell("B2").value = raw({ sharedFormula: "B1", result: 4 });
        ws.getCell("B3").value = raw({ sharedFormula: "B1", result: 6 });
      }),
    );
    expect(sheet.formulas.map((row) => row[1])).toEqual(["=A1*2", "=A2*2", "=A3*2"]);
    expect(sheet.values.map((row) => row[1])).toEqual([2, 4, 6]);
  });

  test("dates are Excel serial numbers with their date format, in both date systems", async () => {
    const build = (date1904: boolean) =>
      buildXlsx((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 15));
        ws.getCell("A1").numFmt = "dd/mm/yyyy";
        ws.getCell("A2").value = new Date(Date.UTC(2025, 0, 15, 18));
        ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
        ws.getCell("A3").value = raw({ formula: "A1+1", result: new Date(Date.UTC(2025, 0, 16)) });
        ws.getCell("A3").numFmt = "dd/mm/yyyy";
      });
    const s1900 = await readOne(await build(false));
    expect(s1900.values.map((row) => row[0])).toEqual([45672, 45672.75, 45673]);
    expect(snapshotCell(s1900, "A1").numberFormat).toBe("dd/mm/yyyy");
    const s1904 = await readOne(await build(true));
    expect(s1904.values.map((row) => row[0])).toEqual([44210, 44210.75, 44211]);
  });

  test("rich text and hyperlinks read as their text; empty strings as empty", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = {
          richText: [{ text: "Tổng " }, { text: "cộng", font: { bold: true } }],
        };
        ws.getCell("A2").value = { text: "Cổng thông tin", hyperlink: "https://example.gov.vn" };
        ws.getCell("A3").value = "";
        ws.getCell("A4").value = false;
      }),
    );
    expect(sheet.values.map((row) => row[0])).toEqual(["Tổng cộng", "Cổng thông tin", null, false]);
  });
});

describe("XlsxGateway reads the used range and the sheet's layout", () => {
  test("formats and notes alone don't widen the used range; notes on empty cells are read", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").numFmt = "0%";
        ws.getCell("A1").fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: "FFFFFF00" },
        };
        ws.getCell("C3").value = "x";
        ws.getCell("D4").value = 1;
        ws.getCell("H9").note = "ghi chú ở ô trống";
        ws.getCell("Z40").numFmt = "0.00";
      }),
    );
    expect(sheet.origin).toEqual({ row: 3, column: 3 });
    expect(sheet.values).toEqual([
      ["x", null],
      [null, 1],
    ]);
    expect(sheet.notes).toEqual({ H9: "ghi chú ở ô trống" });
  });

  test("covered cells of a merged area are empty; merges are listed", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = "Toàn huyện";
        ws.mergeCells("A1:C2");
        ws.getCell("A3").value = 1;
      }),
    );
    expect(sheet.merges).toEqual(["A1:C2"]);
    // The used range counts values only: a merged area's covered cells don't widen it.
    expect(sheet.values).toEqual([["Toàn huyện"], [null], [1]]);
  });

  test("hidden rows and columns within the used range, kept when saved again", async () => {
    // As Excel writes them: hidden empty rows are <row hidden="1"/> with no cells.
    const sheetXml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<cols><col min="1" max="1" width="9" hidden="1"/><col min="3" max="3" width="9" hidden="1"/>' +
      '<col min="7" max="7" width="9" hidden="1"/></cols><sheetData>' +
      '<row r="1" hidden="1"/><row r="2"><c r="B2"><v>1</v></c></row>' +
      '<row r="3" hidden="1"/><row r="4" hidden="1"><c r="C4" s="0"/></row>' +
      '<row r="6"><c r="E6"><v>2</v></c></row><row r="9" hidden="1"/></sheetData></worksheet>';
    const gateway = await openWorkbook(storedZip(minimalXlsxParts({ sheetXml })));
    const sheet = (await gateway.read()).sheets[0];
    expect(sheet.hiddenRows).toEqual([3, 4]);
    expect(sheet.hiddenColumns).toEqual([3]);
    const again = (await (await openWorkbook(await gateway.toBuffer())).read()).sheets[0];
    expect(again.hiddenRows).toEqual([3, 4]);
    expect(again.hiddenColumns).toEqual([3]);
  });

  test("tables: name, range with header and totals rows, header flag", async () => {
    const sheet = await readOne(
      await buildXlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.addTable({
          name: "KeHoach",
          ref: "B3",
          headerRow: true,
          totalsRow: true,
          columns: [{ name: "Chỉ tiêu" }, { name: "Kế hoạch", totalsRowFunction: "sum" }],
          rows: [
            ["Thu ngân sách", 100],
            ["Chi ngân sách", 80],
          ],
        });
      }),
    );
    expect(sheet.tables).toEqual([{ name: "KeHoach", range: "B3:C6", showHeaders: true }]);
    expect(snapshotCell(sheet, "B3").value).toBe("Chỉ tiêu");
  });

  test("sheets by name without regard to case; listSheets in tab order with visibility", async () => {
    const gateway = await openWorkbook(
      await buildXlsx((wb) => {
        wb.addWorksheet("Phường 1").getCell("A1").value = 1;
        wb.addWorksheet("Ẩn", { state: "hidden" });
      }),
    );
    expect(await gateway.listSheets()).toEqual([
      { name: "Phường 1", visibility: "visible" },
      { name: "Ẩn", visibility: "hidden" },
    ]);
    const snapshot = await gateway.read({ sheets: ["PHƯỜNG 1"] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Phường 1"]);
  });

  test("a 2,000 × 15 sheet reads whole, cached formula results included", async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 2000; r++) {
        const row = ws.getRow(r);
        for (let c = 1; c <= 15; c++) {
          row.getCell(c).value =
            c === 2
              ? `Chỉ tiêu ${r}`
              : c === 15
                ? raw({ formula: `C${r}/D${r}`, result: 1.05 })
                : r * c;
        }
      }
    });
    const gateway = await openWorkbook(bytes);
    const sheet = (await gateway.read()).sheets[0];
    expect(sheet.values).toHaveLength(2000);
    expect(sheet.values[1999][14]).toBe(1.05);
    expect(sheet.formulas[1999][14]).toBe("=C2000/D2000");
  });
});

describe("XlsxGateway reads the active sheet alone when asked", () => {
  /** Three sheets; the second is the active tab, as Excel saves it. */
  async function threeSheets(): Promise<Uint8Array> {
    return buildXlsx((wb) => {
      wb.addWorksheet("Phường 1").getCell("A1").value = 1;
      const active = wb.addWorksheet("Tổng hợp");
      active.getCell("C3").value = "Chỉ tiêu";
      active.getCell("C4").value = 12;
      wb.addWorksheet("Phường 2").getCell("A1").value = 2;
      wb.views = [
        {
          x: 0,
          y: 0,
          width: 12000,
          height: 24000,
          firstSheet: 0,
          activeTab: 1,
          visibility: "visible",
        },
      ];
    });
  }

  test("activeSheet reads that sheet only, and wins over sheets", async () => {
    const gateway = await openWorkbook(await threeSheets());
    const snapshot = await gateway.read({ activeSheet: true });
    expect(snapshot.activeSheet).toBe("Tổng hợp");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(snapshotCell(snapshot.sheets[0], "C4").value).toBe(12);
    const both = await gateway.read({ activeSheet: true, sheets: ["Phường 1", "Phường 2"] });
    expect(both.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
  });

  test("activeSheet: false reads as if it were not given", async () => {
    const gateway = await openWorkbook(await threeSheets());
    const all = await gateway.read({ activeSheet: false });
    expect(all.sheets.map((s) => s.name)).toEqual(["Phường 1", "Tổng hợp", "Phường 2"]);
    const named = await gateway.read({ activeSheet: false, sheets: ["Phường 2"] });
    expect(named.sheets.map((s) => s.name)).toEqual(["Phường 2"]);
  });
});

describe("sheets ExcelJS does not load", () => {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A chart sheet first, then "KH" (active, with print titles), as Excel writes them. */
  function chartFirst(): Uint8Array {
    const parts = minimalXlsxParts({});
    parts["xl/workbook.xml"] =
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<bookViews><workbookView activeTab="1"/></bookViews><sheets>' +
      '<sheet name="Biểu đồ" sheetId="2" r:id="rId2"/><sheet name="KH" sheetId="1" r:id="rId1"/>' +
      '</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">KH!$3:$4</definedName>' +
      "</definedNames></workbook>";
    parts["xl/_rels/workbook.xml.rels"] =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
      "</Relationships>";
    return storedZip(parts);
  }

  test("a chart sheet is skipped but listed; the active sheet and print titles stay with KH", async () => {
    const gateway = await openWorkbook(chartFirst());
    expect(gateway.info.skippedSheets).toEqual([
      { name: "Biểu đồ", kind: "chartsheet", visibility: "visible" },
    ]);
    expect(await gateway.listSheets()).toEqual([{ name: "KH", visibility: "visible" }]);
    const snapshot = await gateway.read();
    expect(snapshot.activeSheet).toBe("KH");
    // Saved, the chart sheet stays, and so do the print titles and the active tab pointing at KH.
    const bytes = await gateway.toBuffer();
    const workbook = zipEntryText(bytes, "xl/workbook.xml");
    expect(workbook).toContain('<sheet name="Biểu đồ" sheetId="2" r:id="rId2"/>');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">KH!$3:$4</definedName>',
    );
    expect(workbook).toMatch(/activeTab="1"/);
  });
});

describe("a gateway opened to be read once (the command line's)", () => {
  test("reads the same snapshot again, and after a change, what the change wrote", async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Chỉ tiêu";
      ws.getCell("B2").value = 42;
      wb.addWorksheet("T").getCell("C3").value = "x";
    });
    const once = await openWorkbook(bytes, { readOnce: true });
    const first = await once.read();
    expect(first).toEqual(await (await openWorkbook(bytes)).read());
    expect(await once.read()).toEqual(first);
    expect(await once.read({ sheets: ["T"] })).toEqual({
      ...first,
      sheets: [first.sheets[1]],
    });
    await once.apply({ changes: [{ kind: "values", sheet: "S", anchor: "B2", rows: [[43]] }] });
    expect(snapshotCell((await once.read({ sheets: ["S"] })).sheets[0], "B2").value).toBe(43);
    expect(await once.listSheets()).toEqual([
      { name: "S", visibility: "visible" },
      { name: "T", visibility: "visible" },
    ]);
  });
});

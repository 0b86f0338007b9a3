import type { CellValue as ExcelJsValue, Style } from "exceljs";
import { Workbook } from "exceljs";
import { ChangeSetError } from "../../../../src/hosts/xlsx";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import type { XlsxGateway } from "../../../../src/hosts/xlsx";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import type { Change } from "../../../../src/workbook/changeSet";
import type { SheetSnapshot } from "../../../../src/workbook/snapshot";
import { snapshotCell, TRICKY_TEXT } from "../../contractCases";
import { buildXlsx } from "../support/buildXlsx";
import { seedXlsx } from "../support/seedWorkbook";
import { sheetXml, zipEntryText } from "../support/zipEntries";

/** Applies the changes, saves, and opens the saved bytes again. */
async function applySaveReopen(gateway: XlsxGateway, changes: Change[]) {
  await gateway.apply({ changes });
  const bytes = await gateway.toBuffer();
  return { bytes, reopened: await openWorkbook(bytes) };
}

async function sheetOf(gateway: XlsxGateway, name: string): Promise<SheetSnapshot> {
  return (await gateway.read({ sheets: [name] })).sheets[0];
}

/** The saved file as ExcelJS itself reads it, for what a snapshot does not show. */
async function excelJs(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A cell's style as ExcelJS reads it back (plain data; findCell creates nothing). */
function savedStyle(
  workbook: Workbook,
  sheet: string,
  column: number,
  row: number,
): Partial<Style> {
  return workbook.getWorksheet(sheet)?.findCell(row, column)?.style ?? {};
}

async function plan(): Promise<XlsxGateway> {
  return openWorkbook(
    await seedXlsx({
      sheets: [
        {
          name: "KH",
          cells: {
            A1: "KẾ HOẠCH NĂM 2025",
            A3: "Chỉ tiêu",
            B3: "Kế hoạch",
            C3: "Thực hiện",
            A4: "Tăng trưởng",
            B4: { value: 0.12, numberFormat: "0.0%" },
            C4: { value: 0.125, numberFormat: "0.0%" },
          },
          merges: ["A1:C1"],
        },
        { name: "Ghi chú", cells: { A1: 1 } },
      ],
    }),
  );
}

async function expectRejected(
  gateway: XlsxGateway,
  changes: Change[],
  code: ChangeSetError["code"],
): Promise<void> {
  const before = JSON.stringify(await gateway.read());
  const error = await gateway.apply({ changes }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ChangeSetError);
  expect((error as ChangeSetError).code).toBe(code);
  expect(JSON.stringify(await gateway.read())).toBe(before);
}

describe("values", () => {
  test("text starting with = stays text after saving: a shared string, no <f> in the XML", async () => {
    const gateway = await plan();
    const rows = TRICKY_TEXT.map((t) => [t]);
    const { bytes, reopened } = await applySaveReopen(gateway, [
      { kind: "values", sheet: "KH", anchor: "E1", rows },
    ]);
    const sheet = await sheetOf(reopened, "KH");
    TRICKY_TEXT.forEach((text, i) => {
      expect(snapshotCell(sheet, `E${i + 1}`)).toEqual({
        value: text,
        formula: null,
        numberFormat: "General",
      });
    });
    const xml = sheetXml(bytes, "KH");
    expect(xml).not.toContain("<f>");
    // Written as an inline string: text, never a formula.
    expect(xml).toMatch(/<c r="E1" t="inlineStr"><is><t>=SUM\(A1\)<\/t><\/is><\/c>/);
  });

  test("numbers, booleans and null; null keeps the cell's number format", async () => {
    const gateway = await plan();
    const { reopened } = await applySaveReopen(gateway, [
      { kind: "values", sheet: "KH", anchor: "B4", rows: [[null, 0.5, true]] },
    ]);
    const sheet = await sheetOf(reopened, "KH");
    expect(snapshotCell(sheet, "B4")).toEqual({ value: null, formula: null, numberFormat: "0.0%" });
    expect(snapshotCell(sheet, "C4")).toEqual({ value: 0.5, formula: null, numberFormat: "0.0%" });
    expect(snapshotCell(sheet, "D4").value).toBe(true);
  });

  test("overwriting the first cell of a filled-down formula keeps the others' formulas", async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      [1, 2, 3].forEach((n, i) => (ws.getCell(`A${i + 1}`).value = n));
      const shared = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" };
      ws.getCell("B1").value = shared as unknown as ExcelJsValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as unknown as ExcelJsValue;
      ws.getCell("B3").value = { sharedFormula: "B1", result: 6 } as unknown as ExcelJsValue;
    });
    const { reopened } = await applySaveReopen(await openWorkbook(bytes), [
      { kind: "values", sheet: "S", anchor: "B1", rows: [["đã sửa"]] },
    ]);
    const sheet = await sheetOf(reopened, "S");
    expect(sheet.values.map((r) => r[1])).toEqual(["đã sửa", 4, 6]);
    expect(sheet.formulas.map((r) => r[1])).toEqual([null, "=A2*2", "=A3*2"]);
  });

  test("a value into a covered cell of a merged area is refused before anything is written", async () => {
    await expectRejected(
      await plan(),
      [
        { kind: "values", sheet: "KH", anchor: "A5", rows: [["đúng"]] },
        { kind: "values", sheet: "KH", anchor: "B1", rows: [["sai"]] },
      ],
      "merged_cell",
    );
  });

  test("bad values and addresses are refused", async () => {
    const gateway = await plan();
    await expectRejected(
      gateway,
      [{ kind: "values", sheet: "KH", anchor: "A0", rows: [[1]] }],
      "bad_address",
    );
    await expectRejected(
      gateway,
      [{ kind: "values", sheet: "KH", anchor: "A1", rows: [[NaN]] }],
      "bad_value",
    );
    await expectRejected(
      gateway,
      [{ kind: "values", sheet: "KH", anchor: "XFD1", rows: [[1, 2]] }],
      "bad_address",
    );
  });
});

describe("sheets", () => {
  test("addSheet refuses a name that exists (any case) or that Excel refuses", async () => {
    const gateway = await plan();
    await expectRejected(gateway, [{ kind: "addSheet", sheet: "kh" }], "sheet_exists");
    await expectRejected(gateway, [{ kind: "addSheet", sheet: "Q1/2025" }], "bad_sheet_name");
    await expectRejected(gateway, [{ kind: "addSheet", sheet: "x".repeat(32) }], "bad_sheet_name");
    await expectRejected(
      gateway,
      [{ kind: "addSheet", sheet: "Mới", after: "Không có" }],
      "unknown_sheet",
    );
  });

  test("a change on a sheet that does not exist fails before any change is written", async () => {
    await expectRejected(
      await plan(),
      [
        { kind: "addSheet", sheet: "Tổng hợp" },
        { kind: "values", sheet: "Không có", anchor: "A1", rows: [[1]] },
      ],
      "unknown_sheet",
    );
  });

  test("hiding the active sheet moves the active tab; the last visible sheet can't be hidden", async () => {
    const gateway = await plan();
    await gateway.apply({ changes: [{ kind: "activate", sheet: "KH" }] });
    const { reopened, bytes } = await applySaveReopen(gateway, [
      { kind: "hideSheet", sheet: "KH", veryHidden: true },
    ]);
    const snapshot = await reopened.read();
    expect(snapshot.activeSheet).toBe("Ghi chú");
    expect(snapshot.sheets[0].visibility).toBe("veryHidden");
    expect(zipEntryText(bytes, "xl/workbook.xml")).toContain('state="veryHidden"');
    await expectRejected(
      reopened,
      [{ kind: "hideSheet", sheet: "Ghi chú", veryHidden: false }],
      "no_visible_sheet",
    );
    await expectRejected(reopened, [{ kind: "activate", sheet: "KH" }], "hidden_sheet");
  });

  test("activate and select: one selected tab, the active cell in the sheet view", async () => {
    const gateway = await plan();
    await gateway.select("Ghi chú", "B7");
    const bytes = await gateway.toBuffer();
    expect(zipEntryText(bytes, "xl/workbook.xml")).toMatch(/activeTab="1"/);
    expect(sheetXml(bytes, "Ghi chú")).toMatch(/tabSelected="1"/);
    expect(sheetXml(bytes, "Ghi chú")).toMatch(/<selection activeCell="B7" sqref="B7"\/>/);
    expect(sheetXml(bytes, "KH")).not.toMatch(/tabSelected="1"/);
    expect((await (await openWorkbook(bytes)).read()).activeSheet).toBe("Ghi chú");
  });

  test("a new workbook: sheets added by a change set, saved and read back", async () => {
    const gateway = createWorkbook();
    await expect(gateway.toBuffer()).rejects.toThrow(/at least one sheet/);
    const { reopened } = await applySaveReopen(gateway, [
      { kind: "addSheet", sheet: "Kế hoạch" },
      { kind: "addSheet", sheet: "Đầu", after: undefined },
      { kind: "values", sheet: "Kế hoạch", anchor: "A1", rows: [["Chỉ tiêu", "Kế hoạch"]] },
      { kind: "activate", sheet: "Kế hoạch", cell: "A2" },
    ]);
    const snapshot = await reopened.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Đầu"]);
    expect(snapshot.activeSheet).toBe("Kế hoạch");
    expect(snapshot.sheets[0].values).toEqual([["Chỉ tiêu", "Kế hoạch"]]);
  });
});

describe("style", () => {
  test("fill, font, number format, alignment and thin borders, written as Excel styles", async () => {
    const gateway = await plan();
    const { bytes } = await applySaveReopen(gateway, [
      {
        kind: "style",
        sheet: "KH",
        range: "A3:C3",
        style: {
          fill: "#C6EFCE",
          fontColor: "#006100",
          bold: true,
          italic: true,
          fontSize: 12,
          numberFormat: "#,##0.0",
          horizontal: "center",
          vertical: "middle",
          wrap: true,
          border: true,
        },
      },
    ]);
    const cell = savedStyle(await excelJs(bytes), "KH", 2, 3);
    expect(cell.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
    });
    expect(cell.font).toMatchObject({
      bold: true,
      italic: true,
      size: 12,
      color: { argb: "FF006100" },
    });
    expect(cell.numFmt).toBe("#,##0.0");
    expect(cell.alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    expect(cell.border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
    const styles = zipEntryText(bytes, "xl/styles.xml") ?? "";
    expect(styles).toContain('<fgColor rgb="FFC6EFCE"/>');
    expect(styles).toContain('vertical="center"');
  });

  test("font changes keep the cell's other font properties; other cells of the same style are untouched", async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      for (const a1 of ["A1", "A2"]) {
        ws.getCell(a1).value = a1;
        ws.getCell(a1).font = { name: "Times New Roman", size: 13, underline: true };
        ws.getCell(a1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      }
    });
    const gateway = await openWorkbook(bytes);
    const { bytes: saved } = await applySaveReopen(gateway, [
      {
        kind: "style",
        sheet: "S",
        range: "A1",
        style: { bold: true, fontColor: "#9C0006", fill: null },
      },
    ]);
    const ws = (await excelJs(saved)).getWorksheet("S")!;
    expect(ws.getCell("A1").font).toMatchObject({
      name: "Times New Roman",
      size: 13,
      underline: true,
      bold: true,
      color: { argb: "FF9C0006" },
    });
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "none" });
    expect(ws.getCell("A2").font.bold).toBeFalsy();
    expect(ws.getCell("A2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    });
  });

  test("bad colours are refused", async () => {
    await expectRejected(
      await plan(),
      [{ kind: "style", sheet: "KH", range: "A1", style: { fill: "green" } }],
      "bad_value",
    );
  });
});

describe("clear, note, merge", () => {
  test("clear empties values and formats and unmerges what it touches", async () => {
    const gateway = await plan();
    const { reopened } = await applySaveReopen(gateway, [
      { kind: "clear", sheet: "KH", range: "B1:C4" },
    ]);
    const sheet = await sheetOf(reopened, "KH");
    expect(sheet.merges).toEqual([]);
    expect(snapshotCell(sheet, "A1").value).toBe("KẾ HOẠCH NĂM 2025");
    expect(snapshotCell(sheet, "C4")).toEqual({
      value: null,
      formula: null,
      numberFormat: "General",
    });
    expect(snapshotCell(sheet, "A4").value).toBe("Tăng trưởng");
  });

  test("merge: an identical merge is a no-op; an overlapping one is refused", async () => {
    const gateway = await plan();
    await gateway.apply({ changes: [{ kind: "merge", sheet: "KH", range: "A1:C1" }] });
    expect((await sheetOf(gateway, "KH")).merges).toEqual(["A1:C1"]);
    await expectRejected(
      gateway,
      [{ kind: "merge", sheet: "KH", range: "C1:D2" }],
      "merge_overlap",
    );
    // Clearing first makes room, within one change set.
    await gateway.apply({
      changes: [
        { kind: "clear", sheet: "KH", range: "A1:C1" },
        { kind: "merge", sheet: "KH", range: "C1:D2" },
      ],
    });
    expect((await sheetOf(gateway, "KH")).merges).toEqual(["C1:D2"]);
  });

  test("notes are written to the comments part and read back", async () => {
    const { bytes, reopened } = await applySaveReopen(await plan(), [
      { kind: "note", sheet: "KH", cell: "C4", text: "Số liệu ước tính" },
      { kind: "note", sheet: "KH", cell: "F9", text: "Ô trống" },
    ]);
    expect((await sheetOf(reopened, "KH")).notes).toEqual({
      C4: "Số liệu ước tính",
      F9: "Ô trống",
    });
    expect(zipEntryText(bytes, "xl/comments1.xml")).toContain("Số liệu ước tính");
  });
});

describe("layout", () => {
  test("column widths, freeze panes, print setup", async () => {
    const gateway = await plan();
    const { bytes } = await applySaveReopen(gateway, [
      { kind: "columnWidths", sheet: "KH", widths: { A: 40, c: 12.5 } },
      { kind: "freeze", sheet: "KH", rows: 3, columns: 1 },
      { kind: "rowHeights", sheet: "KH", heights: { 3: 30, 70: 45.75 } },
      {
        kind: "print",
        sheet: "KH",
        setup: { orientation: "landscape", paper: "A4", titleRows: "$3:$3", fitToWidth: true },
      },
    ]);
    const xml = sheetXml(bytes, "KH");
    expect(xml).toMatch(/<col min="1" max="1" width="40" customWidth="1"\/>/);
    expect(xml).toMatch(/<col min="3" max="3" width="12.5" customWidth="1"\/>/);
    expect(xml).toMatch(
      /<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"\/>/,
    );
    expect(xml).toMatch(/<row r="3"[^>]* ht="30" customHeight="1"[^>]*>/);
    expect(xml).toMatch(/<row r="70" ht="45.75" customHeight="1">/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const pageSetup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
    for (const attribute of [
      'paperSize="9"',
      'orientation="landscape"',
      'fitToWidth="1"',
      'fitToHeight="0"',
    ])
      expect(pageSetup).toContain(attribute);
    expect(zipEntryText(bytes, "xl/workbook.xml")).toMatch(
      /<definedName name="_xlnm\.Print_Titles" localSheetId="0">(&apos;|')KH(&apos;|')!\$3:\$3<\/definedName>/,
    );

    const { bytes: unfrozen } = await applySaveReopen(await openWorkbook(bytes), [
      { kind: "freeze", sheet: "KH", rows: 0, columns: 0 },
    ]);
    expect(sheetXml(unfrozen, "KH")).not.toContain("<pane");
  });

  test("print area of two ranges, one page tall, narrow margins; a second run replaces them", async () => {
    const gateway = await plan();
    const print = (area: string): Change => ({
      kind: "print",
      sheet: "KH",
      setup: {
        orientation: "portrait",
        paper: "A4",
        titleRows: "3",
        fitToWidth: true,
        fitToHeight: true,
        area,
        margins: "narrow",
      },
    });
    const { bytes } = await applySaveReopen(gateway, [print("A1:E4, $G$3:$H$5")]);
    const xml = sheetXml(bytes, "KH");
    const pageSetup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
    expect(pageSetup).toContain('fitToWidth="1"');
    expect(pageSetup).toContain('fitToHeight="1"');
    expect(xml).toMatch(/<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75"/);
    expect(xml.indexOf("<pageMargins")).toBeLessThan(xml.indexOf("<pageSetup"));
    const area =
      /<definedName name="_xlnm\.Print_Area" localSheetId="0">(?:&apos;|')KH(?:&apos;|')!\$A\$1:\$E\$4,(?:&apos;|')KH(?:&apos;|')!\$G\$3:\$H\$5<\/definedName>/;
    expect(zipEntryText(bytes, "xl/workbook.xml")).toMatch(area);

    const { bytes: again } = await applySaveReopen(await openWorkbook(bytes), [print("B2:C3")]);
    const workbook = zipEntryText(again, "xl/workbook.xml") ?? "";
    expect(workbook.match(/_xlnm\.Print_Area/g)).toHaveLength(1);
    expect(workbook).toMatch(/!\$B\$2:\$C\$3<\/definedName>/);
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
  });

  test("a print area that is not ranges is refused", async () => {
    const gateway = await plan();
    await expect(
      gateway.apply({
        changes: [
          {
            kind: "print",
            sheet: "KH",
            setup: { orientation: "portrait", paper: "A4", area: "A1:B2,nowhere" },
          },
        ],
      }),
    ).rejects.toThrow(ChangeSetError);
  });

  test("list validation: a typed list on the range, replacing what the range had", async () => {
    const gateway = await plan();
    await gateway.apply({
      changes: [{ kind: "listValidation", sheet: "KH", range: "B4:B40", list: ["cũ"] }],
    });
    const { bytes } = await applySaveReopen(gateway, [
      {
        kind: "listValidation",
        sheet: "KH",
        range: "B10:C50",
        list: ["≥", "≤", "khoảng", "hoàn thành", 'a"b'],
      },
    ]);
    const xml = sheetXml(bytes, "KH");
    expect(xml).toContain(
      'sqref="B10:C50"><formula1>&quot;≥,≤,khoảng,hoàn thành,a&quot;&quot;b&quot;</formula1>',
    );
    expect(xml).toContain('sqref="B4:B9"><formula1>&quot;cũ&quot;</formula1>');
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B10:C50">/,
    );
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
  });

  test("list validation refuses items with commas and lists over 255 characters", async () => {
    const gateway = await plan();
    await expectRejected(
      gateway,
      [{ kind: "listValidation", sheet: "KH", range: "B4", list: ["tăng, giảm"] }],
      "bad_list",
    );
    await expectRejected(
      gateway,
      [{ kind: "listValidation", sheet: "KH", range: "B4", list: Array(60).fill("khoảng") }],
      "bad_list",
    );
    await expectRejected(
      gateway,
      [{ kind: "listValidation", sheet: "KH", range: "B4", list: [] }],
      "bad_list",
    );
  });

  // Before the fix this took minutes; jest's timeout is the guard, the bench has the figures.
  test("a validation over a whole column loads, saves and keeps its range", async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Loại";
      const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
        .dataValidations.model;
      model["B1:B1048576"] = { type: "list", allowBlank: true, formulae: ['"≥,≤"'] };
      model["D1:XFD1048576"] = { type: "list", allowBlank: true, formulae: ['"x"'] };
    });
    const gateway = await openWorkbook(bytes);
    const saved = await gateway.toBuffer();
    const xml = sheetXml(saved, "S");
    expect(xml).toContain('sqref="B1:B1048576"');
    expect(xml).toContain('sqref="D1:XFD1048576"');
  });
});

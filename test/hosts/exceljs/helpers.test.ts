import { disjointMerges } from "../../../src/hosts/exceljs/disjointMerges";
import { dateToSerial } from "../../../src/hosts/exceljs/excelSerial";
import { listFormula } from "../../../src/hosts/exceljs/listFormula";
import { subtract } from "../../../src/hosts/exceljs/rangeMath";
import { repairTableXml } from "../../../src/hosts/exceljs/repairTableXml";
import { sheetNameProblem } from "../../../src/hosts/exceljs/sheetNames";
import { sniffContainer } from "../../../src/hosts/exceljs/sniffContainer";
import { fillTableDefaults } from "../../../src/hosts/exceljs/tableModelDefaults";
import {
  normalizeSqref,
  placeholdValidations,
  restoreValidations,
} from "../../../src/hosts/exceljs/validationPlaceholders";
import { parseRange, rangeAddress } from "../../../src/workbook/a1";

describe("repairTableXml", () => {
  const table = (inner: string, attributes = "") =>
    `<table xmlns="m" id="1" name="T" displayName="T" ref="A1:C5"${attributes}>${inner}</table>`;

  test("a missing headerRowCount is the default, 1; a given one is kept", () => {
    expect(repairTableXml(table(""))).toContain('<table headerRowCount="1" xmlns="m"');
    expect(repairTableXml(table("", ' headerRowCount="0"'))).not.toContain('headerRowCount="1"');
  });

  test("tableColumn children are dropped, so every column is parsed", () => {
    const xml = repairTableXml(
      table(
        '<tableColumns count="3"><tableColumn id="1" name="A"/>' +
          '<tableColumn id="2" name="B"><calculatedColumnFormula>T[[#This Row],[A]]*2</calculatedColumnFormula></tableColumn>' +
          '<tableColumn id="3" name="C" totalsRowFunction="custom"><totalsRowFormula>SUM(T[C])</totalsRowFormula><extLst><ext uri="x"/></extLst></tableColumn>' +
          "</tableColumns>",
      ),
    );
    expect(xml).toContain(
      '<tableColumns count="3"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/><tableColumn id="3" name="C"/></tableColumns>',
    );
  });

  test("filter buttons: a missing hiddenButton is 0; filters ExcelJS can't parse keep their column", () => {
    const xml = repairTableXml(
      table(
        '<autoFilter ref="A1:C5"><filterColumn colId="0" hiddenButton="1"/>' +
          '<filterColumn colId="1"><filters><filter val="x"/></filters></filterColumn>' +
          '<filterColumn colId="2"><iconFilter iconSet="3Arrows" iconId="0"/></filterColumn></autoFilter>',
      ),
    );
    expect(xml).toContain('<filterColumn colId="0" hiddenButton="1"/>');
    expect(xml).toContain(
      '<filterColumn colId="1" hiddenButton="0"><filters><filter val="x"/></filters></filterColumn>',
    );
    expect(xml).toContain('<filterColumn colId="2" hiddenButton="0"/>');
  });

  test("fillTableDefaults shows buttons of unfiltered columns and gives filterless tables an autoFilter", () => {
    const filtered = {
      autoFilterRef: "A1:B5",
      headerRow: true,
      columns: [{}, { filterButton: false }],
    };
    fillTableDefaults(filtered);
    expect(filtered.columns).toEqual([{ filterButton: true }, { filterButton: false }]);
    const plain = { tableRef: "A1:B6", headerRow: true, totalsRow: true, columns: [{}, {}] };
    fillTableDefaults(plain);
    expect(plain).toMatchObject({
      autoFilterRef: "A1:B5",
      columns: [{ filterButton: false }, { filterButton: false }],
    });
  });
});

describe("validation placeholders", () => {
  test("each sqref becomes a placeholder cell and comes back as its areas", () => {
    const sheet =
      '<worksheet><sheetData/><dataValidations count="2">' +
      '<dataValidation type="list" sqref="$B$1:$B$1048576 D4"><formula1>"a,b"</formula1></dataValidation>' +
      "<dataValidation type=\"whole\" sqref='A2'><formula1>1</formula1></dataValidation>" +
      "</dataValidations></worksheet>";
    const { xml, areas } = placeholdValidations(sheet);
    expect(xml).toContain('<dataValidation type="list" sqref="A1">');
    expect(xml).toContain('<dataValidation type="whole" sqref="A2">');
    expect([...areas]).toEqual([
      ["A1", ["B1:B1048576", "D4"]],
      ["A2", ["A2"]],
    ]);
    const list = { type: "list" };
    const whole = { type: "whole" };
    const model: Record<string, unknown> = { A1: list, A2: whole };
    restoreValidations(model, areas);
    expect(model).toEqual({ "B1:B1048576": list, D4: list, A2: whole });
  });

  test("a sheet without validations is passed through untouched", () => {
    const sheet = "<worksheet><sheetData/></worksheet>";
    expect(placeholdValidations(sheet)).toEqual({ xml: sheet, areas: new Map() });
    expect(normalizeSqref("A1:A1 $C$3:$D$4 bad")).toEqual(["A1", "C3:D4"]);
  });
});

describe("small helpers", () => {
  test("dateToSerial inverts ExcelJS's date conversion in both date systems", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)), false)).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(2025, 0, 15, 6)), false)).toBe(45672.25);
    expect(dateToSerial(new Date(Date.UTC(2025, 0, 15)), true)).toBe(44210);
  });

  test("subtract leaves the rest of a rectangle as up to four rectangles", () => {
    const r = (text: string) => parseRange(text)!;
    const show = (text: string, minus: string) =>
      subtract(r(text), r(minus)).map((x) => rangeAddress(x.start, x.end));
    expect(show("A1:E5", "B2:C3")).toEqual(["A1:E1", "A4:E5", "A2:A3", "D2:E3"]);
    expect(show("B4:B40", "B10:C50")).toEqual(["B4:B9"]);
    expect(show("A1:A3", "C1:C3")).toEqual(["A1:A3"]);
  });

  test("disjointMerges keeps the first of overlapping merges and drops unreadable ones", () => {
    expect(disjointMerges(["A1:B2", "B2:C3", "$D$1:$E$1", "nonsense"])).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ]);
  });

  test("sheet names follow Excel's rules", () => {
    expect(sheetNameProblem("Tổng hợp 2025")).toBeUndefined();
    expect(sheetNameProblem("")).toBeDefined();
    expect(sheetNameProblem("KH[1]")).toBeDefined();
    expect(sheetNameProblem("'KH")).toBeDefined();
    expect(sheetNameProblem("history")).toBeDefined();
  });

  test("listFormula quotes the list and doubles quotes inside items", () => {
    expect(listFormula(["≥", 'a"b'])).toBe('"≥,a""b"');
  });

  test("sniffContainer tells containers by their first bytes", () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(sniffContainer(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe("zip");
    expect(sniffContainer(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe("cfb");
    expect(sniffContainer(new TextEncoder().encode("  <?xml version='1.0'?>"))).toBe("markup");
    expect(sniffContainer(bytes(0xff, 0xfe, 0x3c, 0x00))).toBe("markup");
    expect(sniffContainer(bytes())).toBe("empty");
    expect(sniffContainer(bytes(1, 2, 3))).toBe("other");
  });
});

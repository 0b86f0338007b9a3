import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WorkbookOpenError } from "../../../src/hosts/xlsx";
import { openXlsx } from "../../../src/hosts/xlsx";
import { snapshotCell } from "../contractCases";
import { minimalXlsx } from "./support/minimalXlsx";
import { rawEntry, rawZip } from "./support/rawZip";

function refusal(bytes: Uint8Array): WorkbookOpenError {
  try {
    openXlsx(bytes, { fileName: "t.xlsx" });
  } catch (error) {
    if (error instanceof WorkbookOpenError) return error;
    throw error;
  }
  throw new Error("the file was read");
}

const readSheet = async (bytes: Uint8Array) => (await openXlsx(bytes).read()).sheets[0];

describe("files that must be refused get one WorkbookOpenError each", () => {
  test("a zip bomb: refused in well under a second", () => {
    const layer = rawEntry("xl/worksheets/sheet1.xml", new Uint8Array(128 * 1024 * 1024));
    const bomb = rawZip(Array.from({ length: 10 }, (_, i) => ({ ...layer, name: `xl/x${i}.xml` })));
    const started = Date.now();
    const error = refusal(bomb);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("unsupported");
  });

  test("billion laughs and any DOCTYPE: refused as damaged XML", () => {
    const laughs =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const error = refusal(minimalXlsx({ override: { "xl/worksheets/sheet1.xml": laughs } }));
    expect(error.code).toBe("corrupt");
    expect(error.detail).toContain("DOCTYPE");
    expect(error.messageVi).toContain("bị hỏng");
  });

  test("a truncated zip", () => {
    const bytes = minimalXlsx();
    expect(refusal(bytes.subarray(0, bytes.length - 40)).code).toBe("corrupt");
  });

  test("a missing workbook.xml.rels: damaged, not an empty workbook", () => {
    const error = refusal(minimalXlsx({ override: { "xl/_rels/workbook.xml.rels": undefined } }));
    expect(error.code).toBe("corrupt");
    expect(error.detail).toContain("workbook.xml.rels");
  });

  test("a missing sharedStrings.xml that cells use: damaged", () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`;
    const error = refusal(
      minimalXlsx({ sheet, sharedStrings: ["x"], override: { "xl/sharedStrings.xml": undefined } }),
    );
    expect(error.code).toBe("corrupt");
    expect(error.detail).toContain("sharedStrings.xml");
    expect(
      refusal(minimalXlsx({ sheet })).detail, // no shared strings part at all
    ).toContain("shared strings");
  });

  test("a missing worksheet part and malformed sheet XML: damaged", () => {
    expect(refusal(minimalXlsx({ override: { "xl/worksheets/sheet1.xml": undefined } })).code).toBe(
      "corrupt",
    );
    expect(
      refusal(minimalXlsx({ override: { "xl/worksheets/sheet1.xml": "<worksheet><sheetData>" } }))
        .code,
    ).toBe("corrupt");
  });

  test("a used range from A1 to XFD1048576 is refused as too large, not run out of memory", () => {
    const sheet = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>`;
    expect(refusal(minimalXlsx({ sheet })).code).toBe("unsupported");
  });
});

describe("valid files the old reader got wrong are read", () => {
  test("cached results of 0, empty text results and blanks are told apart", async () => {
    const sheet =
      `<sheetData><row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1"><v>0</v></c>` +
      `<c r="C1" t="str"><f>""</f><v></v></c><c r="D1" s="0"/></row></sheetData>`;
    const s = await readSheet(minimalXlsx({ sheet }));
    expect(snapshotCell(s, "A1")).toEqual({ value: 0, formula: "=B1-B1", numberFormat: "General" });
    expect(snapshotCell(s, "B1").value).toBe(0);
    expect(snapshotCell(s, "C1")).toEqual({ value: null, formula: '=""', numberFormat: "General" });
    expect(s.values[0]).toHaveLength(3);
  });

  test("a 32,767-character cell", async () => {
    const text = "ă".repeat(32_767);
    const s = await readSheet(
      minimalXlsx({
        sharedStrings: [text],
        sheet: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`,
      }),
    );
    expect(s.values[0][0]).toBe(text);
  });

  test("a dimension claim of A1:XFD1048576 with three cells costs nothing", async () => {
    const sheet =
      `<dimension ref="A1:XFD1048576"/><sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row>` +
      `<row r="3"><c r="B3"><v>3</v></c></row></sheetData>`;
    const started = Date.now();
    const s = await readSheet(minimalXlsx({ sheet }));
    expect(Date.now() - started).toBeLessThan(500);
    expect(s.origin).toEqual({ row: 2, column: 2 });
    expect(s.values).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  test("one text cell at XFD1048576 alone is a 1×1 snapshot", async () => {
    const sheet = `<sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>xa</t></is></c></row></sheetData>`;
    const s = await readSheet(minimalXlsx({ sheet }));
    expect(s.origin).toEqual({ row: 1048576, column: 16384 });
    expect(s.values).toEqual([["xa"]]);
  });

  test('WPS-like: no shared strings part, inline strings, <c t="inlineStr"/> without <is>', async () => {
    const sheet =
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>Chỉ </t></r><r><t>tiêu</t></r></is></c>` +
      `<c r="B1" t="inlineStr"/><c r="C1" t="inlineStr"><is><t>x_x000D_y</t></is></c></row></sheetData>`;
    const s = await readSheet(minimalXlsx({ sheet }));
    expect(s.values).toEqual([["Chỉ tiêu", null, "x\ry"]]);
  });

  test("Strict namespaces and prefixed elements read like transitional ones", async () => {
    const sheet = `<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>`;
    const bytes = minimalXlsx({
      sheet,
      override: {
        "xl/workbook.xml": `<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
    });
    const reader = openXlsx(bytes);
    expect(reader.info.strictOpenXml).toBe(true);
    expect((await reader.read()).sheets[0].values).toEqual([[5]]);
  });

  const python = "/usr/bin/python3";
  const hasOpenpyxl = (() => {
    try {
      execFileSync(python, ["-c", "import openpyxl"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  (hasOpenpyxl ? test : test.skip)(
    "an openpyxl-made plan with an Excel table and a note (ExcelJS refused such files)",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "xread-"));
      try {
        const file = path.join(dir, "plan.xlsx");
        const script = [
          "import sys, openpyxl",
          "from openpyxl.worksheet.table import Table",
          "from openpyxl.comments import Comment",
          "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'KH 2025'",
          "ws.append(['Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'])",
          "ws.append(['C001', 'Thu ngân sách', 120, 0])",
          "ws.append(['C002', 'Tỷ lệ hộ nghèo', 0.02, '=C3*2'])",
          "ws.add_table(Table(displayName='KeHoach', ref='A1:D3'))",
          "ws['B2'].comment = Comment('ghi chú', 'ai')",
          "wb.save(sys.argv[1])",
        ].join("\n");
        execFileSync(python, ["-c", script, file]);
        expect(existsSync(file)).toBe(true);
        const s = (await openXlsx(readFileSync(file)).read()).sheets[0];
        expect(s.tables).toEqual([{ name: "KeHoach", range: "A1:D3", showHeaders: true }]);
        expect(s.notes).toEqual({ B2: "ghi chú" });
        expect(snapshotCell(s, "D2").value).toBe(0);
        expect(snapshotCell(s, "D3").formula).toBe("=C3*2");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

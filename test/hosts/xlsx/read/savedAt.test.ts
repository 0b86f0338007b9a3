import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import { parseSavedAt } from "../../../../src/hosts/xlsx/read/coreProperties";

describe("when a file was last saved (docProps/core.xml)", () => {
  test.each<[string, string, string | undefined]>([
    [
      "Excel",
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2023-06-20T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2023-07-20T14:30:05Z</dcterms:modified></cp:coreProperties>',
      "2023-07-20T14:30:05Z",
    ],
    [
      "LibreOffice (fractions of a second)",
      '<cp:coreProperties xmlns:cp="x" xmlns:dcterms="y"><dcterms:modified>2023-07-21T09:15:02.123456789Z</dcterms:modified></cp:coreProperties>',
      "2023-07-21T09:15:02.123456789Z",
    ],
    [
      "no modified date",
      '<cp:coreProperties xmlns:cp="x"><dc:creator xmlns:dc="z">A</dc:creator></cp:coreProperties>',
      undefined,
    ],
    ["not a date", "<c><modified>hôm qua</modified></c>", undefined],
    ["broken XML", "<c><modified>2023-07-20", undefined],
  ])("%s", (_label, xml, expected) => {
    expect(parseSavedAt(xml)).toBe(expected);
  });

  test("a file openpyxl saved says when, and the reader gives it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-saved-"));
    const file = path.join(dir, "saved.xlsx");
    const script = [
      "import sys, datetime, openpyxl",
      "wb = openpyxl.Workbook()",
      "wb.active['A1'] = 1",
      "wb.properties.modified = datetime.datetime(2023, 7, 20, 14, 30, 5)",
      "wb.save(sys.argv[1])",
    ].join("\n");
    execFileSync("/usr/bin/python3", ["-c", script, file]);
    const snapshot = await (await openWorkbook(new Uint8Array(readFileSync(file)))).read();
    expect(snapshot.savedAt).toBeDefined();
    expect(Date.parse(snapshot.savedAt ?? "")).not.toBeNaN();
  });
});

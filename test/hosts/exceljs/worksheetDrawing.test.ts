import { drawingRelId, withDrawing } from "../../../src/hosts/exceljs/worksheetDrawing";
import { parseXml } from "./support/xmlParts";

const ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const DRAWING =
  '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/>';

describe("withDrawing puts <drawing> where the schema wants it", () => {
  test.each([
    ["at the end", "<sheetData/><pageMargins/>", "<sheetData/><pageMargins/>@"],
    [
      "before legacyDrawing",
      '<sheetData/><legacyDrawing r:id="rId1"/>',
      '<sheetData/>@<legacyDrawing r:id="rId1"/>',
    ],
    [
      "before tableParts",
      '<sheetData></sheetData><tableParts count="1"/>',
      '<sheetData></sheetData>@<tableParts count="1"/>',
    ],
    [
      "before the sheet's extLst, not a rule's",
      '<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins a=">"/><extLst><ext/></extLst>',
      '<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins a=">"/>@<extLst><ext/></extLst>',
    ],
    [
      "after cells that look like tags",
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;legacyDrawing/&gt;</t></is></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;legacyDrawing/&gt;</t></is></c></row></sheetData>@',
    ],
  ])("%s", (_name, body, expected) => {
    const xml = `${ROOT}${body}</worksheet>`;
    const out = withDrawing(xml, "rId9");
    expect(out).toBe(`${ROOT}${expected.replace("@", DRAWING)}</worksheet>`);
    parseXml(out);
    expect(drawingRelId(out)).toBe("rId9");
  });

  test("a worksheet without sheetData is refused", () => {
    expect(() => withDrawing(`${ROOT}</worksheet>`, "rId1")).toThrow(/sheetData/);
  });

  test("drawingRelId is undefined for a sheet without a drawing", () => {
    expect(
      drawingRelId(`${ROOT}<sheetData/><legacyDrawing r:id="rId2"/></worksheet>`),
    ).toBeUndefined();
  });
});

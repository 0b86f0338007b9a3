import {
  attributes,
  nextRelId,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sheetPartPath,
  withOverride,
  withRelationship,
} from "../../../src/hosts/exceljs/packageParts";
import { chartFormula } from "../../../src/hosts/exceljs/chartXml";
import { parseXml } from "./support/xmlParts";

describe("relationship targets", () => {
  test.each([
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/drawings/drawing2.xml", "../charts/chart7.xml", "xl/charts/chart7.xml"],
    ["xl/workbook.xml", "worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"],
    ["xl/workbook.xml", "./worksheets/./sheet3.xml", "xl/worksheets/sheet3.xml"],
  ])("from %s, %s is %s", (from, target, part) => {
    expect(resolveTarget(from, target)).toBe(part);
    expect(resolveTarget(from, relativeTarget(from, part))).toBe(part);
  });

  test("relsPathOf puts the part's relationships in _rels beside it", () => {
    expect(relsPathOf("xl/drawings/drawing1.xml")).toBe("xl/drawings/_rels/drawing1.xml.rels");
  });
});

describe("relationship parts", () => {
  test("a new relationship gets an id past the highest, in a new or existing part", () => {
    const first = withRelationship(undefined, {
      id: "rId1",
      type: "http://x/chart",
      target: "../charts/chart1.xml",
    });
    parseXml(first);
    const rels = parseRelationships(first);
    expect(nextRelId(rels)).toBe("rId2");
    const second = withRelationship(first, { id: nextRelId(rels), type: "t", target: "a&b.xml" });
    parseXml(second);
    expect(parseRelationships(second)).toEqual([
      { id: "rId1", type: "http://x/chart", target: "../charts/chart1.xml" },
      { id: "rId2", type: "t", target: "a&b.xml" },
    ]);
    expect(
      nextRelId([
        { id: "rId9", type: "", target: "" },
        { id: "x", type: "", target: "" },
      ]),
    ).toBe("rId10");
    const empty =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    expect(
      parseRelationships(withRelationship(empty, { id: "rId1", type: "t", target: "x" })),
    ).toHaveLength(1);
  });

  test("attributes decode entities", () => {
    expect(attributes(`<sheet name="A &amp; B &#273;&#x1EA1;" r:id='rId4'/>`)).toEqual({
      name: "A & B đạ",
      "r:id": "rId4",
    });
  });

  test("a sheet's part is found by its name through the workbook's relationships", () => {
    const workbook =
      '<workbook xmlns:r="r"><sheets><sheet name="KH" sheetId="1" r:id="rId4"/>' +
      '<sheet name="Biểu đồ &amp; % KH" sheetId="2" r:id="rId5"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId4" Type="w" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId5" Type="w" Target="/xl/worksheets/sheet9.xml"/></Relationships>';
    expect(sheetPartPath(workbook, rels, "Biểu đồ & % KH")).toBe("xl/worksheets/sheet9.xml");
    expect(sheetPartPath(workbook, rels, "KH")).toBe("xl/worksheets/sheet1.xml");
    expect(sheetPartPath(workbook, rels, "Không có")).toBeUndefined();
  });

  test("an override is added inside <Types>", () => {
    const types = withOverride(
      '<Types xmlns="t"><Default Extension="xml"/></Types>',
      "xl/c.xml",
      "ct",
    );
    expect(types).toBe(
      '<Types xmlns="t"><Default Extension="xml"/><Override PartName="/xl/c.xml" ContentType="ct"/></Types>',
    );
    expect(() => withOverride("<Types/>", "a", "b")).toThrow(/<\/Types>/);
  });
});

test.each([
  ["KH", "A5:A9", "'KH'!$A$5:$A$9"],
  ["Biểu đồ % KH", "B4", "'Biểu đồ % KH'!$B$4"],
  ["It's", "$c$5:d9", "'It''s'!$C$5:$D$9"],
])("chartFormula(%s, %s) is %s", (sheet, range, formula) => {
  expect(chartFormula(sheet, range)).toBe(formula);
});

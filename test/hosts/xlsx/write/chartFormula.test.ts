import { chartFormula } from "../../../../src/hosts/xlsx/write/chartXml";

test.each([
  ["KH", "A5:A9", "'KH'!$A$5:$A$9"],
  ["Biểu đồ % KH", "B4", "'Biểu đồ % KH'!$B$4"],
  ["It's", "$c$5:d9", "'It''s'!$C$5:$D$9"],
])("chartFormula(%s, %s) is %s", (sheet, range, formula) => {
  expect(chartFormula(sheet, range)).toBe(formula);
});

import { lookKey, recordLooks, type SheetLooks } from "../../src/preview/sheet/cellStyles";
import { mergeLayout } from "../../src/preview/sheet/mergeLayout";
import { editStyle, editText, typedValue } from "../../src/preview/sheet/typedValue";
import { emptySheet } from "../../src/workbook/snapshot";
import { parseSubUnits } from "../../src/taskpane/templates/subUnits";

test("records the fills a change set writes, and forgets cleared cells and deleted sheets", () => {
  const looks: SheetLooks = new Map();
  recordLooks(looks, [
    {
      kind: "style",
      sheet: "KH",
      range: "M8:N9",
      style: { fill: "#FFC7CE", fontColor: "#9C0006" },
    },
    { kind: "style", sheet: "KH", range: "N9", style: { bold: true } },
    { kind: "style", sheet: "KH", range: "A1", style: { numberFormat: "0.0" } },
    { kind: "clear", sheet: "KH", range: "M8" },
    { kind: "style", sheet: "Old", range: "A1", style: { fill: "#000000" } },
    { kind: "deleteOwnSheet", sheet: "Old" },
  ]);
  const kh = looks.get("KH");
  expect(kh?.get(lookKey(8, 13))).toBeUndefined();
  expect(kh?.get(lookKey(8, 14))).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
  expect(kh?.get(lookKey(9, 14))).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006", bold: true });
  expect(kh?.has(lookKey(1, 1))).toBe(false);
  expect(looks.has("Old")).toBe(false);
});

test("merged areas span in the drawn table, clipped to what is drawn", () => {
  const layout = mergeLayout(["A2:G2", "B5:C7"], 6, 30);
  expect(layout.spans.get(lookKey(2, 1))).toEqual({ rowSpan: 1, colSpan: 7 });
  expect(layout.spans.get(lookKey(5, 2))).toEqual({ rowSpan: 2, colSpan: 2 });
  expect(layout.covered.has(lookKey(2, 7))).toBe(true);
  expect(layout.covered.has(lookKey(7, 2))).toBe(false);
});

test.each([
  // [typed, the sheet's style, what the cell gets]
  ["18.900", "vi", 18900],
  ["61,6", "vi", 61.6],
  ["4.402,5", "vi", 4402.5],
  [" 12.5 ", "vi", 12.5],
  ["-3", "vi", -3],
  ["18.900", "en", 18.9],
  ["18,900", "en", 18900],
  ["95,4%", "vi", "95,4%"],
  ["không quá 1,5%", "vi", "không quá 1,5%"],
  ["Hoàn thành", "vi", "Hoàn thành"],
  ["9O", "vi", "9O"],
  ["  ", "vi", null],
] as const)(
  "typed %j in a %s sheet: the cell gets %j, as the engine reads it",
  (text, style, cell) => {
    expect(typedValue(text, style)).toBe(cell);
  },
);

test.each([
  // [the sheet's typed figures, the pane's language, the style the edit bar reads in]
  [["8.664,9", "2,97", "Chỉ tiêu"], "en", "vi"],
  [["8,664.9", "61.6"], "vi", "en"],
  [["Chỉ tiêu", "tỷ đồng"], "vi", "vi"],
  [["Chỉ tiêu", "tỷ đồng"], "en", "en"],
] as const)("a sheet with %j, in %s: the edit bar reads figures %s style", (texts, lang, style) => {
  const sheet = { ...emptySheet("KH"), values: [[...texts]] };
  expect(editStyle(sheet, lang)).toBe(style);
  // The same reading as the engine's for that text in a cell of the sheet.
  expect(typedValue("18.900", editStyle(sheet, lang))).toBe(style === "vi" ? 18900 : 18.9);
});

test.each([
  [18900, "vi", "18900"],
  [61.6, "vi", "61,6"],
  [61.6, "en", "61.6"],
  [0.1 + 0.2, "vi", "0,30000000000000004"],
  [1e-7, "vi", "1e-7"],
  ["8.664,9", "vi", "8.664,9"],
  [null, "vi", ""],
] as const)(
  "the edit bar shows %j in %s as %j, and reading it back gives the same",
  (value, style, shown) => {
    expect(editText(value, style)).toBe(shown);
    if (typeof value === "number") expect(typedValue(shown, style)).toBe(value);
  },
);

test("sub-units one per line, commas and semicolons too, without repeats", () => {
  expect(parseSubUnits("Phường Tân Phong\n phường tân phong ;Phường  Tân Hưng,\n\n")).toEqual([
    "Phường Tân Phong",
    "Phường Tân Hưng",
  ]);
});

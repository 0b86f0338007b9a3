import { lookKey, recordLooks, type SheetLooks } from "../../src/preview/sheet/cellStyles";
import { mergeLayout } from "../../src/preview/sheet/mergeLayout";
import { typedValue } from "../../src/preview/sheet/typedValue";
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

test("typed values: plain numbers become numbers, anything else stays text", () => {
  expect(typedValue(" 12.5 ")).toBe(12.5);
  expect(typedValue("-3")).toBe(-3);
  expect(typedValue("4.402,5")).toBe("4.402,5");
  expect(typedValue("Hoàn thành")).toBe("Hoàn thành");
  expect(typedValue("  ")).toBeNull();
});

test("sub-units one per line, commas and semicolons too, without repeats", () => {
  expect(parseSubUnits("Phường Tân Phong\n phường tân phong ;Phường  Tân Hưng,\n\n")).toEqual([
    "Phường Tân Phong",
    "Phường Tân Hưng",
  ]);
});

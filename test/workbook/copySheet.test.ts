import { copySheetChanges } from "../../src/workbook/copySheet";
import { emptySheet, type SheetSnapshot } from "../../src/workbook/snapshot";

/** A ward's sheet as read: a title, a header, figures with their formats, a merge, a note. */
const WARD: SheetSnapshot = {
  ...emptySheet("KH 2023 - Phường 1"),
  origin: { row: 2, column: 1 },
  values: [
    ["ỦY BAN NHÂN DÂN PHƯỜNG 1", null, null, null],
    ["STT", "Chỉ tiêu", "Kế hoạch", "% KH"],
    [1, "Thu ngân sách", 1048.4, 0.954],
    [2, "Dân số", 22560, 1.02],
    [3, "Chi thường xuyên", { error: "#DIV/0!" }, null],
  ],
  numberFormats: [
    ["General", "General", "General", "General"],
    ["General", "General", "General", "General"],
    ["General", "@", "#,##0.0", "0.0%"],
    ["General", "@", "#,##0.0", "0.0%"],
    ["General", "General", "#,##0", "General"],
  ],
  merges: ["A2:D2"],
  notes: { C4: "Số ước" },
  visibility: "hidden",
};

test("a sheet read from a ward's file becomes the changes that write it anew, under its new name", () => {
  expect(copySheetChanges(WARD, "KH 2023 - Phường 1 (2)")).toEqual([
    { kind: "addSheet", sheet: "KH 2023 - Phường 1 (2)" },
    {
      kind: "values",
      sheet: "KH 2023 - Phường 1 (2)",
      anchor: "A2",
      rows: [
        ["ỦY BAN NHÂN DÂN PHƯỜNG 1", null, null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "% KH"],
        [1, "Thu ngân sách", 1048.4, 0.954],
        [2, "Dân số", 22560, 1.02],
        // An error value is written as its text, which the engine reads as the error.
        [3, "Chi thường xuyên", "#DIV/0!", null],
      ],
    },
    // One rectangle per run of a format down the rows; General is left as it is.
    {
      kind: "style",
      sheet: "KH 2023 - Phường 1 (2)",
      range: "B4:B5",
      style: { numberFormat: "@" },
    },
    {
      kind: "style",
      sheet: "KH 2023 - Phường 1 (2)",
      range: "C4:C5",
      style: { numberFormat: "#,##0.0" },
    },
    {
      kind: "style",
      sheet: "KH 2023 - Phường 1 (2)",
      range: "D4:D5",
      style: { numberFormat: "0.0%" },
    },
    {
      kind: "style",
      sheet: "KH 2023 - Phường 1 (2)",
      range: "C6",
      style: { numberFormat: "#,##0" },
    },
    { kind: "merge", sheet: "KH 2023 - Phường 1 (2)", range: "A2:D2" },
    { kind: "note", sheet: "KH 2023 - Phường 1 (2)", cell: "C4", text: "Số ước" },
    { kind: "hideSheet", sheet: "KH 2023 - Phường 1 (2)", veryHidden: false },
  ]);
});

test("an empty sheet is added and nothing written into it", () => {
  expect(copySheetChanges(emptySheet("Trống"), "Trống")).toEqual([
    { kind: "addSheet", sheet: "Trống" },
  ]);
});

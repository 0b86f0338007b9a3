import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Change } from "../../../../src/workbook/changeSet";
import {
  applyChangeSetToPackage,
  createPackage,
  zipPackage,
} from "../../../../src/hosts/xlsx/write";

/*
 * Rows the writer fills in a new sheet are held as arrays of values and styles (WrittenCells),
 * not a cell object each; later changes that reach single cells (a note, a value written over,
 * a merge, a style beyond the written columns, a row height) must find them as cells. openpyxl
 * reads the file back, cell by cell.
 */

const SHEET = "Nguồn";

const CHANGES: Change[] = [
  { kind: "addSheet", sheet: SHEET },
  {
    kind: "values",
    sheet: SHEET,
    anchor: "A1",
    rows: [
      ["Mã", "Chỉ tiêu", "Giá trị"],
      ["C001", "Thu ngân sách", 1842],
      ["C002", null, 96.5],
      [null, null, null],
      ["C004", "  tổng chi", true],
    ],
  },
  { kind: "style", sheet: SHEET, range: "A1:C5", style: { border: true } },
  { kind: "style", sheet: SHEET, range: "B2:B5", style: { wrap: true } },
  { kind: "style", sheet: SHEET, range: "A2:C2", style: { fill: "#DDEBF7" } },
  // Beyond the written columns: the row's cells are needed one by one.
  { kind: "style", sheet: SHEET, range: "D2:D3", style: { bold: true } },
  { kind: "note", sheet: SHEET, cell: "C2", text: "tỷ đồng" },
  { kind: "values", sheet: SHEET, anchor: "B3", rows: [["Chi thường xuyên"]] },
  { kind: "merge", sheet: SHEET, range: "A5:B5" },
  { kind: "rowHeights", sheet: SHEET, heights: { "2": 30 } },
];

const READ_BACK = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["${SHEET}"]
cells = {}
for row in ws["A1:D5"]:
    for c in row:
        fill = c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None
        cells[c.coordinate] = [c.value, bool(c.font.b), fill, c.border.left.style, bool(c.alignment.wrap_text)]
print(json.dumps({
    "cells": cells,
    "note": ws["C2"].comment.text if ws["C2"].comment else None,
    "merged": [str(r) for r in ws.merged_cells.ranges],
    "height2": ws.row_dimensions[2].height,
}, ensure_ascii=False))
`;

function readBack(changes: Change[]) {
  const bytes = zipPackage(applyChangeSetToPackage(createPackage(), changes));
  const file = path.join(mkdtempSync(path.join(tmpdir(), "written-rows-")), "out.xlsx");
  writeFileSync(file, bytes);
  return JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", READ_BACK, file], { encoding: "utf8" }),
  ) as {
    cells: Record<string, [unknown, boolean, string | null, string | null, boolean]>;
    note: string | null;
    merged: string[];
    height2: number | null;
  };
}

describe("rows the writer fills, then changes cell by cell", () => {
  const read = readBack(CHANGES);
  const BLUE = "FFDDEBF7";

  test.each([
    // [cell, value, bold, fill, left border, wrap]
    ["A1", "Mã", false, null, "thin", false],
    ["C1", "Giá trị", false, null, "thin", false],
    ["A2", "C001", false, BLUE, "thin", false],
    ["B2", "Thu ngân sách", false, BLUE, "thin", true],
    ["C2", 1842, false, BLUE, "thin", false],
    ["D2", null, true, null, null, false],
    ["B3", "Chi thường xuyên", false, null, "thin", true],
    ["C3", 96.5, false, null, "thin", false],
    ["D3", null, true, null, null, false],
    ["A4", null, false, null, "thin", false],
    ["B4", null, false, null, "thin", true],
    ["A5", "C004", false, null, "thin", false],
    ["C5", true, false, null, "thin", false],
  ])("%s holds %j (bold %s, fill %s, border %s, wrap %s)", (cell, ...expected) => {
    expect(read.cells[cell]).toEqual(expected);
  });

  test("the merge keeps its first cell's value and empties the rest", () => {
    expect(read.merged).toEqual(["A5:B5"]);
    expect(read.cells.B5[0]).toBeNull();
  });

  test("a note and a row height land on filled rows", () => {
    expect(read.note).toContain("tỷ đồng");
    expect(read.height2).toBe(30);
  });

  test("leading spaces of a written text are kept", () => {
    const kept = readBack(CHANGES.slice(0, 2)).cells.B5[0];
    expect(kept).toBe("  tổng chi");
  });
});

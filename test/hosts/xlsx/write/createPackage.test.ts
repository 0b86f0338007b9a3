import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { openXlsx } from "../../../../src/hosts/xlsx";
import {
  applyChangeSetToPackage,
  createPackage,
  zipPackage,
} from "../../../../src/hosts/xlsx/write";
import { shiftFormula } from "../../../../src/hosts/xlsx/write/shiftFormula";

describe("createPackage: new workbooks through the same writer", () => {
  test("a template-like change set on the minimal package gives a file every reader opens", async () => {
    const parts = applyChangeSetToPackage(createPackage(), [
      { kind: "addSheet", sheet: "Kế hoạch" },
      {
        kind: "values",
        sheet: "Kế hoạch",
        anchor: "A1",
        rows: [
          ["STT", "Chỉ tiêu", "Kế hoạch"],
          [1, "Thu ngân sách", 1842],
        ],
      },
      { kind: "style", sheet: "Kế hoạch", range: "A1:C1", style: { bold: true, fill: "#DDEBF7" } },
      { kind: "note", sheet: "Kế hoạch", cell: "C2", text: "tỷ đồng" },
      { kind: "freeze", sheet: "Kế hoạch", rows: 1, columns: 0 },
      { kind: "activate", sheet: "Kế hoạch", cell: "B2" },
    ]);
    const bytes = zipPackage(parts);
    const snapshot = await openXlsx(bytes).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
    expect(snapshot.sheets[0].values[1]).toEqual([1, "Thu ngân sách", 1842]);
    expect(snapshot.sheets[0].notes).toEqual({ C2: "tỷ đồng" });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "xwrite-new-")), "new.xlsx");
    writeFileSync(file, bytes);
    const script =
      "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(ws['B2'].value, ws['A1'].font.b)";
    expect(
      execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }).trim(),
    ).toBe("Thu ngân sách True");
  });
});

describe("shiftFormula: a shared formula written out for each cell of its group", () => {
  test.each([
    ["D4/C4*100", 2, 0, "D6/C6*100"],
    ["SUM($B$2:B2)", 1, 1, "SUM($B$2:C3)"],
    ['IF(A1="B2",Sheet2!A1,LOG10(A1))', 1, 0, 'IF(A2="B2",Sheet2!A2,LOG10(A2))'],
    ["'KH 2020'!C5+C$5", 0, 1, "'KH 2020'!D5+D$5"],
  ])("%s moved by %i rows, %i columns", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

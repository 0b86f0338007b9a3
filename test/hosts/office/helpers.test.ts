import { qualified, splitSheetAddress } from "../../../src/hosts/office/addresses";
import { toCellValue, toFormula } from "../../../src/hosts/office/cellValues";
import { packChunks } from "../../../src/hosts/office/chunks";
import { detectFeatures } from "../../../src/hosts/office/features";
import { StrictExcel } from "./strictExcel";
import { charactersToPoints } from "../../../src/hosts/office/layoutOps";
import { planChanges } from "../../../src/hosts/office/planChanges";
import { needsTextPrefix, toExcelInput } from "../../../src/hosts/office/textInput";
import { valuesOps } from "../../../src/hosts/office/valueOps";
import { wireBytes } from "../../../src/hosts/office/wireBytes";

describe("Office gateway helpers", () => {
  test("text Excel would misread gets an apostrophe; plain text does not", () => {
    for (const t of [
      "=SUM(A1)",
      "+1",
      "-x",
      "@a",
      "12",
      "12%",
      "3-5",
      "Phường 1",
      "true",
      "#N/A",
      "'a",
    ]) {
      expect(needsTextPrefix(t)).toBe(true);
    }
    for (const t of ["", "Đạt", "Chậm tiến độ", "tăng", "x-y"])
      expect(needsTextPrefix(t)).toBe(false);
    expect(toExcelInput("=1+1")).toBe("'=1+1");
    expect(toExcelInput(null)).toBe("");
    expect(toExcelInput(0)).toBe(0);
    expect(() => toExcelInput(Number.NaN)).toThrow(RangeError);
  });

  test("cell values and formulas from Office's arrays", () => {
    expect(toCellValue("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue("", "String")).toBe("");
    expect(toFormula("=A1", 3, "Double")).toBe("=A1");
    expect(toFormula("=A1", "=A1", "String")).toBeNull();
    expect(toFormula('="=A1"', "=A1", "String")).toBe('="=A1"');
    expect(toFormula(5, 5, "Double")).toBeNull();
  });

  test("addresses with quoted sheet names", () => {
    expect(splitSheetAddress("'Kế hoạch ''25'!$A$4:$N$40")).toEqual({
      sheet: "Kế hoạch '25",
      ref: "A4:N40",
    });
    expect(splitSheetAddress("KH!B3")).toEqual({ sheet: "KH", ref: "B3" });
    expect(splitSheetAddress("B3")).toEqual({ ref: "B3" });
    expect(qualified("Phường 1", "B3")).toBe("'Phường 1'!B3");
    expect(qualified("KH", "B3")).toBe("KH!B3");
  });

  test("sizes and chunks", () => {
    expect(wireBytes("ab")).toBe(4);
    expect(wireBytes("Đạt")).toBe(2 + 6 + 6 + 1);
    const chunks = packChunks(
      [3, 3, 3, 9, 1].map((bytes) => ({ bytes })),
      7,
    );
    expect(chunks.map((c) => c.map((i) => i.bytes))).toEqual([[3, 3], [3], [9], [1]]);
  });

  test("a values change over the budget is cut into row blocks, a wide row into segments", () => {
    const rows = Array.from({ length: 10 }, () => Array.from({ length: 4 }, () => "x".repeat(50)));
    const blocks = valuesOps({ sheet: "S", anchor: "B2", rows }, 1000);
    expect(blocks.length).toBeGreaterThan(1);
    blocks.forEach((b) => expect(b.bytes).toBeLessThanOrEqual(1000));
    const wide = valuesOps({ sheet: "S", anchor: "A1", rows: [rows.flat()] }, 600);
    expect(wide.length).toBeGreaterThan(1);
    wide.forEach((b) => expect(b.bytes).toBeLessThanOrEqual(600));
  });

  test("column widths (the .xlsx width, as ExcelJS holds it) become points as Excel computes them", () => {
    // Excel's default column: shown as 8.43 characters, stored as 9.140625, 64 pixels, 48 points.
    expect(charactersToPoints(9.140625)).toBe(48);
    expect(charactersToPoints(10)).toBe(52.5);
  });

  test("the plan checks sheets and positions before anything is sent", () => {
    const features = detectFeatures(() => true, new StrictExcel().excelLibrary);
    const probe = { sheets: ["A", "B"], notes: new Map() };
    expect(() =>
      planChanges(
        [{ kind: "values", sheet: "C", anchor: "A1", rows: [[1]] }],
        features,
        probe,
        1e6,
      ),
    ).toThrow(/not in the workbook/);
    expect(() => planChanges([{ kind: "addSheet", sheet: "a" }], features, probe, 1e6)).toThrow(
      /already exists/,
    );
    const plan = planChanges(
      [
        { kind: "deleteOwnSheet", sheet: "Z" },
        { kind: "addSheet", sheet: "C", after: "A" },
        { kind: "values", sheet: "C", anchor: "A1", rows: [[1]] },
      ],
      features,
      probe,
      1e6,
    );
    expect(plan.ops).toHaveLength(2);
  });
});

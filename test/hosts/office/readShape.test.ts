import {
  blockCells,
  blockShapes,
  defaultShape,
  READ_CELLS,
  writtenSizes,
} from "../../../src/hosts/office/readShape";

describe("The blocks a read's first request asks for", () => {
  test.each([
    // cells, rows × columns
    [100_000, 1562, 64],
    [50_000, 781, 64],
    [33_333, 520, 64],
    [14_285, 340, 42],
    [3_333, 166, 20],
    [1_000, 62, 16],
  ])("within %i cells: %i rows of %i columns", (cells, rows, columns) => {
    expect(defaultShape(cells)).toEqual({ rows, columns });
    expect(blockCells(defaultShape(cells))).toBeLessThanOrEqual(cells);
  });

  test("the budget is shared by the request's sheets, never exceeded", () => {
    for (const sheets of [1, 2, 3, 30, 100, 250]) {
      const shapes = blockShapes(Array.from({ length: sheets }, () => undefined));
      expect(shapes.reduce((n, s) => n + blockCells(s), 0)).toBeLessThanOrEqual(READ_CELLS);
    }
  });

  test("a sheet seen before: its size with room to grow, when bigger than the default block", () => {
    // The 2,000-row plan of 15 columns a first read had to band.
    expect(blockShapes([{ rows: 2003, columns: 15 }])).toEqual([{ rows: 2204, columns: 23 }]);
    // Small sheets keep the default block, which holds them with room to spare.
    expect(blockShapes([{ rows: 60, columns: 17 }])).toEqual([defaultShape(READ_CELLS)]);
    // Too big for the share: the default block, and the rest in bands.
    expect(blockShapes([{ rows: 2003, columns: 15 }, undefined, undefined])).toEqual([
      defaultShape(33_333),
      defaultShape(33_333),
      defaultShape(33_333),
    ]);
  });

  test("a change set's values tell the least size of the sheets it writes", () => {
    const sizes = writtenSizes([
      { kind: "addSheet", sheet: "Nguồn" },
      { kind: "values", sheet: "Nguồn", anchor: "A1", rows: [["Nguồn"], ["a", "b", "c"]] },
      { kind: "values", sheet: "nguồn", anchor: "B361", rows: [[1, 2]] },
      { kind: "style", sheet: "KH", range: "A1:Z999", style: { bold: true } },
    ]);
    expect([...sizes]).toEqual([["NGUỒN", { rows: 361, columns: 3 }]]);
  });
});

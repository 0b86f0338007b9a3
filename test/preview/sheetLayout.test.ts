import { chartData } from "../../src/preview/sheet/chartData";
import { valueScale } from "../../src/preview/sheet/chartScale";
import { drawnSheet, fitWidths } from "../../src/preview/sheet/drawnCells";
import { mergeLayout } from "../../src/preview/sheet/mergeLayout";
import type { ChartChange } from "../../src/workbook/changeSet";
import { emptySheet, type CellValue, type SheetSnapshot } from "../../src/workbook/snapshot";

function sheet(values: CellValue[][], merges: string[] = []): SheetSnapshot {
  return {
    ...emptySheet("KH"),
    values,
    numberFormats: values.map((row) => row.map(() => "General")),
    merges,
  };
}

/** A plan sheet as the templates write it: title rows, a header row, indicators. */
const PLAN = sheet(
  [
    ["ỦY BAN NHÂN DÂN QUẬN 7", null, null, null, null],
    ["Kỳ báo cáo: Cả năm", null, null, null, null],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm trước", "% KH"],
    ["I", null, "KINH TẾ", null, null],
    [1, "Tốc độ tăng trưởng giá trị sản xuất của các thành phần kinh tế", "%", 45707.5, 104.2],
    [2, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 8664.9, 100],
    [3, "Số doanh nghiệp thành lập mới", "doanh nghiệp", 1729, 98.5],
  ],
  [],
);

describe("how the preview draws a sheet's cells", () => {
  const drawn = drawnSheet(PLAN, 7, 5, mergeLayout([], 7, 5), "vi");

  test("a title runs over the empty cells beside it and does not widen its column", () => {
    expect(drawn.cells[0][0]).toMatchObject({ spills: true, title: true });
    expect(drawn.cells[1][0]).toMatchObject({ spills: true, title: true });
    // STT is as wide as its header's word (3), not as its title (22 characters).
    expect(drawn.widths[0]).toEqual({ wanted: 3, least: 3 });
  });

  test("the header row wraps; its long words do not make columns wide", () => {
    expect(drawn.cells[2].map((c) => c?.wraps)).toEqual([true, true, true, true, true]);
    expect(drawn.cells[4].map((c) => c?.wraps)).toEqual([false, false, false, false, false]);
    // "Thực hiện năm trước" over figures: as wide as its longest figure, "45.707,5".
    expect(drawn.widths[3]).toEqual({ wanted: 8, least: 8 });
  });

  test.each([
    // [column, wanted, least]: a column of long names wants 26 and gives way down to 16.
    [1, 26, 16],
    [2, 12, 7],
    [4, 5, 5],
  ])("column %i wants %i characters and can be narrowed to %i", (column, wanted, least) => {
    expect(drawn.widths[column]).toEqual({ wanted, least });
  });

  test.each([
    // [room in characters, widths]
    [200, [3, 26, 12, 8, 5]],
    [50, [3, 22, 12, 8, 5]],
    [40, [3, 16, 8, 8, 5]],
    [20, [3, 16, 7, 8, 5]],
  ])("fitted into %i characters: %j (the widest give way first)", (room, widths) => {
    expect(fitWidths(drawn.widths, room)).toEqual(widths);
  });

  test("only the first block of columns is fitted: an empty column ends it", () => {
    const widths = [
      { wanted: 26, least: 16 },
      { wanted: 4, least: 0 },
      { wanted: 26, least: 16 },
    ];
    expect(fitWidths(widths, 20)).toEqual([20, 4, 26]);
  });

  test("a merged title spans its cells and covers the others", () => {
    const merged = drawnSheet(PLAN, 2, 5, mergeLayout(["A1:E1"], 2, 5), "vi");
    expect(merged.cells[0][0]).toMatchObject({ span: { rowSpan: 1, colSpan: 5 }, spills: false });
    expect(merged.cells[0].slice(1)).toEqual([null, null, null, null]);
  });
});

describe("the charts the add-in writes, read from their sheet", () => {
  const CHART: ChartChange = {
    kind: "chart",
    sheet: "Biểu đồ % KH",
    chartType: "columnClustered",
    title: "Biểu đồ % KH theo lĩnh vực",
    data: "A4:C6",
    position: { from: "G4", to: "O21" },
  };
  const DATA = {
    ...sheet([
      ["BIỂU ĐỒ % KẾ HOẠCH THEO LĨNH VỰC"],
      [],
      [],
      ["Lĩnh vực", "% KH bình quân", "Tỷ lệ đạt (%)", "Số chỉ tiêu"],
      ["KINH TẾ", 103.3, 73.3, 15],
      ["XÃ HỘI", 96.1, "—", 23],
    ]),
  };

  test("categories from the first column, a series per further column named by the first row", () => {
    expect(chartData(CHART, DATA)).toEqual({
      title: "Biểu đồ % KH theo lĩnh vực",
      chartType: "columnClustered",
      categories: ["KINH TẾ", "XÃ HỘI"],
      series: [
        { name: "% KH bình quân", values: [103.3, 96.1] },
        { name: "Tỷ lệ đạt (%)", values: [73.3, null] },
      ],
    });
  });

  test.each([
    [[103.3, 96.1, 73.3], { min: 0, max: 125, step: 25 }],
    [[1500, 400, 8664.9], { min: 0, max: 10000, step: 2000 }],
    [[-5, 12], { min: -5, max: 15, step: 5 }],
    [[null], { min: 0, max: 1, step: 0.25 }],
  ])("a value axis over %j from 0, in round steps", (values, axis) => {
    expect(valueScale(values)).toMatchObject(axis);
  });
});

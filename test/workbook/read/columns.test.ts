import type { IndicatorColumn } from "../../../src/engine/read/rawRow";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import type { CellValue } from "../../../src/workbook/snapshot";
import { sheetFrom } from "./sheetFrom";

type Columns = Partial<Record<IndicatorColumn, number>>;

function readHeader(header: CellValue[], row: CellValue[] = []) {
  const reading = readPlanSheet(sheetFrom([header, row.length > 0 ? row : header.map(() => null)]));
  expect(reading.tables).toHaveLength(1);
  return reading.tables[0];
}

describe("columns are found by their headers, in any order", () => {
  test.each<[string, CellValue[], Columns]>([
    [
      "the template's Vietnamese headers",
      [
        "STT",
        "Mã",
        "Lĩnh vực",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Loại chỉ tiêu",
        "Cách tổng hợp",
        "Lũy kế",
        "Thực hiện năm trước",
        "Kế hoạch",
        "Kế hoạch tối đa",
        "Thực hiện",
        "Ước cả năm",
        "% KH",
        "Đánh giá",
        "Ghi chú",
      ],
      {
        code: 2,
        field: 3,
        name: 4,
        unit: 5,
        kind: 6,
        aggregation: 7,
        cumulative: 8,
        baseline: 9,
        target: 10,
        targetMax: 11,
        actual: 12,
        forecast: 13,
        notes: 16,
      },
    ],
    [
      "without diacritics, in capitals",
      ["STT", "MA", "CHI TIEU", "DON VI TINH", "KE HOACH", "THUC HIEN", "GHI CHU"],
      { code: 2, name: 3, unit: 4, target: 5, actual: 6, notes: 7 },
    ],
    [
      "English aliases",
      [
        "No.",
        "Code",
        "Field",
        "Indicator",
        "Unit",
        "Target kind",
        "Aggregation",
        "Cumulative",
        "Baseline",
        "Target",
        "Target max",
        "Actual",
        "Forecast",
        "% of plan",
        "Status",
        "Notes",
      ],
      {
        code: 2,
        field: 3,
        name: 4,
        unit: 5,
        kind: 6,
        aggregation: 7,
        cumulative: 8,
        baseline: 9,
        target: 10,
        targetMax: 11,
        actual: 12,
        forecast: 13,
        notes: 16,
      },
    ],
    [
      "reordered, with other names",
      ["Thực hiện năm", "Kế hoạch năm", "Tên chỉ tiêu", "ĐVT", "Mã"],
      { actual: 1, target: 2, name: 3, unit: 4, code: 5 },
    ],
    [
      "abbreviations with years: the earlier TH is the baseline",
      ["TT", "Nội dung", "ĐVT", "TH 2019", "KH 2020", "TH 2020", "ƯTH 2020", "So sánh %"],
      { name: 2, unit: 3, baseline: 4, target: 5, actual: 6, forecast: 7 },
    ],
    [
      '"Thực hiện năm 2019" before the plan year',
      ["Chỉ tiêu", "Thực hiện năm 2019", "Kế hoạch năm 2020", "Ước thực hiện"],
      { name: 1, baseline: 2, target: 3, forecast: 4 },
    ],
    [
      "only actuals with years",
      ["Chỉ tiêu", "TH 2022", "TH 2023"],
      { name: 1, baseline: 2, actual: 3 },
    ],
  ])("%s", (_title, header, columns) => {
    expect(readHeader(header).columns).toEqual(columns);
  });

  test("the owned columns and the STT, ratio and last columns", () => {
    const table = readHeader([
      "STT",
      "Chỉ tiêu",
      "KH 2020",
      "TH 2020",
      "So sánh %",
      "% KH",
      "Đánh giá",
      "Ghi chú",
    ]);
    expect(table.ownedColumns).toEqual({ percent: 6, status: 7 });
    expect(table.labelColumn).toBe(1);
    expect(table.ratioColumns).toEqual([5]);
    expect(table.lastColumn).toBe(8);
    expect(table.year).toBe(2020);
  });

  test("the period an actual column names", () => {
    expect(readHeader(["Chỉ tiêu", "Kế hoạch", "Thực hiện 6 tháng", "Ước cả năm"]).period).toBe(
      "6m",
    );
    expect(readHeader(["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Ước cả năm"]).period).toBeUndefined();
  });

  test("a column under two header rows: the texts are combined", () => {
    const sheet = sheetFrom(
      [
        ["Chỉ tiêu", "Kế hoạch", null, "Thực hiện", null],
        [null, "Tối thiểu", "Tối đa", "Năm 2022", "Năm 2023"],
        ["Dân số", 100, 120, 95, 101],
      ],
      { merges: ["A1:A2", "B1:C1", "D1:E1"] },
    );
    const [table] = readPlanSheet(sheet).tables;
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns).toEqual({ name: 1, target: 2, targetMax: 3, baseline: 4, actual: 5 });
    expect(table.year).toBe(2023);
    expect(table.firstDataRow).toBe(3);
  });

  test("a header needs the indicator column and a target or an actual", () => {
    for (const header of [
      ["Chỉ tiêu", "Đơn vị tính", "Ghi chú"],
      ["STT", "Kế hoạch", "Thực hiện"],
      ["Nội dung", "Dự toán", "Thực hiện"],
    ]) {
      const reading = readPlanSheet(sheetFrom([header, ["Dân số", 1, 2]]));
      expect(reading.tables).toEqual([]);
      expect(reading.findings.map((f) => f.rule)).toEqual(["no_plan_table"]);
    }
  });

  test("a column twice: a finding at the second header cell; the first is read", () => {
    const reading = readPlanSheet(
      sheetFrom([
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Kế hoạch"],
        ["Dân số", 100, 90, 200],
      ]),
    );
    expect(reading.tables[0].columns.target).toBe(2);
    expect(reading.findings).toEqual([
      {
        rule: "duplicate_column",
        severity: "warning",
        sheet: "KH 2023",
        cell: "D1",
        params: { column: "Kế hoạch", firstCell: "B1" },
      },
    ]);
  });

  test("two plan years: the report year's is the target, the later one the next plan", () => {
    const reading = readPlanSheet(
      sheetFrom([
        ["Chỉ tiêu", "KH 2022", "TH 2022", "KH 2023"],
        ["A", 1, 2, 3],
      ]),
    );
    expect(reading.tables[0].columns).toEqual({ name: 1, target: 2, actual: 3 });
    expect(reading.tables[0]).toMatchObject({ year: 2022, nextTargetColumn: 4 });
    expect(reading.findings).toEqual([]);
  });
});

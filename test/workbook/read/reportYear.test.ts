import type { IndicatorColumn } from "../../../src/engine/read/rawRow";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import type { CellValue } from "../../../src/workbook/snapshot";
import { sheetFrom } from "./sheetFrom";

type Columns = Partial<Record<IndicatorColumn, number>>;

interface Expected {
  year?: number;
  columns: Columns;
  next?: number;
  span?: { from: number; to: number };
}

/** A title row (or none), a blank row, the header and one row of figures. */
function readWith(title: string | undefined, header: CellValue[]) {
  const rows: CellValue[][] = title === undefined ? [] : [[title], []];
  rows.push(
    header,
    header.map((_, i) => (i === 0 ? "Dân số" : i)),
  );
  const reading = readPlanSheet(sheetFrom(rows));
  expect(reading.tables).toHaveLength(1);
  return { table: reading.tables[0], findings: reading.findings };
}

describe("the report year: the year whose actual the sheet reports", () => {
  test.each<[string, string | undefined, CellValue[], Expected]>([
    [
      "last year's actual, this year's plan and estimate",
      undefined,
      ["Chỉ tiêu", "TH 2019", "KH 2020", "ƯTH 2020"],
      { year: 2020, columns: { name: 1, baseline: 2, target: 3, forecast: 4 } },
    ],
    [
      "next year's plan beside this year's is the next plan, not the target",
      undefined,
      ["Chỉ tiêu", "KH 2022", "TH 2022", "KH 2023"],
      { year: 2022, columns: { name: 1, target: 2, actual: 3 }, next: 4 },
    ],
    [
      "five years side by side: the period's plan, last year's actual, the next plans",
      undefined,
      [
        "Chỉ tiêu",
        "TH 2016",
        "TH 2017",
        "TH 2018",
        "TH 2019",
        "ƯTH/TH 2020",
        "KH 2016-2020",
        "KH 2021",
        "KH 2022",
        "KH 2023",
        "KH 2024",
        "KH 2025",
      ],
      { year: 2020, columns: { name: 1, baseline: 5, actual: 6, target: 7 }, next: 8 },
    ],
    [
      "the title's span settles a five-year report",
      "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2016 – 2020",
      ["Chỉ tiêu", "TH 2019", "KH 2020", "ƯTH 2020", "KH 2016-2020", "KH 2021-2025"],
      {
        year: 2020,
        span: { from: 2016, to: 2020 },
        columns: { name: 1, baseline: 2, forecast: 4, target: 5 },
        next: 6,
      },
    ],
    [
      "“năm 2020” in the title: that year's plan, not the period's",
      "BÁO CÁO THỰC HIỆN KẾ HOẠCH NĂM 2020 VÀ KẾ HOẠCH 5 NĂM 2021-2025",
      ["Chỉ tiêu", "TH 2019", "KH 2020", "ƯTH 2020", "KH 2016-2020", "KH 2021-2025"],
      { year: 2020, columns: { name: 1, baseline: 2, target: 3, forecast: 4 }, next: 6 },
    ],
    [
      "a half-year report: the title's year, last year's same period as baseline",
      "BÁO CÁO 6 THÁNG ĐẦU NĂM 2023",
      ["Chỉ tiêu", "KH 2023", "TH 6 tháng 2022", "TH 6 tháng 2023", "KH 2024"],
      { year: 2023, columns: { name: 1, target: 2, baseline: 3, actual: 4 }, next: 5 },
    ],
    [
      "a plan sheet: last year's actual and next year's plan",
      undefined,
      ["Chỉ tiêu", "TH 2020", "KH 2021"],
      { year: 2021, columns: { name: 1, baseline: 2, target: 3 } },
    ],
    [
      "the baseline is the year before's actual, not any earlier year's",
      undefined,
      ["Chỉ tiêu", "TH 2017", "TH 2018", "TH 2019", "KH 2020", "TH 2020"],
      { year: 2020, columns: { name: 1, baseline: 4, target: 5, actual: 6 } },
    ],
    [
      "a title year no column names: the columns decide",
      "BÁO CÁO NĂM 2021",
      ["Chỉ tiêu", "TH 2019", "KH 2020", "ƯTH 2020"],
      { year: 2020, columns: { name: 1, baseline: 2, target: 3, forecast: 4 } },
    ],
    [
      "columns without years: the title's year",
      "KẾ HOẠCH NĂM 2024",
      ["Chỉ tiêu", "Thực hiện năm trước", "Kế hoạch", "Thực hiện"],
      { year: 2024, columns: { name: 1, baseline: 2, target: 3, actual: 4 } },
    ],
  ])("%s", (_, title, header, expected) => {
    const { table, findings } = readWith(title, header);
    expect(findings).toEqual([]);
    expect(table.columns).toEqual(expected.columns);
    expect(table.year).toBe(expected.year);
    expect(table.nextTargetColumn).toBe(expected.next);
    expect(table.yearSpan).toEqual(expected.span);
  });

  test("every dated column is listed with its use", () => {
    const { table } = readWith(undefined, [
      "Chỉ tiêu",
      "TH 2018",
      "TH 2019",
      "ƯTH/TH 2020",
      "KH 2016-2020",
      "KH 2021",
    ]);
    expect(table.yearColumns).toEqual([
      { column: 2, kind: "actual", from: 2018, to: 2018, use: "history" },
      { column: 3, kind: "actual", from: 2019, to: 2019, use: "baseline" },
      { column: 4, kind: "actual", from: 2020, to: 2020, use: "actual" },
      { column: 5, kind: "plan", from: 2016, to: 2020, use: "target" },
      { column: 6, kind: "plan", from: 2021, to: 2021, use: "next" },
    ]);
  });
});

describe("headers that are formulas", () => {
  test("read from their cached values; one without a value gets a finding at its cell", () => {
    const reading = readPlanSheet(
      sheetFrom(
        [
          ["Chỉ tiêu", "TH 2019", "KH 2020", null, "ƯTH 2020"],
          ["Dân số", 1, 2, 3, 4],
        ],
        {
          formulas: {
            B1: '="TH "&($BX$1-2)',
            C1: '="KH "&($BX$1-1)',
            D1: '="KH "&$BX$1',
          },
        },
      ),
    );
    expect(reading.tables[0].columns).toEqual({ name: 1, baseline: 2, target: 3, forecast: 5 });
    expect(reading.findings).toEqual([
      {
        rule: "header_formula_uncached",
        severity: "warning",
        sheet: "KH 2023",
        cell: "D1",
        params: { formula: '="KH "&$BX$1' },
      },
    ]);
  });
});

describe("hidden columns", () => {
  test("are no role and no group", () => {
    const sheet = sheetFrom([
      ["Chỉ tiêu", "TH 2019", "KH 2020", "ƯTH 2020", "KH 2020"],
      ["Dân số", 1, 2, 3, 4],
    ]);
    sheet.hiddenColumns = [3];
    const reading = readPlanSheet(sheet);
    expect(reading.tables[0].columns).toEqual({ name: 1, baseline: 2, forecast: 4, target: 5 });
    expect(reading.findings).toEqual([]);
  });
});

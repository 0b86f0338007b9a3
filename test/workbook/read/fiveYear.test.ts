import { openWorkbook } from "../../../src/hosts/xlsx";
import type { YearUse } from "../../../src/workbook/planTable";
import { readPlanSheet, type PlanSheetReading } from "../../../src/workbook/read/readPlanSheet";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { fiveYearWorkbook, groupColumn, type FiveYearOptions } from "./fiveYearWorkbook";

const FIVE_YEAR: FiveYearOptions = {
  title: "ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH 5 NĂM GIAI ĐOẠN 2016-2020 VÀ KẾ HOẠCH 5 NĂM 2021-2025",
};
const YEAR_2020: FiveYearOptions = {
  title: "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2020",
  plan2020: true,
};

/** The form written to .xlsx by ExcelJS and read back through the .xlsx gateway. */
async function sheetOf(options: FiveYearOptions): Promise<SheetSnapshot> {
  const gateway = await openWorkbook(await fiveYearWorkbook(options), { fileName: "5nam.xlsx" });
  return (await gateway.read()).sheets[0];
}

async function read(options: FiveYearOptions): Promise<PlanSheetReading> {
  return readPlanSheet(await sheetOf(options));
}

const MEASURES = ["Sản lượng", "Giá trị sản xuất"];

describe("a five-year sheet: several years side by side, measure groups, hidden rows", () => {
  test("headers are formulas: the snapshot holds their cached values", async () => {
    const sheet = await sheetOf(FIVE_YEAR);
    const at = (row: number, column: number) => ({
      value: sheet.values[row - sheet.origin.row][column - sheet.origin.column],
      formula: sheet.formulas[row - sheet.origin.row][column - sheet.origin.column],
    });
    expect(at(5, 3)).toEqual({ value: "TH 2016", formula: '="TH "&($BX$1-5)' });
    expect(at(5, 8)).toEqual({ value: "KH 2016-2020", formula: '="KH "&($BX$1-5)&"-"&($BX$1-1)' });
    expect(sheet.hiddenRows).toEqual([9, 10, 11, 12, 13]);
  });

  test.each<[string, FiveYearOptions, string, YearUse]>([
    ["a five-year report: the period's plan", FIVE_YEAR, "KH 2016-2020", "target"],
    ["a report for 2020: that year's plan", YEAR_2020, "KH 2020", "target"],
  ])("%s is the target; later years' plans are next plans", async (_, options, target) => {
    const reading = await read(options);
    expect(reading.tables).toHaveLength(2);
    for (const [g, table] of reading.tables.entries()) {
      const col = (header: string) => groupColumn(options, g, header);
      expect(table.columns).toEqual({
        name: 2,
        baseline: col("TH 2019"),
        actual: col("ƯTH/TH 2020"),
        target: col(target),
      });
      expect(table.year).toBe(2020);
      expect(table.nextTargetColumn).toBe(col("KH 2021"));
      const uses = new Map(table.yearColumns?.map((c) => [c.column, c.use]));
      for (const later of ["KH 2021", "KH 2022", "KH 2023", "KH 2024", "KH 2025"]) {
        expect(uses.get(col(later))).toBe("next");
        expect(table.columns.target).not.toBe(col(later));
      }
      for (const earlier of ["TH 2016", "TH 2017", "TH 2018"]) {
        expect(uses.get(col(earlier))).toBe("history");
      }
    }
  });

  test("the five-year report's span; a one-year report keeps the period's plan as history", async () => {
    const [five] = (await read(FIVE_YEAR)).tables;
    expect(five.yearSpan).toEqual({ from: 2016, to: 2020 });
    const [year] = (await read(YEAR_2020)).tables;
    expect(year.yearSpan).toBeUndefined();
    const span = year.yearColumns?.find((c) => c.from === 2016 && c.to === 2020);
    expect(span).toMatchObject({ kind: "plan", use: "history" });
  });

  test("the column groups are measures of one unit's indicators, not sub-units", async () => {
    const { tables, findings } = await read(FIVE_YEAR);
    expect(tables.map((t) => t.group)).toEqual([
      { index: 0, count: 2, isTotal: false, kind: "measure" },
      { index: 1, count: 2, isTotal: false, kind: "measure" },
    ]);
    expect(tables.map((t) => t.measure)).toEqual(MEASURES);
    expect(tables.map((t) => t.unit)).toEqual(["HUYỆN ĐƠN DƯƠNG", "HUYỆN ĐƠN DƯƠNG"]);
    expect(findings.filter((f) => f.rule.startsWith("groups_read_as"))).toEqual([]);
  });

  test("hidden rows are not judged: one finding for the three that hold figures", async () => {
    const { tables, findings } = await read(FIVE_YEAR);
    for (const table of tables) {
      expect(table.rows.map((r) => r.row)).toEqual([7, 8, 15]);
      expect(table.hiddenRowCount).toBe(4); // Cà phê, Chè, Điều, Cao su ("Hồ tiêu" is bare)
    }
    expect(findings).toEqual([
      {
        rule: "hidden_rows_with_figures",
        severity: "info",
        sheet: "5 năm",
        cell: "A9:A13",
        params: { count: 3 },
      },
    ]);
  });

  test("the hidden column (a stale KH 2020) is no role, in no group", async () => {
    const { tables } = await read(FIVE_YEAR);
    const hidden = groupColumn(FIVE_YEAR, 2, "TH 2016");
    for (const table of tables) {
      expect(Object.values(table.columns)).not.toContain(hidden);
      expect(table.yearColumns?.map((c) => c.column)).not.toContain(hidden);
    }
  });

  test("the figures read are the report year's", async () => {
    const [output, value] = (await read(FIVE_YEAR)).tables;
    const rice = output.rows.find((r) => r.row === 7);
    expect(rice?.cells.target).toMatchObject({ value: 1150, address: "H7" });
    expect(rice?.cells.actual).toMatchObject({ value: 1100, address: "G7" });
    expect(rice?.cells.baseline).toMatchObject({ value: 1080, address: "F7" });
    const meat = value.rows.find((r) => r.row === 15);
    expect(meat?.cells.target).toMatchObject({ value: 115000, address: "S15" });
  });

  test("header formulas saved without results: one finding each at its cell, no guess", async () => {
    const { tables, findings } = await read({ ...FIVE_YEAR, uncached: true });
    expect(tables).toEqual([]);
    const uncached = findings.filter((f) => f.rule === "header_formula_uncached");
    expect(uncached).toHaveLength(22);
    expect(uncached[0]).toEqual({
      rule: "header_formula_uncached",
      severity: "warning",
      sheet: "5 năm",
      cell: "C5",
      params: { formula: '="TH "&($BX$1-5)' },
    });
    expect(findings.map((f) => f.rule)).toContain("no_plan_table");
  });
});

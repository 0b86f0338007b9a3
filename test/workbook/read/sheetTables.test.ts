import { findingMessage } from "../../../src/engine/findings/finding";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { emptySheet } from "../../../src/workbook/snapshot";
import { sheetFrom } from "./sheetFrom";

describe("tables on a sheet", () => {
  test("two tables, each with its own titles; blank rows skipped", () => {
    const sheet = sheetFrom([
      ["Đơn vị: Phường 1"],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Dân số", 100, 98],
      [],
      [2, "Số hộ nghèo", 20, 18],
      [],
      [],
      ["Đơn vị: Phường 2"],
      ["Năm: 2024"],
      ["No.", "Indicator", "Target", "Actual"],
      [1, "Dân số", 200, 201],
    ]);
    const reading = readPlanSheet(sheet);
    expect(reading.findings).toEqual([]);
    expect(
      reading.tables.map((t) => ({
        unit: t.unit,
        year: t.year,
        headerRows: t.headerRows,
        data: [t.firstDataRow, t.lastDataRow],
        rows: t.rows.map((r) => r.row),
      })),
    ).toEqual([
      { unit: "Phường 1", year: undefined, headerRows: [2], data: [3, 5], rows: [3, 5] },
      { unit: "Phường 2", year: 2024, headerRows: [10], data: [11, 11], rows: [11] },
    ]);
  });

  test("an Excel table: its header row and its range", () => {
    const sheet = sheetFrom(
      [
        ["KẾ HOẠCH NĂM 2025"],
        [],
        [null, "Mã", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"],
        [null, "KT01", "Tăng trưởng", "12%", 0.1, null, null],
        [null, "KT02", "Thu ngân sách", 100, 50, null, null],
        [null, null, "Người lập biểu", null, null, null, null],
      ],
      { tables: [{ name: "KeHoach", range: "B3:G5", showHeaders: true }] },
    );
    const [table] = readPlanSheet(sheet).tables;
    expect(table).toMatchObject({
      year: 2025,
      headerRows: [3],
      columns: { code: 2, name: 3, target: 4, actual: 5 },
      ownedColumns: { percent: 6, status: 7 },
      lastColumn: 7,
      firstDataRow: 4,
      lastDataRow: 5,
    });
    expect(table.rows.map((r) => r.cells.code?.value)).toEqual(["KT01", "KT02"]);
  });

  test("an Excel table without a plan header is left alone", () => {
    const sheet = sheetFrom(
      [
        ["Name", "Value"],
        ["a", 1],
      ],
      { tables: [{ name: "T", range: "A1:B2", showHeaders: true }] },
    );
    expect(readPlanSheet(sheet).findings.map((f) => f.rule)).toEqual(["no_plan_table"]);
  });

  test("the signatures under a table end it", () => {
    const sheet = sheetFrom([
      ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      ["Dân số", "người", 100, 98],
      [],
      ["Hà Nội, ngày 15 tháng 11 năm 2020"],
      ["Người lập biểu", null, "Thủ trưởng đơn vị"],
      ["Nguyễn Văn A", null, "Trần Văn B"],
    ]);
    const [table] = readPlanSheet(sheet).tables;
    expect(table.rows.map((r) => r.row)).toEqual([2]);
    expect(table.lastDataRow).toBe(2);
  });

  test("a table away from A1 (the snapshot's origin), an unlabelled column next to it", () => {
    const sheet = sheetFrom(
      [
        ["Tên chỉ tiêu", "Kế hoạch năm", "Thực hiện năm", "Ước tính năm", "Đơn vị"],
        ["Gia súc", null, 8000, null, "Con", 13589],
      ],
      { origin: { row: 7, column: 1 } },
    );
    const [table] = readPlanSheet(sheet).tables;
    expect(table.headerRows).toEqual([7]);
    expect(table.columns).toEqual({ name: 1, target: 2, actual: 3, forecast: 4, unit: 5 });
    expect(table.lastColumn).toBe(6);
    expect(table.rows[0].cells.target).toEqual({ value: null, numFmt: "General", address: "B8" });
  });
});

describe("a sheet without a plan table", () => {
  test.each([
    ["an empty sheet", emptySheet("Trống")],
    [
      "a list of payments",
      sheetFrom(
        [
          ["Mã", "Nội Dung", "Số Tiền"],
          [7, "Thuê ghế", "3.000.000"],
        ],
        { name: "Trống" },
      ),
    ],
  ])("%s gets one finding saying so", (_title, sheet) => {
    const reading = readPlanSheet(sheet);
    expect(reading.tables).toEqual([]);
    expect(reading.findings).toHaveLength(1);
    expect(reading.findings[0]).toMatchObject({
      rule: "no_plan_table",
      severity: "info",
      sheet: "Trống",
      cell: "A1",
    });
    expect(findingMessage(reading.findings[0])).toBe(
      "Trang “Trống” không có bảng chỉ tiêu (cần ít nhất cột Chỉ tiêu và cột Kế hoạch hoặc Thực hiện).",
    );
  });
});

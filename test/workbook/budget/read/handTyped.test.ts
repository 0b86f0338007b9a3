import { readBudgetSheet } from "../../../../src/workbook/budget/read/readBudgetSheet";
import type { ReadBudgetTable } from "../../../../src/workbook/budget/read/readBudgetTable";
import { readPlanSheet } from "../../../../src/workbook/read/readPlanSheet";
import type { CellValue } from "../../../../src/workbook/snapshot";
import { sheetFrom, type SheetSpec } from "../../read/sheetFrom";

function onlyTable(rows: CellValue[][], spec: SheetSpec = {}): ReadBudgetTable {
  const reading = readBudgetSheet(sheetFrom(rows, { name: "NS 2022", ...spec }));
  expect(reading.tables).toHaveLength(1);
  return reading.tables[0];
}

/** [row, name, indent, parentRow, section, isTotal] of each line. */
function lines(table: ReadBudgetTable) {
  return table.rows.map((r) => [
    r.row,
    r.cells.name?.value,
    r.indent,
    r.parentRow,
    r.section,
    r.isTotal ?? false,
  ]);
}

describe("a hand-typed table without codes: the hierarchy from indentation", () => {
  // Hoàng Mai 2022: thu 4.435 = 100% dự toán, chi 1.842 = 96% dự toán (seed 001).
  const rows: CellValue[][] = [
    ["ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2022"],
    ["Đơn vị: Quận Hoàng Mai"],
    [null, null, null, "Đơn vị tính: tỷ đồng"],
    [],
    ["Nội dung", "Dự toán", "Ước thực hiện", "% dự toán"],
    ["Tổng thu ngân sách nhà nước trên địa bàn", 4435, 4435, 100],
    ["    Thu nội địa", 3935, 3975, null],
    ["    Thu tiền sử dụng đất", 500, 460, null],
    ["Tổng chi ngân sách quận", 1918.75, 1842, 96],
    ["    Chi đầu tư phát triển", 820, 800, null],
    ["    Chi thường xuyên", 1060.375, 1042, null],
    ["        Chi sự nghiệp giáo dục", 500, 490, null],
    ["    Dự phòng ngân sách", 38.375, 0, null],
  ];

  test("columns, title, unit and money unit", () => {
    const table = onlyTable(rows);
    expect(table).toMatchObject({
      kind: "amounts",
      title: "ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2022",
      unitName: "Quận Hoàng Mai",
      moneyUnit: "tỷ đồng",
      headerRows: [5],
      columns: { name: 1, estimate: 2, actual: 3, percentOfEstimate: 4 },
      headers: {
        name: "Nội dung",
        estimate: "Dự toán",
        actual: "Ước thực hiện",
        percentOfEstimate: "% dự toán",
      },
      ownedColumns: {},
      firstDataRow: 6,
      lastRow: 13,
      lastColumn: 4,
      freeColumn: 5,
    });
    expect(table.columnNumberRow).toBeUndefined();
  });

  test("indent levels, parents, thu / chi sections", () => {
    expect(lines(onlyTable(rows))).toEqual([
      [6, "Tổng thu ngân sách nhà nước trên địa bàn", 0, undefined, "revenue", false],
      [7, "    Thu nội địa", 1, 6, "revenue", false],
      [8, "    Thu tiền sử dụng đất", 1, 6, "revenue", false],
      [9, "Tổng chi ngân sách quận", 0, undefined, "expenditure", false],
      [10, "    Chi đầu tư phát triển", 1, 9, "expenditure", false],
      [11, "    Chi thường xuyên", 1, 9, "expenditure", false],
      [12, "        Chi sự nghiệp giáo dục", 2, 11, "expenditure", false],
      [13, "    Dự phòng ngân sách", 1, 9, "expenditure", false],
    ]);
  });

  test("cells keep their addresses and values as typed", () => {
    const row9 = onlyTable(rows).rows.find((r) => r.row === 9);
    expect(row9?.cells).toMatchObject({
      estimate: { value: 1918.75, address: "B9" },
      actual: { value: 1842, address: "C9" },
      percentOfEstimate: { value: 96, address: "D9" },
    });
    expect(row9?.cells.code).toBeUndefined();
  });

  test("a two-space step and tabs read as the same levels", () => {
    const twoSpaces = rows.map((r) =>
      typeof r[0] === "string" ? [r[0].replace(/ {4}/g, "  "), ...r.slice(1)] : r,
    );
    const tabs = rows.map((r) =>
      typeof r[0] === "string" ? [r[0].replace(/ {4}/g, "\t"), ...r.slice(1)] : r,
    );
    expect(onlyTable(twoSpaces).rows.map((r) => [r.indent, r.parentRow])).toEqual(
      onlyTable(rows).rows.map((r) => [r.indent, r.parentRow]),
    );
    expect(onlyTable(tabs).rows.map((r) => [r.indent, r.parentRow])).toEqual(
      onlyTable(rows).rows.map((r) => [r.indent, r.parentRow]),
    );
  });

  test("the plan reader does not take it", () => {
    const reading = readPlanSheet(sheetFrom(rows));
    expect(reading.tables).toEqual([]);
  });
});

describe("numbered labels in the names, heading lines kept", () => {
  const table = () =>
    onlyTable([
      ["Nội dung", "Dự toán", "Thực hiện"],
      ["A. TỔNG THU NGÂN SÁCH", null, null],
      ["1. Thu nội địa", 3935, 3975],
      ["2. Thu tiền sử dụng đất", 500, 460],
      ["B. TỔNG CHI NGÂN SÁCH", null, null],
      ["1. Chi đầu tư phát triển", 820, 800],
      ["2. Chi thường xuyên", 1060.375, 1042],
      ["- Chi sự nghiệp giáo dục", 500, 490],
      ["Tổng cộng", 6315.375, 6277],
    ]);

  test("labels, codes from the name cell, parents, sections and the total", () => {
    expect(
      table().rows.map((r) => [r.row, r.label, r.cells.code, r.parentRow, r.section, r.isTotal]),
    ).toEqual([
      [2, "A.", { value: "A.", address: "A2" }, undefined, "revenue", undefined],
      [3, "1.", { value: "1.", address: "A3" }, 2, "revenue", undefined],
      [4, "2.", { value: "2.", address: "A4" }, 2, "revenue", undefined],
      [5, "B.", { value: "B.", address: "A5" }, undefined, "expenditure", undefined],
      [6, "1.", { value: "1.", address: "A6" }, 5, "expenditure", undefined],
      [7, "2.", { value: "2.", address: "A7" }, 5, "expenditure", undefined],
      [8, "-", { value: "-", address: "A8" }, 7, "expenditure", undefined],
      [9, undefined, undefined, undefined, undefined, true],
    ]);
  });
});

describe("a Loại column tells revenue from expenditure", () => {
  test("sections from the column, codes from STT", () => {
    const table = onlyTable([
      ["STT", "Loại", "Nội dung", "Dự toán", "Thực hiện"],
      [1, "Thu", "Thuế thu nhập cá nhân", 1450, 1500],
      [2, "Thu", "Lệ phí trước bạ", 780, 700],
      [3, "Chi", "Đầu tư phát triển", 420, 400],
      [4, "chi", "Dự phòng ngân sách", 22.6, 0],
    ]);
    expect(table.columns).toEqual({ code: 1, section: 2, name: 3, estimate: 4, actual: 5 });
    expect(table.rows.map((r) => [r.cells.code, r.section, r.cells.section?.address])).toEqual([
      [{ value: 1, address: "A2", numFmt: "General" }, "revenue", "B2"],
      [{ value: 2, address: "A3", numFmt: "General" }, "revenue", "B3"],
      [{ value: 3, address: "A4", numFmt: "General" }, "expenditure", "B4"],
      [{ value: 4, address: "A5", numFmt: "General" }, "expenditure", "B5"],
    ]);
  });
});

describe("a share table: Cơ cấu kinh tế (seed 003: 61,6 + 38,3 + 0,1 = 100)", () => {
  test.each<[string, CellValue[][]]>([
    [
      "Tỷ trọng (%)",
      [
        ["CƠ CẤU KINH TẾ NĂM 2023"],
        ["Ngành", "Tỷ trọng (%)"],
        ["Thương mại, dịch vụ", 61.6],
        ["Công nghiệp - xây dựng", 38.3],
        ["Nông nghiệp", 0.1],
      ],
    ],
    [
      "Cơ cấu with STT",
      [
        ["CƠ CẤU KINH TẾ NĂM 2023"],
        ["STT", "Khu vực", "Cơ cấu"],
        [1, "Thương mại, dịch vụ", 61.6],
        [2, "Công nghiệp - xây dựng", 38.3],
        [3, "Nông nghiệp", 0.1],
      ],
    ],
  ])("%s", (_, rows) => {
    const table = onlyTable(rows);
    const width = rows[1].length;
    expect(table.kind).toBe("shares");
    expect(table.title).toBe("CƠ CẤU KINH TẾ NĂM 2023");
    expect(table.columns.share).toBe(width);
    expect(table.rows.map((r) => [r.cells.name?.value, r.cells.share?.value])).toEqual([
      ["Thương mại, dịch vụ", 61.6],
      ["Công nghiệp - xây dựng", 38.3],
      ["Nông nghiệp", 0.1],
    ]);
    expect(table.rows.some((r) => r.isTotal)).toBe(false);
  });
});

describe("a headcount breakdown: 2.674 = 364 + 1.968 + 342 (seed 003)", () => {
  test.each<[string, CellValue, CellValue[]]>([
    ["numbers", 2674, [364, 1968, 342]],
    ["numbers typed as text", "2.674", ["364", "1.968", "342"]],
  ])("%s", (_, total, parts) => {
    const table = onlyTable([
      ["BIÊN CHẾ CÔNG CHỨC VÀ LAO ĐỘNG HỢP ĐỒNG NĂM 2023"],
      ["Đơn vị tính: người"],
      ["STT", "Nội dung", "Số lượng"],
      [null, "Tổng số biên chế", total],
      [1, "Cán bộ, công chức", parts[0]],
      [2, "Viên chức", parts[1]],
      [3, "Hợp đồng lao động", parts[2]],
    ]);
    expect(table).toMatchObject({
      kind: "breakdown",
      moneyUnit: "người",
      columns: { code: 1, name: 2, estimate: 3 },
      headers: { estimate: "Số lượng" },
    });
    expect(table.rows.map((r) => [r.row, r.cells.estimate?.value, r.isTotal ?? false])).toEqual([
      [4, total, true],
      [5, parts[0], false],
      [6, parts[1], false],
      [7, parts[2], false],
    ]);
    expect(table.rows.every((r) => r.parentRow === undefined)).toBe(true);
  });

  test("a flat list of amounts with neither total nor parts is no breakdown", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["Nội dung", "Số tiền"],
        ["Thuê ghế, âm thanh", "3.000.000"],
        ["Mua nước", "1.500.000"],
      ]),
    );
    expect(reading.tables).toEqual([]);
    expect(reading.findings.map((f) => [f.rule, f.cell])).toEqual([["budget_no_table", "A1"]]);
  });
});

describe("merged headers, a row of column numbers and the add-in's own columns", () => {
  const table = () =>
    onlyTable(
      [
        [
          "STT",
          "Nội dung",
          "Dự toán năm 2023",
          "Ước thực hiện năm 2023",
          "So sánh (%)",
          null,
          "% dự toán (tính)",
          "Đánh giá",
        ],
        [null, null, null, null, "TH/DT", "TH/CK"],
        ["A", "B", 1, 2, "3 = 2/1", "4"],
        ["I", "Thu ngân sách", 100, 95, 95, 110, 95, "Đạt"],
        ["II", "Chi ngân sách", 80, 70, 87.5, 105, 87.5, "Đạt"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2", "H1:H2"] },
    );

  test("roles under a merged group header, the owned columns where the writer finds them", () => {
    expect(table()).toMatchObject({
      headerRows: [1, 2],
      columnNumberRow: 3,
      firstDataRow: 4,
      lastRow: 5,
      columns: {
        code: 1,
        name: 2,
        estimate: 3,
        actual: 4,
        percentOfEstimate: 5,
        percentOfLastYear: 6,
      },
      ownedColumns: { percent: 7, status: 8 },
      lastColumn: 8,
      freeColumn: 9,
    });
    expect(table().rows.map((r) => [r.label, r.section])).toEqual([
      ["I", "revenue"],
      ["II", "expenditure"],
    ]);
  });
});

describe("several estimate and actual columns", () => {
  test("the estimate of the actual's year; a later estimate is another estimate", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["Nội dung", "Dự toán 2023", "Ước TH 2023", "Dự toán 2024"],
        ["Tổng thu", 8664.9, 8700, 9000],
      ]),
    );
    expect(reading.tables[0].columns).toEqual({ name: 1, estimate: 2, actual: 3 });
    expect(reading.findings.map((f) => [f.rule, f.cell, f.params.used])).toEqual([
      ["budget_extra_column", "D1", "Dự toán 2023"],
    ]);
  });

  test("an actual of an earlier year is last year's", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["Nội dung", "TH 2022", "Dự toán 2023", "Thực hiện 2023"],
        ["Tổng thu", 8000, 8664.9, 8700],
      ]),
    );
    expect(reading.tables[0].columns).toEqual({ name: 1, lastYear: 2, estimate: 3, actual: 4 });
    expect(reading.findings).toEqual([]);
  });
});

describe("reader findings", () => {
  test("figures under no header", () => {
    const reading = readBudgetSheet(
      sheetFrom(
        [
          ["Nội dung", "Dự toán", null, "Thực hiện"],
          ["Thu nội địa", 3935, 3950, 3975],
        ],
        { name: "Thu" },
      ),
    );
    expect(reading.tables).toHaveLength(1);
    expect(reading.findings).toEqual([
      {
        rule: "budget_unnamed_column",
        severity: "warning",
        sheet: "Thu",
        cell: "C1",
        params: { column: "C" },
      },
    ]);
  });

  test("figures typed as text under no header", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["Nội dung", "Dự toán", "Thực hiện", null],
        ["Thu nội địa", "3.935", "3.975", "3.950"],
        ["Ghi chú: số liệu ước", null, null, "x"],
      ]),
    );
    expect(reading.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_unnamed_column", "D1"],
    ]);
  });

  test("a sheet without a budget table says so once", () => {
    const reading = readBudgetSheet(sheetFrom([["Ghi chú"], ["Không có bảng"]], { name: "Ghi" }));
    expect(reading.findings).toEqual([
      {
        rule: "budget_no_table",
        severity: "info",
        sheet: "Ghi",
        cell: "A1",
        params: { sheet: "Ghi" },
      },
    ]);
  });

  test("a plan table is not a budget table", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Dự toán"],
        [1, "Thu ngân sách", "tỷ đồng", 100, 90, 100],
      ]),
    );
    expect(reading.tables).toEqual([]);
  });
});

describe("two tables on one sheet", () => {
  test("each with its own title and money unit", () => {
    const reading = readBudgetSheet(
      sheetFrom([
        ["DỰ TOÁN THU NGÂN SÁCH NĂM 2023"],
        ["Đơn vị tính: tỷ đồng"],
        ["STT", "Nội dung", "Dự toán"],
        ["I", "Thu nội địa", 7164.9],
        ["II", "Thu tiền sử dụng đất", 1500],
        [],
        ["DỰ TOÁN CHI NGÂN SÁCH NĂM 2023"],
        ["Đơn vị tính: triệu đồng"],
        ["STT", "Nội dung", "Dự toán"],
        ["I", "Chi đầu tư phát triển", 420000],
        ["II", "Chi thường xuyên", 688156],
      ]),
    );
    expect(
      reading.tables.map((t) => [t.title, t.moneyUnit, t.headerRows, t.rows.map((r) => r.row)]),
    ).toEqual([
      ["DỰ TOÁN THU NGÂN SÁCH NĂM 2023", "tỷ đồng", [3], [4, 5]],
      ["DỰ TOÁN CHI NGÂN SÁCH NĂM 2023", "triệu đồng", [9], [10, 11]],
    ]);
    expect(reading.findings).toEqual([]);
  });
});

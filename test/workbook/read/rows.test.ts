import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import type { PlanRow } from "../../../src/workbook/planTable";
import { sheetFrom } from "./sheetFrom";

/** A ward's plan sheet as offices type it: titles, a two-row header, numbers under it. */
function wardSheet() {
  return sheetFrom(
    [
      ["ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG"],
      ["BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2023"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
      ["A", "B", "C", 1, 2, 3],
      ["I", "KINH TẾ", null, null, null, null],
      [1, "Tổng thu ngân sách", "tỷ đồng", 120, 80, null],
      ["a)", "Thu thuế", "tỷ đồng", 100, 70, null],
      ["-", "Thuế công thương nghiệp", "tỷ đồng", 60, { error: "#REF!" }, null],
      [],
      ["b)", "Thu phí, lệ phí", "tỷ đồng", 20, null, "chưa có số"],
      [2, "Tỷ lệ giải ngân", "%", 0.97, 0.5, null],
      ["II", "XÃ HỘI", null, null, null, null],
      [1, "Số hộ nghèo giảm", "hộ", "giảm 3-5%", 12, null],
      [null, null, null, 5, 6, null],
      ["", "Tổng cộng", null, 245, 168.5, null],
      [],
      [null, "Tân Phong, ngày 30 tháng 6 năm 2023"],
      [null, "TM. ỦY BAN NHÂN DÂN"],
    ],
    {
      name: "Phường",
      hiddenRows: [11],
      numberFormats: { D12: "0%", E12: "0.0%" },
      formulas: { D7: "=SUM(D8:D11)" },
    },
  );
}

const pick = (row: PlanRow) => ({
  row: row.row,
  label: row.label,
  parentRow: row.parentRow,
  field: row.field,
  isTotal: row.isTotal,
  hidden: row.hidden,
  name: row.cells.name?.value,
});

describe("a plan table's rows", () => {
  const reading = readPlanSheet(wardSheet());
  const [table] = reading.tables;

  test("one table, its unit, period and year from the titles", () => {
    expect(reading.tables).toHaveLength(1);
    // Row 11 is hidden and holds a figure: not judged, and said once, at its place.
    expect(reading.findings).toEqual([
      {
        rule: "hidden_rows_with_figures",
        severity: "info",
        sheet: "Phường",
        cell: "A11",
        params: { count: 1 },
      },
    ]);
    expect(table).toMatchObject({
      sheet: "Phường",
      unit: "PHƯỜNG TÂN PHONG",
      period: "6m",
      year: 2023,
      headerRows: [4],
      columnNumberRow: 5,
      firstDataRow: 6,
      lastDataRow: 16,
      lastColumn: 6,
      hiddenRowCount: 1,
    });
  });

  test("group rows set the field; labels give the hierarchy; totals are marked; hidden rows left out", () => {
    expect(table.rows.map(pick)).toEqual([
      { row: 7, label: "1", field: "KINH TẾ", isTotal: true, name: "Tổng thu ngân sách" },
      { row: 8, label: "a)", parentRow: 7, field: "KINH TẾ", name: "Thu thuế" },
      { row: 9, label: "-", parentRow: 8, field: "KINH TẾ", name: "Thuế công thương nghiệp" },
      { row: 12, label: "2", field: "KINH TẾ", name: "Tỷ lệ giải ngân" },
      { row: 14, label: "1", field: "XÃ HỘI", name: "Số hộ nghèo giảm" },
      { row: 15, parentRow: 14, field: "XÃ HỘI", name: null },
      { row: 16, field: "XÃ HỘI", isTotal: true, name: "Tổng cộng" },
    ]);
  });

  test("every mapped cell, blank ones included, with its value, format and address", () => {
    const row = table.rows.find((r) => r.row === 12) as PlanRow;
    expect(row.sheet).toBe("Phường");
    expect(row.cells).toEqual({
      name: { value: "Tỷ lệ giải ngân", numFmt: "General", address: "B12" },
      unit: { value: "%", numFmt: "General", address: "C12" },
      target: { value: 0.97, numFmt: "0%", address: "D12" },
      actual: { value: 0.5, numFmt: "0.0%", address: "E12" },
      notes: { value: null, numFmt: "General", address: "F12" },
    });
    const error = table.rows.find((r) => r.row === 9) as PlanRow;
    expect(error.cells.actual).toEqual({
      value: { error: "#REF!" },
      numFmt: "General",
      address: "E9",
    });
  });

  test("options override the title's unit and period", () => {
    const [other] = readPlanSheet(wardSheet(), { unit: "Phường 1", period: "9m" }).tables;
    expect(other.unit).toBe("Phường 1");
    expect(other.period).toBe("9m");
  });
});

describe("title and key/value rows", () => {
  test.each<
    [string, (string | number | null)[][], { unit?: string; period?: string; year?: number }]
  >([
    [
      "Đơn vị: in one cell",
      [["Đơn vị: Quận 1"], ["Kỳ báo cáo: 9 tháng"]],
      { unit: "Quận 1", period: "9m" },
    ],
    [
      "UBND in a title",
      [["UBND huyện Đơn Dương"], ["KẾ HOẠCH NĂM 2021"]],
      { unit: "huyện Đơn Dương", year: 2021 },
    ],
    [
      "key and value in two cells",
      [
        ["Địa bàn:", "Xã Thuận Hạnh", "Khu vực", "Chỉ huyện"],
        ["Kỳ nhập liệu", "Quý I"],
        ["Năm", 2021],
      ],
      { unit: "Xã Thuận Hạnh", period: "q1", year: 2021 },
    ],
    [
      "a Biểu title",
      [["Biểu 07: tổng hợp chỉ tiêu kinh tế - xã hội năm 2020 phân theo các xã"]],
      { year: 2020 },
    ],
    [
      "a five-year title: the span's last year, not its first",
      [["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020"]],
      { year: 2020 },
    ],
    [
      "a school year is no span",
      [["Tổng kết năm học 2019-2020"], ["Báo cáo năm 2020"]],
      { year: 2020 },
    ],
    [
      "key/value rows win over titles",
      [["UBND quận 3"], ["Đơn vị: Phường 5"]],
      { unit: "Phường 5" },
    ],
    ["a key/value row right above the header", [["Đơn vị", "Phường 6"]], { unit: "Phường 6" }],
    [
      "English titles",
      [
        ["Unit: Ward 5"],
        ["Reporting period: Six months"],
        ["SOCIO-ECONOMIC DEVELOPMENT PLAN 2024"],
      ],
      { unit: "Ward 5", period: "6m", year: 2024 },
    ],
  ])("%s", (_title, titleRows, expected) => {
    // The header follows a blank row, or (a single key/value row) comes right under it.
    const gap = titleRows.length > 1 ? [[]] : [];
    const sheet = sheetFrom([
      ...titleRows,
      ...gap,
      ["Tên chỉ tiêu", "Kế hoạch năm", "Thực hiện năm"],
      ["A", 1, 2],
    ]);
    const [table] = readPlanSheet(sheet).tables;
    expect(table.headerRows).toEqual([titleRows.length + gap.length + 1]);
    expect({ unit: table.unit, period: table.period, year: table.year }).toEqual({
      unit: undefined,
      period: undefined,
      year: undefined,
      ...expected,
    });
  });
});

describe("column number rows", () => {
  test.each([
    [["A", "B", "1", "2", "3 = 1 - 2"]],
    [["(1)", "(2)", "(3)", "(4)", "(5)"]],
    [[1, 2, 3, 4, 5]],
  ])("%j is not data", (numbers) => {
    const sheet = sheetFrom([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Chênh lệch"],
      numbers,
      [1, "Dân số", 10, 9, 1],
    ]);
    const [table] = readPlanSheet(sheet).tables;
    expect(table.columnNumberRow).toBe(2);
    expect(table.firstDataRow).toBe(3);
    expect(table.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe("group rows", () => {
  test("capitals over zeros head a group; a field column leaves the field to the cell", () => {
    const sheet = sheetFrom([
      ["TT", "Chỉ tiêu", "ĐVT", "KH 2020", "ƯTH 2020"],
      [1, "E. SẢN XUẤT NÔNG NGHIỆP", null, 0, 0],
      [2, "I.Diện tích cây hàng năm", null, 5661, 0],
      [3, "1.Cây lương thực", "Ha", 393, 1706],
      [4, "Kinh tế tập thể", null, null, null],
      [5, "- Số hợp tác xã", "HTX", 12, 13],
    ]);
    const [table] = readPlanSheet(sheet).tables;
    expect(table.rows.map(pick)).toEqual([
      { row: 3, label: "I.", field: "SẢN XUẤT NÔNG NGHIỆP", name: "I.Diện tích cây hàng năm" },
      {
        row: 4,
        label: "1.",
        parentRow: 3,
        field: "SẢN XUẤT NÔNG NGHIỆP",
        name: "1.Cây lương thực",
      },
      { row: 6, label: "-", field: "Kinh tế tập thể", name: "- Số hợp tác xã" },
    ]);
  });

  test("with a field column the field comes from the cell", () => {
    const sheet = sheetFrom([
      ["Lĩnh vực", "Chỉ tiêu", "Kế hoạch"],
      [null, "I. KINH TẾ", null],
      ["Kinh tế", "Tăng trưởng", "12%"],
    ]);
    const [table] = readPlanSheet(sheet).tables;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].field).toBeUndefined();
    expect(table.rows[0].cells.field?.value).toBe("Kinh tế");
  });

  test("group text typed whole in the STT column", () => {
    const sheet = sheetFrom(
      [
        ["STT", "Chỉ tiêu", "Kế hoạch"],
        ["A. LĨNH VỰC KINH TẾ", null, null],
        [1, "Tăng trưởng", "12%"],
      ],
      { merges: ["A2:C2"] },
    );
    expect(readPlanSheet(sheet).tables[0].rows.map(pick)).toEqual([
      { row: 3, label: "1", field: "LĨNH VỰC KINH TẾ", name: "Tăng trưởng" },
    ]);
  });
});

describe("an STT column that only counts lines", () => {
  test("gives way to the labels in the names", () => {
    const sheet = sheetFrom([
      ["STT", "Chỉ tiêu", "ĐVT", "KH"],
      [1, "1.Cây lương thực", "Ha", 10],
      [2, "- Diện tích", "Ha", 5],
      [3, "Trong đó: lúa", "Ha", 4],
      [4, "2.Khoai lang", "Ha", 3],
    ]);
    expect(readPlanSheet(sheet).tables[0].rows.map((r) => [r.row, r.label, r.parentRow])).toEqual([
      [2, "1.", undefined],
      [3, "-", 2],
      [4, undefined, 3],
      [5, "2.", undefined],
    ]);
  });
});

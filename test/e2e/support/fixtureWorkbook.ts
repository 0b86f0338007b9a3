import ExcelJS from "exceljs";

/** The lagging row of the fixture: its name, sheet row and the column of its figure. */
export const FIXTURE = {
  fileName: "phuong-tan-phong-9-thang.xlsx",
  sheet: "KH 9 tháng",
  lagging: { name: "Vốn đầu tư công giải ngân", row: 6, actualCell: "F6" },
  counts: { on_track: 2, at_risk: 1, lagging: 1, missing: 1, invalid: 1 },
} as const;

/**
 * A ward's nine-month sheet typed by hand, not made from a template: abbreviated headers
 * with the year (KH 2025, TH 9 tháng), a title that names the period, a cumulative column,
 * a figure typed as text in Vietnamese style, one not yet in, and one typo ("9O").
 */
export async function fixtureWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(FIXTURE.sheet);
  sheet.addRows([
    ["UBND PHƯỜNG TÂN PHONG"],
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 9 THÁNG NĂM 2025"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Lũy kế", "KH 2025", "TH 9 tháng", "Ghi chú"],
    [1, "Thu ngân sách nhà nước trên địa bàn phường", "tỷ đồng", "có", 120, "95,4", ""],
    [2, FIXTURE.lagging.name, "tỷ đồng", "có", 80, 30, ""],
    [3, "Tỷ lệ hộ nghèo", "%", "không", "không quá 1,5%", 1.2, ""],
    [4, "Số lao động được tạo việc làm", "người", "có", 1000, 700, ""],
    [5, "Tỷ lệ bao phủ bảo hiểm y tế", "%", "không", 92, "9O", "gõ nhầm chữ O"],
    [6, "Số doanh nghiệp thành lập mới", "doanh nghiệp", "có", 200, null, "chưa có số"],
  ]);
  sheet.mergeCells("A2:G2");
  sheet.getColumn(2).width = 44;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import { Workbook } from "exceljs";

/**
 * A plan sheet as a clerk might type it: title rows, renamed and reordered headers, a group
 * row, blank rows, percents stored as fractions, numbers typed as text both ways, error
 * values, a note of the user's own, and text that begins with "=".
 */
export async function messyWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Báo cáo 6 tháng");
  ws.addRow(["UBND QUẬN 9"]);
  ws.addRow(["BÁO CÁO THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2019"]);
  ws.addRow(["Kỳ báo cáo: 6 tháng"]);
  ws.addRow([]);
  ws.addRow(["STT", "Tên chỉ tiêu", "ĐVT", "TH 2018", "KH 2019", "TH 2019", "Lũy kế", "Ghi chú"]);
  ws.addRow(["I", "KINH TẾ"]);
  ws.addRow([1, "Tốc độ tăng trưởng khu vực dịch vụ", "%", null, "10%", "10,4", "không", null]);
  ws.addRow([
    2,
    "Dự toán thu ngân sách nhà nước",
    "tỷ đồng",
    "1.200,5",
    "vượt 6-8%",
    "650,2",
    "có",
    null,
  ]);
  ws.addRow([
    3,
    "Tổng mức đầu tư xây dựng cơ bản",
    "tỷ đồng",
    null,
    250,
    { error: "#REF!" },
    "có",
    null,
  ]);
  ws.addRow([]);
  ws.addRow(["II", "XÃ HỘI"]);
  ws.addRow([
    4,
    "Giảm số hộ nghèo",
    "hộ",
    2150,
    "giảm 600 hộ",
    "1.820",
    "không",
    "=theo chuẩn mới",
  ]);
  ws.addRow([5, "Tỷ lệ điều tra, phá án hình sự", "%", null, "trên 70%", 0.72, "không", null]);
  ws.addRow([6, "Tỷ lệ tổ dân phố tự quản về an ninh trật tự", "%", null, 0.8, 1.2, "không", null]);
  ws.addRow([7, "Số vụ phạm pháp hình sự", "vụ", 320, "giảm 3-5%", "khoảng 150", "có", null]);
  ws.addRow([8, "Số người được tạo việc làm", "người", null, 4500, "49,368", "có", null]);
  ws.getCell("F13").numFmt = "0%";
  ws.getCell("E14").numFmt = "0%";
  ws.getCell("F14").numFmt = "0%";
  ws.getCell("B8").note = "Số liệu của Chi cục Thuế";
  ws.getCell("H12").value = "=theo chuẩn mới";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

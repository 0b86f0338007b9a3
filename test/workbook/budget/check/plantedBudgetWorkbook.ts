import { Workbook } from "exceljs";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import type { Change, WriteValue } from "../../../../src/workbook/changeSet";

export const EXECUTION_SHEET = "Thu chi 6 tháng";
export const SHARES_SHEET = "Cơ cấu kinh tế";
export const HEADCOUNT_SHEET = "Biên chế";

const T = "tỷ đồng";

/**
 * Hoàng Mai's 2022 execution at six months (seed 003: thu 4.435 tỷ dự toán, chi 1.842 of
 * 1.918,75), columns A–F, header on row 5. Each planted error sits in a line of its own; the
 * comment on a line names the rule and cell the check must report there.
 */
const EXECUTION: WriteValue[][] = [
  ["ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC 6 THÁNG NĂM 2022"],
  ["Đơn vị: Quận Hoàng Mai"],
  ["Đơn vị tính: tỷ đồng"],
  [],
  ["STT", "Nội dung", "ĐVT", "Dự toán", "Thực hiện", "% dự toán"],
  ["A", "Tổng thu ngân sách nhà nước trên địa bàn", T, 4435, 2300, 51.9], // 6
  ["I", "Thu nội địa (không kể thu tiền sử dụng đất)", T, 3935, 2100, 53.4], // 7
  ["1", "Thuế giá trị gia tăng", T, 2000, 1100, 55], // 8
  ["2", "Thuế thu nhập cá nhân", T, 1935, 1000, 51.7], // 9
  ["II", "Thu tiền sử dụng đất", T, 500, 200, 40], // 10: behind the 6-month pace, E10
  ["B", "Tổng chi ngân sách quận", T, 1752.631, 923.8, 52.7], // 11
  ["I", "Chi đầu tư phát triển", T, 820, 400, 48.8], // 12
  ["II", "Chi thường xuyên", T, 600.856, 327.8, 54.6], // 13
  ["1", "Chi sự nghiệp giáo dục – đào tạo", T, 385, 190, 49.4], // 14
  ["2", "Chi sự nghiệp y tế", T, 28.5, 14800, null], // 15: triệu typed as tỷ, E15
  ["3", "Chi bảo đảm xã hội", T, 46.2, 52, 112.6], // 16: over its estimate, E16
  ["4", "Chi quản lý hành chính", T, 58.756, 30, 55], // 17: 30 / 58,756 is 51,1%, F17
  ["5", "Chi sự nghiệp kinh tế", "triệu đồng", 82400, 41000, 49.8], // 18: mixed units, C18
  ["III", "Chi chương trình mục tiêu", T, 150, 70, 46.7], // 19: 80 + 60 ≠ 150, D19
  ["1", "Chi chỉnh trang đô thị", T, 80, 40, 50], // 20
  ["2", "Chi giảm nghèo", T, 60, 30, 50], // 21
  ["IV", "Chi sự nghiệp môi trường", T, 120, 95, 79.2], // 22: 50 + 40 ≠ 95, E22
  ["1", "Chi thu gom, xử lý rác thải", T, 70, 50, 71.4], // 23
  ["2", "Chi thoát nước", T, 50, 40, 80], // 24
  ["V", "Chi văn hóa, thông tin", T, null, 10, null], // 25: no estimate, D25
  ["VI", "Chi quốc phòng", T, 11.4, "mười lăm", null], // 26: words, E26
  ["VII", "Chi an ninh, trật tự", T, 12, null, null], // 27: #REF! planted below, E27
  ["VIII", "Dự phòng ngân sách", T, 38.375, 0, 0], // 28
];

/** Nam Từ Liêm's structure (seed 004: 61,6 + 38,3 + 0,1), one share typed wrong in the second. */
const SHARES: WriteValue[][] = [
  ["CƠ CẤU KINH TẾ QUẬN NAM TỪ LIÊM NĂM 2023"],
  [],
  ["STT", "Ngành", "Tỷ trọng (%)"],
  [null, "Tổng số", 100], // 4
  [1, "Thương mại, dịch vụ", 61.6],
  [2, "Công nghiệp - xây dựng", 38.3],
  [3, "Nông nghiệp", 0.1],
  [],
  [],
  ["CƠ CẤU KINH TẾ QUẬN NAM TỪ LIÊM NĂM 2022"],
  [],
  ["STT", "Ngành", "Tỷ trọng (%)"],
  [null, "Tổng số", 100], // 13: 16,6 + 38,3 + 0,1 = 55, C13
  [1, "Thương mại, dịch vụ", 16.6],
  [2, "Công nghiệp - xây dựng", 38.3],
  [3, "Nông nghiệp", 0.1],
];

/** Nam Từ Liêm's headcount (seed 004: 2.674 = 364 + 1.968 + 342), then one part typed wrong. */
const HEADCOUNT: WriteValue[][] = [
  ["BIÊN CHẾ CÔNG CHỨC VÀ LAO ĐỘNG HỢP ĐỒNG NĂM 2023"],
  ["Đơn vị tính: người"],
  ["STT", "Nội dung", "Số lượng"],
  [null, "Tổng số biên chế", 2674], // 4
  [1, "Cán bộ, công chức", 364],
  [2, "Viên chức", 1968],
  [3, "Hợp đồng lao động", 342],
  [],
  [],
  ["BIÊN CHẾ CÔNG CHỨC VÀ LAO ĐỘNG HỢP ĐỒNG NĂM 2024 (DỰ KIẾN)"],
  ["Đơn vị tính: người"],
  ["STT", "Nội dung", "Số lượng"],
  [null, "Tổng số biên chế", 2674], // 13: 364 + 1.986 + 342 = 2.692, C13
  [1, "Cán bộ, công chức", 364],
  [2, "Viên chức", 1986],
  [3, "Hợp đồng lao động", 342],
];

function sheetOf(sheet: string, rows: WriteValue[][]): Change[] {
  return [
    { kind: "addSheet", sheet },
    { kind: "values", sheet, anchor: "A1", rows },
  ];
}

/** The planted workbook as .xlsx bytes, written through the ExcelJS gateway. */
export async function plantedBudgetWorkbook(): Promise<Uint8Array> {
  const gateway = createWorkbook();
  await gateway.apply({
    changes: [
      ...sheetOf(EXECUTION_SHEET, EXECUTION),
      ...sheetOf(SHARES_SHEET, SHARES),
      ...sheetOf(HEADCOUNT_SHEET, HEADCOUNT),
    ],
  });
  // A change set never writes an error value, so the #REF! goes in as a user's file has it.
  const workbook = new Workbook();
  const bytes = await gateway.toBuffer();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(EXECUTION_SHEET);
  if (!sheet) throw new Error(`no sheet ${EXECUTION_SHEET}`);
  sheet.getCell("E27").value = { error: "#REF!" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

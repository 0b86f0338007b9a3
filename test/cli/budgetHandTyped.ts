import { createWorkbook } from "../../src/hosts/xlsx";
import type { WriteValue } from "../../src/workbook/changeSet";

export const HAND_TYPED_SHEET = "Báo cáo NS 2022";

/**
 * A budget sheet as a finance officer types it: no codes, the hierarchy by indentation, a "% dự
 * toán" column of their own (one cell typed wrong, D10), a note of theirs on B9 and text that
 * begins with "=". Hoàng Mai 2022 (seed 003): thu 4.435 tỷ, 100% dự toán; chi ước đạt 1.842
 * tỷ, 96% dự toán.
 */
const ROWS: WriteValue[][] = [
  ["ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2022"],
  ["Đơn vị: Quận Hoàng Mai"],
  [null, null, null, "Đơn vị tính: tỷ đồng"],
  [],
  ["Nội dung", "Dự toán", "Ước thực hiện", "% dự toán", "Ghi chú"],
  ["Tổng thu ngân sách nhà nước trên địa bàn", 4435, 4435, 100, null], // 6
  ["    Thu nội địa", 3935, 3975, 101, null], // 7
  ["    Thu tiền sử dụng đất", 500, 460, 92, "chưa đạt"], // 8: below estimate at year end
  ["Tổng chi ngân sách quận", 1918.75, 1842, 96, null], // 9
  ["    Chi đầu tư phát triển", 820, 800, 97, null], // 10: 800 / 820 is 97,6%
  ["    Chi thường xuyên", 1060.375, 1042, 98.3, "=theo QĐ 123"], // 11
  ["        Chi sự nghiệp giáo dục", 600, 590, 98.3, null], // 12
  ["        Chi quản lý hành chính", 460.375, 452, 98.2, null], // 13
  ["    Dự phòng ngân sách", 38.375, 0, 0, null], // 14
];

export const USER_NOTE = "Số liệu của Phòng Tài chính – Kế hoạch, ngày 15/12/2022";

export async function handTypedBudgetWorkbook(): Promise<Uint8Array> {
  const gateway = createWorkbook();
  await gateway.apply({
    changes: [
      { kind: "addSheet", sheet: HAND_TYPED_SHEET },
      { kind: "values", sheet: HAND_TYPED_SHEET, anchor: "A1", rows: ROWS },
      { kind: "note", sheet: HAND_TYPED_SHEET, cell: "B9", text: USER_NOTE },
    ],
  });
  return gateway.toBuffer();
}

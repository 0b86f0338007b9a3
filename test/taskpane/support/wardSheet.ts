import type { SeedWorkbook } from "../../hosts/contractCases";

/** A ward's nine-month sheet for the strict double: one lagging row (row 6). */
export const SHEET = "KH 9 tháng";
export const SEED: SeedWorkbook = {
  activeSheet: SHEET,
  sheets: [
    {
      name: SHEET,
      cells: {
        A2: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 9 THÁNG NĂM 2025",
        A4: "STT",
        B4: "Chỉ tiêu",
        C4: "ĐVT",
        D4: "Lũy kế",
        E4: "KH 2025",
        F4: "TH 9 tháng",
        A5: 1,
        B5: "Thu ngân sách nhà nước trên địa bàn phường",
        C5: "tỷ đồng",
        D5: "có",
        E5: 120,
        F5: 95,
        A6: 2,
        B6: "Vốn đầu tư công giải ngân",
        C6: "tỷ đồng",
        D6: "có",
        E6: 80,
        F6: 30,
      },
    },
  ],
};

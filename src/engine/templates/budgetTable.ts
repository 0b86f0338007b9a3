import type { BudgetLine, BudgetLineKind, BudgetTable, BudgetTemplate } from "./types";

interface LineFigures {
  estimate?: number;
  actual?: number;
  note?: string;
}

function line(
  kind: BudgetLineKind,
  code: string,
  name: string,
  figures: LineFigures,
  children: BudgetLine[] = [],
): BudgetLine {
  return { code, name, kind, ...figures, children };
}

const revenue = (code: string, name: string, figures: LineFigures, children?: BudgetLine[]) =>
  line("revenue", code, name, figures, children);

const expenditure = (code: string, name: string, figures: LineFigures, children?: BudgetLine[]) =>
  line("expenditure", code, name, figures, children);

const ILLUSTRATIVE = "minh họa (bài chỉ nêu tổng)";

/** Nam Từ Liêm 2023 estimate: totals from the seed, sub-lines illustrative. */
const namTuLiem2023: BudgetTable = {
  name: "Dự toán thu, chi ngân sách nhà nước năm 2023",
  unitName: "Quận Nam Từ Liêm",
  year: 2023,
  moneyUnit: "tỷ đồng",
  note: `Tổng thu 8.664,9 và chi cân đối 1.130,756 tỷ đồng theo bài nguồn; các dòng chi tiết là số ${ILLUSTRATIVE}`,
  lines: [
    revenue("A", "Tổng thu ngân sách nhà nước trên địa bàn", { estimate: 8664.9 }, [
      revenue("I", "Thu nội địa (không kể thu tiền sử dụng đất)", { estimate: 7164.9 }, [
        revenue("1", "Thu từ khu vực công thương nghiệp ngoài quốc doanh", { estimate: 4100 }, [
          revenue("1.1", "Thuế giá trị gia tăng", { estimate: 2450 }),
          revenue("1.2", "Thuế thu nhập doanh nghiệp", {
            estimate: 1380,
          }),
          revenue("1.3", "Thuế tiêu thụ đặc biệt", { estimate: 120 }),
          revenue("1.4", "Thuế tài nguyên và thu khác", {
            estimate: 150,
          }),
        ]),
        revenue("2", "Thuế thu nhập cá nhân", { estimate: 1450 }),
        revenue("3", "Lệ phí trước bạ", { estimate: 780 }),
        revenue("4", "Thuế sử dụng đất phi nông nghiệp", { estimate: 45 }),
        revenue("5", "Thu tiền thuê đất", { estimate: 420 }),
        revenue("6", "Thu phí, lệ phí", { estimate: 95 }),
        revenue("7", "Thu khác ngân sách", { estimate: 274.9 }),
      ]),
      revenue("II", "Thu tiền sử dụng đất", { estimate: 1500 }),
    ]),
    expenditure("B", "Chi cân đối ngân sách địa phương", { estimate: 1130.756 }, [
      expenditure("I", "Chi đầu tư phát triển", { estimate: 420 }),
      expenditure("II", "Chi thường xuyên", { estimate: 688.156 }, [
        expenditure("1", "Chi sự nghiệp giáo dục – đào tạo và dạy nghề", {
          estimate: 385,
        }),
        expenditure("2", "Chi sự nghiệp y tế, dân số và gia đình", {
          estimate: 28.5,
        }),
        expenditure("3", "Chi sự nghiệp văn hóa, thông tin, thể dục thể thao", { estimate: 24.3 }),
        expenditure("4", "Chi bảo đảm xã hội", { estimate: 46.2 }),
        expenditure("5", "Chi sự nghiệp kinh tế", { estimate: 82.4 }),
        expenditure("6", "Chi sự nghiệp bảo vệ môi trường", {
          estimate: 51.6,
        }),
        expenditure("7", "Chi quản lý hành chính, Đảng, đoàn thể", { estimate: 58.756 }, [
          expenditure("7.1", "Quản lý nhà nước", { estimate: 36.256 }),
          expenditure("7.2", "Đảng", { estimate: 14.5 }),
          expenditure("7.3", "Mặt trận Tổ quốc và các đoàn thể", {
            estimate: 8,
          }),
        ]),
        expenditure("8", "Chi quốc phòng, an ninh", { estimate: 11.4 }),
      ]),
      expenditure("III", "Dự phòng ngân sách", { estimate: 22.6 }),
    ]),
  ],
};

/** Hoàng Mai 2022 execution: thu 4.435 = 100% dự toán, chi 1.842 = 96% dự toán. */
const hoangMai2022: BudgetTable = {
  name: "Ước thực hiện thu, chi ngân sách nhà nước năm 2022",
  unitName: "Quận Hoàng Mai",
  year: 2022,
  moneyUnit: "tỷ đồng",
  note:
    "Thu 4.435 tỷ đồng bằng 100% dự toán và chi 1.842 tỷ đồng bằng 96% dự toán theo bài nguồn " +
    `(dự toán chi suy ra: 1.842 / 0,96 = 1.918,75); các dòng chi tiết là số ${ILLUSTRATIVE}`,
  lines: [
    revenue("A", "Tổng thu ngân sách nhà nước trên địa bàn", { estimate: 4435, actual: 4435 }, [
      revenue("I", "Thu nội địa (không kể thu tiền sử dụng đất)", {
        estimate: 3935,
        actual: 3975,
      }),
      revenue("II", "Thu tiền sử dụng đất", { estimate: 500, actual: 460 }),
    ]),
    expenditure("B", "Tổng chi ngân sách quận", { estimate: 1918.75, actual: 1842 }, [
      expenditure("I", "Chi đầu tư phát triển", {
        estimate: 820,
        actual: 800,
      }),
      expenditure("II", "Chi thường xuyên", {
        estimate: 1060.375,
        actual: 1042,
      }),
      expenditure("III", "Dự phòng ngân sách", {
        estimate: 38.375,
        actual: 0,
        note: "Dự phòng đã dùng được hạch toán vào các nhiệm vụ chi",
      }),
    ]),
  ],
};

/** Budget estimate and execution tables, with the headcount behind recurrent spending. */
export const BUDGET_TABLE: BudgetTemplate = {
  kind: "budget",
  id: "budget",
  level: "budget",
  title: {
    vi: "Dự toán và thực hiện thu, chi ngân sách",
    en: "Budget estimate and execution",
  },
  description: {
    vi:
      "Bảng thu ngân sách nhà nước trên địa bàn và chi ngân sách địa phương theo mã A/B, I/II, " +
      "1, 1.1 với các cột Dự toán, Thực hiện, % dự toán; dòng cha bằng tổng các dòng con. Số " +
      "tổng theo Nam Từ Liêm (dự toán 2023) và Hoàng Mai (ước thực hiện 2022).",
    en:
      "State budget revenue collected in the area and local budget spending, coded A/B, I/II, " +
      "1, 1.1, with Estimate, Actual and % of estimate columns; every parent line equals the " +
      "sum of its children. Totals from Nam Tu Liem (2023 estimate) and Hoang Mai (2022 " +
      "execution).",
  },
  columns: {
    estimate: { vi: "Dự toán", en: "Estimate" },
    actual: { vi: "Thực hiện", en: "Actual" },
    percent: { vi: "% dự toán", en: "% of estimate" },
  },
  tables: [namTuLiem2023, hoangMai2022],
  breakdowns: [
    {
      name: "Biên chế công chức và lao động hợp đồng",
      unit: "người",
      total: 2674,
      parts: [
        { name: "Cán bộ, công chức", value: 364 },
        { name: "Viên chức", value: 1968 },
        { name: "Hợp đồng lao động", value: 342 },
      ],
      note: "Nam Từ Liêm, 2023",
    },
  ],
};

import type { Language } from "../../engine/model/status";

/** The report's own words (the state's formulas in heading.ts stay Vietnamese). */
export interface ReportWords {
  intro: (unit: string, what: string) => string;
  overall: string;
  subUnits: string;
  review: string;
  reviewIntro: string;
  appendix: string;
  appendixOf: (unit: string) => string;
  planTable: (period: string) => string;
  planColumns: [string, string, string, string, string, string, string];
  estimateNote: string;
  chartTitle: string;
  chartAverage: string;
  chartMet: string;
  chartMissing: string;
  subUnitTable: string;
  subUnitColumns: [string, string, string, string, string, string, string];
  budgetIntro: (unit: string, what: string) => string;
  revenue: string;
  spending: string;
  checks: string;
  checksNone: string;
  budgetTable: (heading: string | undefined) => string;
  budgetColumns: [string, string, string, string, string, string];
  budgetChartTitle: string;
  budgetChartSeries: string;
  amountsIn: (unit: string) => string;
  unitWord: string;
}

const blank = "……";

export const WORDS: Record<Language, ReportWords> = {
  vi: {
    intro: (unit, what) =>
      `Ủy ban nhân dân ${unit || blank} báo cáo ${what.charAt(0).toLocaleLowerCase("vi")}${what.slice(1)} như sau:`,
    overall: "Kết quả chung",
    subUnits: "Tình hình thực hiện của các đơn vị trực thuộc",
    review: "Số liệu cần rà soát",
    reviewIntro: "Khi kiểm tra bảng số liệu, các điểm sau cần được rà soát, làm rõ:",
    appendix: "Phụ lục",
    appendixOf: (unit) =>
      `(Kèm theo Báo cáo số ${blank}/BC-UBND ngày ${blank} tháng ${blank} năm ${blank} của Ủy ban nhân dân ${unit || blank})`,
    planTable: (period) =>
      `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${period.toLocaleUpperCase("vi")}`,
    planColumns: ["STT", "Chỉ tiêu", "ĐVT", "KH", "TH/ƯTH", "% KH", "Đánh giá"],
    estimateNote: "(*) Số ước thực hiện cả năm.",
    chartTitle: "% kế hoạch bình quân và tỷ lệ chỉ tiêu đạt theo lĩnh vực",
    chartAverage: "% KH bình quân",
    chartMet: "Tỷ lệ chỉ tiêu đạt (%)",
    chartMissing: "(Không vẽ được biểu đồ trong môi trường này: số liệu của biểu đồ ở bảng trên.)",
    subUnitTable: "KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ TRỰC THUỘC",
    subUnitColumns: [
      "STT",
      "Đơn vị",
      "Chỉ tiêu đánh giá",
      "Đạt",
      "Chưa đạt",
      "Thiếu, lỗi số liệu",
      "Tỷ lệ đạt",
    ],
    budgetIntro: (unit, what) =>
      `Ủy ban nhân dân ${unit || blank} báo cáo ${what.charAt(0).toLocaleLowerCase("vi")}${what.slice(1)} như sau:`,
    revenue: "Thu ngân sách",
    spending: "Chi ngân sách",
    checks: "Kết quả kiểm tra số liệu",
    checksNone: "Kiểm tra cộng dồn, tỷ lệ % và đơn vị tính không phát hiện sai lệch.",
    budgetTable: (heading) => `SỐ LIỆU THU, CHI NGÂN SÁCH${heading ? ` (${heading})` : ""}`,
    budgetColumns: ["Mã", "Nội dung", "Dự toán", "Thực hiện", "% dự toán", "Đánh giá"],
    budgetChartTitle: "Tỷ lệ thực hiện so với dự toán",
    budgetChartSeries: "% dự toán",
    amountsIn: (unit) => `Đơn vị tính: ${unit}`,
    unitWord: "đơn vị",
  },
  en: {
    intro: (unit, what) =>
      `The People's Committee of ${unit || blank} reports on the ${what.charAt(0).toLowerCase()}${what.slice(1)} as follows:`,
    overall: "Overall",
    subUnits: "Sub-units",
    review: "Figures to review",
    reviewIntro: "Checking the figures found the following points to review:",
    appendix: "Appendix",
    appendixOf: (unit) =>
      `(Attached to Report No. ${blank}/BC-UBND of ${blank}/${blank}/${blank} of the People's Committee of ${unit || blank})`,
    planTable: (period) => `MAIN INDICATORS: RESULTS FOR ${period.toUpperCase()}`,
    planColumns: ["No.", "Indicator", "Unit", "Plan", "Actual/Est.", "% of plan", "Status"],
    estimateNote: "(*) Estimate for the year.",
    chartTitle: "Mean % of plan and share of indicators met, by field",
    chartAverage: "Mean % of plan",
    chartMet: "Share met (%)",
    chartMissing: "(The chart could not be drawn here: its figures are in the table above.)",
    subUnitTable: "RESULTS OF THE SUB-UNITS",
    subUnitColumns: ["No.", "Unit", "Judged", "Met", "Not met", "Missing or invalid", "Share met"],
    budgetIntro: (unit, what) =>
      `The People's Committee of ${unit || blank} reports on the ${what.charAt(0).toLowerCase()}${what.slice(1)} as follows:`,
    revenue: "Revenue",
    spending: "Spending",
    checks: "What the checks found",
    checksNone: "The sums, percentages and units checked found no discrepancy.",
    budgetTable: (heading) => `BUDGET REVENUE AND SPENDING${heading ? ` (${heading})` : ""}`,
    budgetColumns: ["Code", "Item", "Estimate", "Actual", "% of estimate", "Status"],
    budgetChartTitle: "Execution against the estimate",
    budgetChartSeries: "% of estimate",
    amountsIn: (unit) => `Unit: ${unit}`,
    unitWord: "units",
  },
};

import { NONE } from "./aggregations";
import { sharedCodes } from "./indicators/sharedIndicators";
import { levelFields } from "./levelFields";
import type { LevelSpec } from "./levelFields";
import { PROVINCE_OVERRIDES } from "./provinceOverrides";
import type { PlanTemplate, TemplateIndicator } from "./types";

/** Province only: GRDP growth. */
const GRDP_GROWTH: TemplateIndicator = {
  code: "KT16",
  name: "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)",
  unit: "%",
  targetText: "từ 8% trở lên",
  target: { kind: "at_least", value: 8, percentSign: true },
  aggregation: NONE,
  cumulative: false,
  note: "Chỉ tiêu cấp tỉnh, mức minh họa (không có trong bài nguồn)",
};

/** Province only: administrative procedures handled fully online. */
const ONLINE_PROCEDURES: TemplateIndicator = {
  code: "CC04",
  name: "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình",
  unit: "%",
  targetText: "từ 80% trở lên",
  target: { kind: "at_least", value: 80, percentSign: true },
  aggregation: NONE,
  cumulative: false,
  note: "Chỉ tiêu cấp tỉnh, mức minh họa (theo hướng dịch vụ công trực tuyến, Quận 1, 2021)",
};

/** The district's indicators less KT01 (a district's own sectors), plus the two above. */
const CODES: LevelSpec["codes"] = {
  "Kinh tế": [GRDP_GROWTH, ...sharedCodes("Kinh tế").filter((code) => code !== "KT01")],
  "Xã hội": sharedCodes("Xã hội"),
  "Đô thị – Môi trường": sharedCodes("Đô thị – Môi trường"),
  "Quốc phòng – An ninh": sharedCodes("Quốc phòng – An ninh"),
  "Cải cách hành chính": ["CC01", "CC02", "CC03", ONLINE_PROCEDURES],
  "Xây dựng Đảng": sharedCodes("Xây dựng Đảng"),
};

/** A province's or centrally-run city's annual plan after the reform of 1 July 2025. */
export const PROVINCE_PLAN: PlanTemplate = {
  kind: "plan",
  id: "province-plan",
  level: "province",
  title: {
    vi: "Kế hoạch phát triển kinh tế – xã hội năm (tỉnh, thành phố và các xã, phường, đặc khu)",
    en: "Annual socio-economic development plan (province or city, with its communes and wards)",
  },
  description: {
    vi:
      "Chỉ tiêu kế hoạch năm của tỉnh, thành phố trực thuộc Trung ương tổng hợp trực tiếp từ " +
      "các xã, phường, đặc khu (chính quyền hai cấp từ ngày 01/7/2025), cùng mã với mẫu cấp " +
      "quận. Các tỷ lệ lấy theo bài nguồn; số tuyệt đối (tiền, số lượng) là số minh họa cấp " +
      "tỉnh, cần thay bằng chỉ tiêu được giao.",
    en:
      "The annual plan of a province or centrally-run city, consolidated directly from its " +
      "communes, wards and special zones (two-tier government since 1 July 2025), with the " +
      "same codes as the district template. Rates follow the source articles; absolute " +
      "figures (money, counts) are illustrative provincial figures to be replaced.",
  },
  fields: levelFields({ codes: CODES, overrides: PROVINCE_OVERRIDES }),
  structures: [
    {
      name: "Cơ cấu kinh tế",
      total: 100,
      codes: ["KT06", "KT07", "KT08"],
      note: "Minh họa: 58,4 + 38,9 + 2,7 = 100",
    },
  ],
};

import { sharedCodes } from "./indicators/sharedIndicators";
import { levelFields } from "./levelFields";
import type { LevelSpec } from "./levelFields";
import type { PlanTemplate } from "./types";
import { WARD_OVERRIDES } from "./wardOverrides";

/** What a ward reports: the district's indicators less those only a district keeps. */
const CODES: LevelSpec["codes"] = {
  "Kinh tế": ["KT09", "KT11", "KT12", "KT13", "KT14", "KT15"],
  "Xã hội": sharedCodes("Xã hội"),
  "Đô thị – Môi trường": ["DT02", "DT05", "DT06"],
  "Quốc phòng – An ninh": ["AN01", "AN03", "AN04"],
  "Cải cách hành chính": ["CC01", "CC03"],
  "Xây dựng Đảng": sharedCodes("Xây dựng Đảng"),
};

/** A sub-unit's (phường, xã, đặc khu) plan; its codes roll up into the district and province plans. */
export const WARD_PLAN: PlanTemplate = {
  kind: "plan",
  id: "ward-plan",
  level: "ward",
  title: {
    vi: "Kế hoạch phát triển kinh tế – xã hội năm (cấp xã, phường, đặc khu)",
    en: "Annual socio-economic development plan (ward, commune or special zone)",
  },
  description: {
    vi:
      "Chỉ tiêu kế hoạch năm của phường, xã, đặc khu, cùng mã, đơn vị tính và cách tổng hợp với " +
      "mẫu cấp quận và cấp tỉnh để tổng hợp lên cấp trên. Số tuyệt đối là phần minh họa của một " +
      "phường trong chỉ tiêu của quận; các tỷ lệ giữ mức của quận.",
    en:
      "The annual plan of a ward, commune or special zone, with the same codes, units and " +
      "roll-up rules as the district and province templates so that it consolidates into " +
      "either. Absolute figures are an illustrative ward's share of the district's targets; " +
      "rates keep the district's levels.",
  },
  fields: levelFields({ codes: CODES, overrides: WARD_OVERRIDES }),
  structures: [],
};

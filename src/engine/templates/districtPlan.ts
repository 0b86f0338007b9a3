import { districtFields } from "./levelFields";
import type { PlanTemplate } from "./types";

/** A district's (quận/huyện) annual plan, as before the reform of 1 July 2025. */
export const DISTRICT_PLAN: PlanTemplate = {
  kind: "plan",
  id: "district-plan",
  level: "district",
  title: {
    vi: "Kế hoạch phát triển kinh tế – xã hội năm (cấp quận, huyện – trước 1/7/2025)",
    en: "Annual socio-economic development plan (district – before 1 July 2025)",
  },
  description: {
    vi:
      "Chỉ tiêu kế hoạch năm của quận, huyện tổng hợp từ các phường, xã (cấu trúc trước ngày " +
      "01/7/2025), chia theo sáu lĩnh vực. Chỉ tiêu và số liệu lấy từ kế hoạch năm của Quận 7 " +
      "(2023), Quận 9 (2019), Quận 1 (2021), Nam Từ Liêm (2023) và Hoàng Mai (2022); số minh " +
      "họa được ghi rõ ở cột ghi chú.",
    en:
      "A district's annual plan indicators, consolidated from its wards (the structure before " +
      "1 July 2025), in six fields. Indicators and figures come from the annual plans of " +
      "District 7 (2023), District 9 (2019), District 1 (2021), Nam Tu Liem (2023) and " +
      "Hoang Mai (2022); illustrative figures are marked in the notes.",
  },
  fields: districtFields(),
  structures: [
    {
      name: "Cơ cấu kinh tế",
      total: 100,
      codes: ["KT06", "KT07", "KT08"],
      note: "Nam Từ Liêm, 2023: 61,6 + 38,3 + 0,1 = 100",
    },
  ],
};

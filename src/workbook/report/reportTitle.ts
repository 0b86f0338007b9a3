import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
export { romanNumeral as roman } from "../templates/romanNumeral";

/** "9 tháng đầu năm 2025", "quý I năm 2025", "năm 2025"; "…" stands for a year not known. */
export function periodPhrase(period: PeriodId, year: number | undefined, lang: Language): string {
  const y = year === undefined ? "…" : String(year);
  if (lang === "vi") {
    const words: Record<PeriodId, string> = {
      q1: "quý I năm",
      "6m": "6 tháng đầu năm",
      "9m": "9 tháng đầu năm",
      year: "năm",
    };
    return `${words[period]} ${y}`;
  }
  const words: Record<PeriodId, string> = {
    q1: "the first quarter of",
    "6m": "the first six months of",
    "9m": "the first nine months of",
    year: "the year",
  };
  return `${words[period]} ${y}`;
}

/** The report's summary line (trích yếu) under "BÁO CÁO". */
export function planReportTitle(period: PeriodId, year: number | undefined, lang: Language) {
  return lang === "vi"
    ? `Tình hình thực hiện kế hoạch phát triển kinh tế – xã hội ${periodPhrase(period, year, lang)}`
    : `Implementation of the socio-economic development plan in ${periodPhrase(period, year, lang)}`;
}

export function budgetReportTitle(period: PeriodId, year: number | undefined, lang: Language) {
  return lang === "vi"
    ? `Tình hình thực hiện dự toán ngân sách nhà nước ${periodPhrase(period, year, lang)}`
    : `Execution of the state budget estimate in ${periodPhrase(period, year, lang)}`;
}

/**
 * A field's heading as a report writes it: "KINH TẾ" typed in capitals reads "Kinh tế"; a field
 * typed in mixed case is kept as typed.
 */
export function fieldHeading(field: string, lang: Language): string {
  const name = field.trim();
  if (name === "")
    return lang === "vi" ? "Chỉ tiêu chưa phân lĩnh vực" : "Indicators without a field";
  if (name !== name.toLocaleUpperCase("vi")) return name;
  const lower = name.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * A unit's name as sentences write it: "PHƯỜNG TÂN PHONG" typed in capitals reads "Phường Tân
 * Phong" (place names take a capital on every word); a name in mixed case is kept as typed.
 */
export function unitName(unit: string): string {
  const name = unit.replace(/\s+/g, " ").trim();
  if (name !== name.toLocaleUpperCase("vi") || name === name.toLocaleLowerCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((word) => word.charAt(0).toLocaleUpperCase("vi") + word.slice(1))
    .join(" ");
}

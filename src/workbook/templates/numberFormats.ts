import { foldText } from "../../engine/text/normalize";

/** Excel format codes (locale-neutral: Excel shows "8.664,9" on a Vietnamese PC). */
export const FORMAT = {
  count: "#,##0",
  money: "#,##0.0##",
  percent: "0.0#",
  decimal: "#,##0.0#",
  text: "@",
} as const;

const COUNT_UNITS =
  /^(nguoi|ho|doanh nghiep|cong trinh|do an|hem|tram|truong|dang vien|to chuc|to dan pho|khu pho|luot|vu|cua xa|lao dong|so|hoc sinh|phong|ho so|chi bo|ca)\b/;

/** The format for a row's figures, from its unit. */
export function formatForUnit(unit: string): string {
  const folded = foldText(unit);
  if (folded.includes("%")) return FORMAT.percent;
  if (/dong|usd/.test(folded)) return FORMAT.money;
  if (COUNT_UNITS.test(folded)) return FORMAT.count;
  return FORMAT.decimal;
}

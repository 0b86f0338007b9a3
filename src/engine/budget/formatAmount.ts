import type { Language } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import type { Unit } from "./moneyUnit";

/** "1.842 tỷ đồng" / "1,842 billion dong"; the bare number when the unit is not known. */
export function formatAmount(value: number, unit: Unit | undefined, lang: Language): string {
  const number = formatNumber(value, lang);
  if (!unit) return number;
  return `${number} ${lang === "vi" ? unit.text : unit.en}`;
}

/** The pair of texts a finding's `{x}` / `{xEn}` placeholders take. */
export function amountParams(
  key: string,
  value: number,
  unit: Unit | undefined,
): Record<string, string> {
  return { [key]: formatAmount(value, unit, "vi"), [`${key}En`]: formatAmount(value, unit, "en") };
}

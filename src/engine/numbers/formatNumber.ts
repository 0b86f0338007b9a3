import type { NumberStyle } from "./parseNumber";
import { roundedDigits } from "./roundedDigits";

const SEPARATORS: Record<NumberStyle, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

const DEFAULT_DECIMALS = 3;
const MAX_DECIMALS = 20;

function clampDecimals(maxDecimals: number): number {
  if (!Number.isFinite(maxDecimals)) return DEFAULT_DECIMALS;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(maxDecimals)));
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * Formats a number as a Vietnamese ("8.664,9", "1.130,756", "-5", "0,1") or English
 * ("8,664.9") reader expects it: thousands grouped from 1.000 up, rounded half away from zero
 * to `maxDecimals` (default 3; NaN means 3, others are truncated and clamped to 0–20), trailing
 * zeros dropped, ASCII "-" for negatives, never "-0". The same text as Intl.NumberFormat
 * ("vi-VN" / "en-US") but written by hand, so it does not depend on the host's locale data.
 * Non-finite values give "NaN", "∞" or "-∞", which parseNumberText rejects.
 */
export function formatNumber(
  value: number,
  style: NumberStyle,
  maxDecimals = DEFAULT_DECIMALS,
): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const { group, decimal } = SEPARATORS[style];
  const digits = roundedDigits(Math.abs(value), clampDecimals(maxDecimals));
  const integer = digits.integer.replace(/^0+(?=\d)/, "");
  const fraction = digits.fraction.replace(/0+$/, "");
  const isZero = integer === "0" && fraction === "";
  const sign = value < 0 && !isZero ? "-" : "";
  const grouped = groupThousands(integer, group);
  return fraction === "" ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}

import type { NumberStyle } from "./parseNumber";

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

/** The plain decimal digits of a non-negative finite number, rounded half away from zero. */
function plainDigits(magnitude: number, decimals: number): string {
  // toFixed switches to exponent notation from 1e21; doubles that large are whole numbers.
  return magnitude < 1e21 ? magnitude.toFixed(decimals) : BigInt(magnitude).toString();
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

/**
 * Formats a number as a Vietnamese ("8.664,9", "1.130,756", "-5", "0,1") or English
 * ("8,664.9") reader expects it: thousands grouped from 1.000 up, rounded to `maxDecimals`
 * (default 3, clamped to 0–20), trailing zeros dropped, ASCII "-" for negatives, and never
 * "-0". Written by hand rather than with Intl so it does not depend on the host's locale data.
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
  const [integerDigits, fractionDigits = ""] = plainDigits(
    Math.abs(value),
    clampDecimals(maxDecimals),
  ).split(".");
  const fraction = fractionDigits.replace(/0+$/, "");
  const isZero = /^0+$/.test(integerDigits) && fraction === "";
  const sign = value < 0 && !isZero ? "-" : "";
  const grouped = groupThousands(integerDigits, group);
  return fraction === "" ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}

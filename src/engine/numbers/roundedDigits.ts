/** The decimal digits of a number written out without exponent: "1234" and "5" for 1234.5. */
export interface DecimalDigits {
  integer: string;
  fraction: string;
}

/**
 * The shortest decimal that reads back as the number (what String() gives, as Excel and Intl
 * show it), written out in full: 1e-7 → "0" and "0000001"; 1e21 → "1" and 21 zeros and "".
 */
function shortestDigits(magnitude: number): DecimalDigits {
  const [mantissa, exponent = "0"] = String(magnitude).split("e");
  const [whole, part = ""] = mantissa.split(".");
  const digits = whole + part;
  const point = whole.length + Number(exponent);
  if (point <= 0) return { integer: "0", fraction: "0".repeat(-point) + digits };
  if (point >= digits.length)
    return { integer: digits + "0".repeat(point - digits.length), fraction: "" };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}

/** Adds one to a string of decimal digits: "0999" → "1000", "999" → "1000". */
function incremented(digits: string): string {
  const chars = digits.split("");
  let index = chars.length - 1;
  while (index >= 0 && chars[index] === "9") {
    chars[index] = "0";
    index -= 1;
  }
  if (index < 0) return `1${chars.join("")}`;
  chars[index] = String(Number(chars[index]) + 1);
  return chars.join("");
}

/**
 * A non-negative finite number's digits rounded half away from zero to at most `decimals`
 * places (trailing zeros kept). Rounds the shortest decimal, as Intl.NumberFormat does, so
 * 1.005 at 2 places is 1.01 (toFixed, rounding the binary value 1.00499…, would give 1.00).
 */
export function roundedDigits(magnitude: number, decimals: number): DecimalDigits {
  const { integer, fraction } = shortestDigits(magnitude);
  if (fraction.length <= decimals) return { integer, fraction };
  const kept = integer + fraction.slice(0, decimals);
  const rounded = fraction.charAt(decimals) >= "5" ? incremented(kept) : kept;
  const integerLength = rounded.length - decimals;
  return { integer: rounded.slice(0, integerLength), fraction: rounded.slice(integerLength) };
}

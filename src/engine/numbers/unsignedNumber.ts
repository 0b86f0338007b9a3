import type { NumberStyle } from "./parseNumber";

/** How the digits and separators of a number without sign or % sign read. */
export type UnsignedReading =
  | { kind: "number"; value: number; style?: NumberStyle }
  | { kind: "ambiguous"; asVi: number; asEn: number }
  | { kind: "invalid" };

const INVALID: UnsignedReading = { kind: "invalid" };

/** "1,5E+03" / "1.5e-3" / "2E5": the mantissa is never grouped, so its separator is decimal. */
const EXPONENT = /^(\d+)(?:([.,])(\d+))?[eE]([+-]?\d{1,4})$/;

/** "8 664,9", "4 500", "1 234 567.5": spaces group thousands; a final "," or "." is decimal. */
const SPACE_GROUPED = /^(\d{1,3})((?: \d{3})+)(?:([.,])(\d+))?$/;

/** ",5" / ".5": a bare decimal part. */
const BARE_FRACTION = /^([.,])(\d+)$/;

/** The style a decimal separator proves: only Vietnamese writes a decimal comma. */
function styleOfDecimal(separator: string): NumberStyle {
  return separator === "," ? "vi" : "en";
}

/** The style a thousands separator proves: only Vietnamese groups with dots. */
function styleOfGrouping(separator: string): NumberStyle {
  return separator === "." ? "vi" : "en";
}

function numberOf(
  integerDigits: string,
  fractionDigits: string,
  style?: NumberStyle,
): UnsignedReading {
  const value = Number(
    fractionDigits === "" ? integerDigits : `${integerDigits}.${fractionDigits}`,
  );
  if (!Number.isFinite(value)) return INVALID;
  return style === undefined ? { kind: "number", value } : { kind: "number", value, style };
}

/** Thousands groups: a first group of 1–3 digits not starting with 0, then groups of exactly 3. */
function isGrouped(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || first.startsWith("0")) {
    return false;
  }
  return rest.every((group) => group.length === 3);
}

function readExponent(match: RegExpExecArray): UnsignedReading {
  const [, integerDigits, separator, fractionDigits, exponent] = match;
  const mantissa =
    fractionDigits === undefined ? integerDigits : `${integerDigits}.${fractionDigits}`;
  const value = Number(`${mantissa}e${exponent}`);
  if (!Number.isFinite(value)) return INVALID;
  return separator === undefined
    ? { kind: "number", value }
    : { kind: "number", value, style: styleOfDecimal(separator) };
}

function readSpaceGrouped(match: RegExpExecArray): UnsignedReading {
  const [, first, rest, separator, fractionDigits] = match;
  if (first.startsWith("0")) return INVALID;
  const integerDigits = first + rest.replace(/ /g, "");
  if (separator === undefined || fractionDigits === undefined) return numberOf(integerDigits, "");
  return numberOf(integerDigits, fractionDigits, styleOfDecimal(separator));
}

/** One separator: decimal unless it is followed by exactly 3 digits after a possible group. */
function readOneSeparator(
  integerDigits: string,
  separator: string,
  after: string,
  style: NumberStyle | undefined,
): UnsignedReading {
  if (after.length !== 3 || !isGrouped([integerDigits])) {
    return numberOf(integerDigits, after, styleOfDecimal(separator));
  }
  const asDecimal = Number(`${integerDigits}.${after}`);
  const asGrouped = Number(integerDigits + after);
  const asVi = separator === "," ? asDecimal : asGrouped;
  const asEn = separator === "," ? asGrouped : asDecimal;
  if (style === "vi") return { kind: "number", value: asVi };
  if (style === "en") return { kind: "number", value: asEn };
  return { kind: "ambiguous", asVi, asEn };
}

/** Dots and commas: one kind groups thousands, and the other, once and last, marks decimals. */
function readSeparated(body: string, style: NumberStyle | undefined): UnsignedReading {
  const runs = body.split(/[.,]/);
  const separators = body.match(/[.,]/g) ?? [];
  if (runs.some((run) => run === "")) return INVALID;
  if (separators.length === 0) return numberOf(body, "");
  if (separators.length === 1) return readOneSeparator(runs[0], separators[0], runs[1], style);

  const last = separators[separators.length - 1];
  const grouping = separators.slice(0, -1);
  const mixed = grouping.some((separator) => separator !== last);
  if (!mixed) {
    return isGrouped(runs) ? numberOf(runs.join(""), "", styleOfGrouping(last)) : INVALID;
  }
  if (grouping.some((separator) => separator === last)) return INVALID;
  const integerRuns = runs.slice(0, -1);
  if (!isGrouped(integerRuns)) return INVALID;
  return numberOf(integerRuns.join(""), runs[runs.length - 1], styleOfDecimal(last));
}

/**
 * Reads the digits of a number whose sign, parentheses and % sign are already taken off,
 * its spaces folded to single ASCII spaces and trimmed. `style` only settles a lone separator
 * followed by exactly three digits ("49,368"); text that proves its own style is read that way.
 */
export function readUnsignedNumber(body: string, style?: NumberStyle): UnsignedReading {
  const exponent = EXPONENT.exec(body);
  if (exponent) return readExponent(exponent);
  if (body.includes(" ")) {
    const spaced = SPACE_GROUPED.exec(body);
    return spaced ? readSpaceGrouped(spaced) : INVALID;
  }
  const bare = BARE_FRACTION.exec(body);
  if (bare) return numberOf("0", bare[2], styleOfDecimal(bare[1]));
  if (!/^[\d.,]+$/.test(body)) return INVALID;
  return readSeparated(body, style);
}

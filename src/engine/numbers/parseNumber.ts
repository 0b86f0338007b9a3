import { foldDashes } from "../text/normalize";
import { readUnsignedNumber } from "./unsignedNumber";

/** vi: "8.664,9" (dot groups thousands, comma marks decimals); en: "8,664.9". */
export type NumberStyle = "vi" | "en";

export type ParsedNumber =
  /** `style`: the style the text itself proves, if it proves one. */
  | { ok: true; value: number; percentSign: boolean; style?: NumberStyle }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "not_a_number" }
  | { ok: false; reason: "ambiguous"; asVi: number; asEn: number };

const EMPTY: ParsedNumber = { ok: false, reason: "empty" };
const NOT_A_NUMBER: ParsedNumber = { ok: false, reason: "not_a_number" };

/** Every kind of space (NBSP, narrow NBSP, thin space, zero-width space…) becomes one " ". */
function foldSpaces(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/g, " ").trim();
}

/** The number with its sign, parentheses and % sign taken off. */
interface Parts {
  body: string;
  negative: boolean;
  percentSign: boolean;
}

function splitParts(text: string): Parts | undefined {
  let rest = foldDashes(text);
  let percentSign = false;
  const takePercent = (): boolean => {
    if (!/[%\uff05]$/.test(rest)) return true;
    if (percentSign) return false;
    percentSign = true;
    rest = rest.slice(0, -1).trimEnd();
    return true;
  };

  if (!takePercent()) return undefined;
  let negative = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    negative = true;
    rest = rest.slice(1, -1).trim();
    if (!takePercent()) return undefined;
  } else if (rest.startsWith("+") || rest.startsWith("-")) {
    negative = rest.startsWith("-");
    rest = rest.slice(1).trimStart();
  }
  return rest === "" ? undefined : { body: rest, negative, percentSign };
}

/**
 * Reads a number as people type it in Vietnamese or English style: "8.664,9", "8,664.9",
 * "2,97", "3.000.000", "8 664,9", "12,5%", "−5", "(5)", "1,5E+03". A % sign is reported, not
 * applied: "12%" is 12. A lone separator followed by exactly three digits ("49,368", "50.068")
 * is ambiguous unless `style` settles it; `style` settles nothing else, so "2,97" is 2.97 and
 * proves "vi" whatever `style` says. Never throws; an ok value is always finite, never -0.
 */
export function parseNumberText(text: string, style?: NumberStyle): ParsedNumber {
  if (typeof text !== "string") return NOT_A_NUMBER;
  const folded = foldSpaces(text);
  if (folded === "") return EMPTY;
  const parts = splitParts(folded);
  if (!parts) return NOT_A_NUMBER;

  const reading = readUnsignedNumber(parts.body, style);
  if (reading.kind === "invalid") return NOT_A_NUMBER;
  const sign = parts.negative ? -1 : 1;
  if (reading.kind === "ambiguous") {
    return {
      ok: false,
      reason: "ambiguous",
      asVi: sign * reading.asVi + 0,
      asEn: sign * reading.asEn + 0,
    };
  }
  const value = sign * reading.value + 0;
  const parsed: ParsedNumber = { ok: true, value, percentSign: parts.percentSign };
  return reading.style === undefined ? parsed : { ...parsed, style: reading.style };
}

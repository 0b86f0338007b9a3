import { foldDashes, foldText } from "../text/normalize";

/**
 * One piece of a target text: a number exactly as typed (sign, separators and % sign kept, so
 * "8.664,9" stays intact for the number parser), a folded word ("Đạt" → "dat"), or a symbol
 * (">=", "<=", ">", "<", "-", "~", "/", "+", or any other character the grammar does not use).
 */
export type TargetToken =
  | { type: "number"; raw: string }
  | { type: "word"; text: string }
  | { type: "symbol"; text: string };

/**
 * Digits with "." / "," separators, or thousands grouped by one space of any kind ("4 500",
 * "8 664,9"), then an optional % sign. A space before three digits joins them to the number.
 */
const NUMBER = /\d+(?:(?:[.,]|[\s\u200b](?=\d{3}(?!\d)))\d+)*(?:[\s\u200b]*[%\uff05])?/uy;

const LETTERS = /[\p{L}\p{M}]+/uy;

const SPACE = /[\s\u200b\u2060\ufeff]/u;

/** Punctuation that only separates words: dropped. */
const IGNORED = new Set([
  ",",
  ".",
  ":",
  ";",
  "(",
  ")",
  "[",
  "]",
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
  "…",
  "!",
]);

/** Symbols written with two characters, and one-character spellings of them. */
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  [">=", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≥", ">="],
  ["⩾", ">="],
  ["≤", "<="],
  ["⩽", "<="],
  ["÷", "-"],
  ["～", "~"],
];

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(text);
  return match ? match[0] : undefined;
}

function symbolAt(text: string, index: number): readonly [string, string] | undefined {
  return SYMBOLS.find(([spelling]) => text.startsWith(spelling, index));
}

/**
 * Splits a target text into numbers, folded words and symbols. Dashes of every kind become
 * "-"; a "-" directly before a digit is a minus sign unless the token before it is a number
 * ("13-14" is a range, "-5" and "từ -5" are negative). Never throws.
 */
export function tokenizeTarget(text: string): TargetToken[] {
  const source = foldDashes(text.normalize("NFC"));
  const tokens: TargetToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    const previous = tokens[tokens.length - 1];
    const signed = char === "-" && isDigit(source[index + 1]) && previous?.type !== "number";
    if (isDigit(char) || signed) {
      const start = signed ? index + 1 : index;
      const digits = matchAt(NUMBER, source, start) ?? char;
      tokens.push({ type: "number", raw: (signed ? "-" : "") + digits.trim() });
      index = start + digits.length;
      continue;
    }
    const letters = matchAt(LETTERS, source, index);
    if (letters !== undefined) {
      const folded = foldText(letters);
      if (folded !== "") tokens.push({ type: "word", text: folded });
      index += letters.length;
      continue;
    }
    const symbol = symbolAt(source, index);
    if (symbol !== undefined) {
      tokens.push({ type: "symbol", text: symbol[1] });
      index += symbol[0].length;
      continue;
    }
    if (!SPACE.test(char) && !IGNORED.has(char)) tokens.push({ type: "symbol", text: char });
    index += 1;
  }
  return tokens;
}

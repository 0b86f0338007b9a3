/**
 * Levels of the codes budget forms number their lines with: A > I > 1 > 1.1 > 1.1.2 > a > - > +.
 * A smaller rank is a higher level; a line's parent is the nearest line above it of smaller rank.
 */
const RANK = { letter: 0, roman: 1, number: 2, lower: 10, dash: 11, plus: 12, star: 13 };

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN_VALUES[text[i]] ?? 0;
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** What was seen above, to tell the letter "C" (after "B") from the numeral "V" (after "IV"). */
export interface CodeContext {
  lastLetter?: string;
  lastRoman?: string;
}

export interface LineCode {
  /** The code without its trailing "." or ")": "1.1", "a", "II". */
  code: string;
  rank: number;
}

/** "1.1." → "1.1", "(a)" → "a", "a)" → "a". */
export function tidyCode(text: string): string {
  let code = text.replace(/\s+/g, " ").trim();
  if (/^\(.+\)$/.test(code)) code = code.slice(1, -1).trim();
  return code.replace(/[.)]+$/, "").trim() || code;
}

function capitalRank(code: string, context: CodeContext): number {
  const isRoman = code !== "" && ROMAN.test(code);
  if (!isRoman) return RANK.letter;
  if (code.length > 1) return RANK.roman;
  const previous = context.lastLetter?.charCodeAt(0);
  if (previous !== undefined && previous + 1 === code.charCodeAt(0)) return RANK.letter;
  if (code === "I") return RANK.roman;
  const lastRoman = context.lastRoman ? romanValue(context.lastRoman) : undefined;
  return lastRoman !== undefined && romanValue(code) === lastRoman + 1 ? RANK.roman : RANK.letter;
}

function rankOf(code: string, context: CodeContext): number | undefined {
  if (/^\d{1,3}$/.test(code)) return RANK.number;
  if (/^\d{1,3}(\.\d{1,3})+$/.test(code)) return RANK.number + code.split(".").length - 1;
  if (/^([A-Z]|[IVXLCDM]+)(\.\d{1,3})+$/.test(code))
    return RANK.number + code.split(".").length - 2;
  if (/^([A-ZĐ]|[IVXLCDM]+)$/.test(code)) return capitalRank(code, context);
  if (/^([a-zđ]|[ivx]+)$/.test(code)) return RANK.lower;
  if (/^[-–—−]$/.test(code)) return RANK.dash;
  if (code === "+") return RANK.plus;
  if (/^[*•]$/.test(code)) return RANK.star;
  return undefined;
}

/**
 * The level of a code as typed, or undefined when it follows none of the forms' numberings.
 * Records letters and numerals in `context` for the codes below.
 */
export function readLineCode(text: string, context: CodeContext = {}): LineCode | undefined {
  const code = tidyCode(text);
  const rank = rankOf(code, context);
  if (rank === undefined) return undefined;
  if (rank === RANK.letter) context.lastLetter = code;
  if (rank === RANK.roman) context.lastRoman = code;
  return { code, rank };
}

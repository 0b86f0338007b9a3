/**
 * The numbering of rows on plan and budget forms, read one way for both: "A." > "I." > "1." >
 * "1.2." > "a)" > "-" > "+" > "*". A smaller rank is a higher level; a row's parent is the
 * nearest row above it of smaller rank.
 */
export type LabelKind = "upper" | "roman" | "arabic" | "lower" | "dash" | "plus" | "star";

/** A numbering as typed ("A.", "II.", "1.2.", "a)", "-"), with its level. */
export interface NumberedLabel {
  /** As typed, with its "." or ")". */
  text: string;
  kind: LabelKind;
  /** Depth in the numbering: smaller is higher. Arabic codes rank 1 + their depth. */
  rank: number;
  /** "1.2." → [1, 2]; "A.1" → [1]. */
  path?: number[];
  /** "E." → "E": to tell the letter I after H from the Roman numeral I. */
  letter?: string;
}

const RANKS: Record<Exclude<LabelKind, "arabic">, number> = {
  upper: 0,
  roman: 1,
  lower: 20,
  dash: 21,
  plus: 22,
  star: 23,
};

/** Rank of a row without a label: below every numbered one ("Trong đó", "Heo nái"). */
export const UNLABELLED_RANK = 30;

/** What was seen above, to tell the letter "C" (after "B") from the numeral "V" (after "IV"). */
export interface LabelContext {
  lastLetter?: string;
  lastRoman?: string;
}

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

/** "1.1." → "1.1", "(a)" → "a", "a)" → "a". */
export function tidyCode(text: string): string {
  let code = text.replace(/\s+/g, " ").trim();
  if (/^\(.+\)$/.test(code)) code = code.slice(1, -1).trim();
  return code.replace(/[.)]+$/, "").trim() || code;
}

/**
 * A capital: a Roman numeral where it reads as one (several numeral letters, "I", or the
 * numeral after the one above), else a letter (one letter after the letter above).
 */
function isRoman(code: string, context: LabelContext): boolean {
  if (code === "" || !ROMAN.test(code)) return false;
  if (code.length > 1) return true;
  const previous = context.lastLetter?.charCodeAt(0);
  if (previous !== undefined && previous + 1 === code.charCodeAt(0)) return false;
  if (code === "I") return true;
  if (context.lastRoman === undefined) return code === "V" || code === "X";
  return romanValue(code) === romanValue(context.lastRoman) + 1;
}

function arabic(text: string, path: number[]): NumberedLabel {
  return { text, kind: "arabic", rank: 1 + path.length, path };
}

/**
 * The level of a code as typed ("II", "1.2.", "A.1", "a)", "-"), or undefined when it follows
 * none of the forms' numberings. Pure: record what was read with `noteLabel`.
 */
export function readCode(text: string, context: LabelContext = {}): NumberedLabel | undefined {
  const code = tidyCode(text);
  if (/^\d{1,3}(\.\d{1,3})*$/.test(code)) return arabic(text, code.split(".").map(Number));
  const sub = /^([A-Z]|[IVXLCDM]+)((?:\.\d{1,3})+)$/.exec(code);
  if (sub) return arabic(text, sub[2].slice(1).split(".").map(Number));
  if (/^([A-ZĐ]|[IVXLCDM]+)$/.test(code)) {
    return isRoman(code, context)
      ? { text, kind: "roman", rank: RANKS.roman }
      : { text, kind: "upper", rank: RANKS.upper, letter: code };
  }
  if (/^([a-zđ]|[ivx]+)$/.test(code)) return { text, kind: "lower", rank: RANKS.lower };
  if (/^[-–—−]$/.test(code)) return { text, kind: "dash", rank: RANKS.dash };
  if (code === "+") return { text, kind: "plus", rank: RANKS.plus };
  if (/^[*•]$/.test(code)) return { text, kind: "star", rank: RANKS.star };
  return undefined;
}

/** Remembers a label that was taken, for the capitals below it. */
export function noteLabel(context: LabelContext, label: NumberedLabel | undefined): void {
  if (label?.kind === "upper") context.lastLetter = label.letter;
  if (label?.kind === "roman") context.lastRoman = tidyCode(label.text);
}

/** Dashes, bullets, plus and star marks that number the lowest levels. */
const SYMBOLS = ["-", "–", "—", "−", "•", "+", "*"];

/** A cell holding only a label (the STT column): 1, "1.2", "II", "a)", "-". */
export function labelOfCell(value: unknown, context: LabelContext = {}): NumberedLabel | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return arabic(String(value), String(value).split(".").map(Number));
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const first = text.charAt(0);
  if (first === "") return undefined;
  if (first >= "0" && first <= "9") {
    return /^\d{1,3}(?:\.\d{1,3})*[.)]?$/.test(text) ? readCode(text, context) : undefined;
  }
  if (first >= "A" && first <= "Z") {
    const m = /^([A-Z]{1,4})[.)]?$/.exec(text);
    if (m && (/^[IVX]+$/.test(m[1]) || m[1].length === 1)) return readCode(text, context);
    return undefined;
  }
  if (text.length <= 2 && /^[a-zđ][.)]?$/.test(text)) return readCode(text, context);
  if (text.length === 1 && SYMBOLS.includes(first)) return readCode(text, context);
  return undefined;
}

/**
 * A label typed at the start of a name: "I.Diện tích", "1.2.Củ năng", "3.1.1 Rau khác",
 * "a. Điều ghép", "- Diện tích", "+ Lúa". Returns the label and the rest of the text.
 */
export function labelInText(
  text: string,
  context: LabelContext = {},
): { label: NumberedLabel; rest: string } | undefined {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  const found = (typed: string, length: number) => {
    const rest = trimmed.slice(length).trim();
    const read = readCode(typed, context);
    // The label keeps its text as typed ("IV -"); its level is read from the code ("IV").
    return rest === "" || !read
      ? undefined
      : { label: { ...read, text: trimmed.slice(0, length).trim() }, rest };
  };
  // One test by the first character: every row's name passes through here.
  if (SYMBOLS.includes(first)) {
    const m = /^(.)(?=\s*\D)/.exec(trimmed);
    return m ? found(m[1], m[0].length) : undefined;
  }
  if (first >= "A" && first <= "Z") {
    const m = /^([IVX]{1,4}|[A-Z])(?:[.)]|\s*[-–:](?=\s))/.exec(trimmed);
    if (!m) return undefined;
    return found(m[1], m[0].length);
  }
  if (first >= "0" && first <= "9") {
    const m = /^(\d{1,2}(?:\.\d{1,2})*)([.)])?(?=\s|[^\d\s.,%/])/.exec(trimmed);
    if (!m || (m[2] === undefined && !m[1].includes("."))) return undefined;
    return found(m[0], m[0].length);
  }
  if ((first >= "a" && first <= "z") || first === "đ") {
    const m = /^([a-zđ])(?:\)|\.(?=\s))/.exec(trimmed);
    return m ? found(m[0], m[0].length) : undefined;
  }
  return undefined;
}

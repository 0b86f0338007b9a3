import type { CellValue } from "../snapshot";

export type LabelKind = "upper" | "roman" | "arabic" | "lower" | "dash" | "plus" | "star";

/** A row's numbering as typed ("A.", "II.", "1.2.", "a)", "-", "+", "*"). */
export interface NumberedLabel {
  text: string;
  kind: LabelKind;
  /** Depth in the numbering: smaller is higher (A. above I. above 1. above 1.1. above a) above -). */
  rank: number;
  /** "1.2." → [1, 2]. */
  path?: number[];
  /** "E." → "E": to tell the letter I after H from the Roman numeral I. */
  letter?: string;
}

/** Rank of a row without a label: below every numbered one ("Trong đó", "Heo nái"). */
export const UNLABELLED_RANK = 30;

const RANKS: Record<Exclude<LabelKind, "arabic">, number> = {
  upper: 0,
  roman: 1,
  lower: 20,
  dash: 21,
  plus: 22,
  star: 23,
};

function arabic(text: string, digits: string): NumberedLabel {
  const path = digits.split(".").map(Number);
  return { text, kind: "arabic", rank: 1 + path.length, path };
}

/** I, V and X are Roman numerals, unless they follow the letter before them (H. then I.). */
function romanOrLetter(text: string, letters: string, previousUpper?: string): NumberedLabel {
  const next =
    previousUpper !== undefined &&
    letters.length === 1 &&
    previousUpper.charCodeAt(0) + 1 === letters.charCodeAt(0);
  if (/^[IVX]+$/.test(letters) && !next) return { text, kind: "roman", rank: RANKS.roman };
  return { text, kind: "upper", rank: RANKS.upper, letter: letters };
}

/** Dashes, bullets, plus and star marks that number the lowest levels. */
const SYMBOLS = ["-", "–", "—", "−", "•", "+", "*"];

function symbol(text: string, mark: string): NumberedLabel {
  const kind: LabelKind = mark === "+" ? "plus" : mark === "*" ? "star" : "dash";
  return { text, kind, rank: RANKS[kind] };
}

/** A cell holding only a label (the STT column): 1, "1.2", "II", "a)", "-". */
export function labelOfCell(value: CellValue, previousUpper?: string): NumberedLabel | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return arabic(String(value), String(value));
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const first = text.charAt(0);
  if (first === "") return undefined;
  if (first >= "0" && first <= "9") {
    const m = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/.exec(text);
    return m ? arabic(text, m[1]) : undefined;
  }
  if (first >= "A" && first <= "Z") {
    const m = /^([A-Z]{1,4})[.)]?$/.exec(text);
    if (m && (/^[IVX]+$/.test(m[1]) || m[1].length === 1))
      return romanOrLetter(text, m[1], previousUpper);
    return undefined;
  }
  if (text.length <= 2 && /^[a-zđ][.)]?$/.test(text))
    return { text, kind: "lower", rank: RANKS.lower };
  if (text.length === 1 && SYMBOLS.includes(first)) return symbol(text, first);
  return undefined;
}

/**
 * A label typed at the start of a name: "I.Diện tích", "1.2.Củ năng", "3.1.1 Rau khác",
 * "a. Điều ghép", "- Diện tích", "+ Lúa". Returns the label and the rest of the text.
 */
export function labelInText(
  text: string,
  previousUpper?: string,
): { label: NumberedLabel; rest: string } | undefined {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  const found = (label: NumberedLabel, length: number) => {
    const rest = trimmed.slice(length).trim();
    return rest === "" ? undefined : { label, rest };
  };
  // One test by the first character: every row's name passes through here.
  if (SYMBOLS.includes(first)) {
    const m = /^(.)(?=\s*\D)/.exec(trimmed);
    return m ? found(symbol(m[1], m[1]), m[0].length) : undefined;
  }
  if (first >= "A" && first <= "Z") {
    const m = /^([IVX]{1,4}|[A-Z])(?:[.)]|\s*[-–:](?=\s))/.exec(trimmed);
    return m ? found(romanOrLetter(m[0].trim(), m[1], previousUpper), m[0].length) : undefined;
  }
  if (first >= "0" && first <= "9") {
    const m = /^(\d{1,2}(?:\.\d{1,2})*)([.)])?(?=\s|[^\d\s.,%/])/.exec(trimmed);
    if (!m || (m[2] === undefined && !m[1].includes("."))) return undefined;
    return found(arabic(m[0], m[1]), m[0].length);
  }
  if ((first >= "a" && first <= "z") || first === "đ") {
    const m = /^([a-zđ])(?:\)|\.(?=\s))/.exec(trimmed);
    return m ? found({ text: m[0], kind: "lower", rank: RANKS.lower }, m[0].length) : undefined;
  }
  return undefined;
}

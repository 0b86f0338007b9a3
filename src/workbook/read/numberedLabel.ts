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
  let m = /^([A-Z]{1,4})[.)]?$/.exec(text);
  if (m && (/^[IVX]+$/.test(m[1]) || m[1].length === 1)) return romanOrLetter(text, m[1], previousUpper);
  m = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/.exec(text);
  if (m) return arabic(text, m[1]);
  m = /^([a-zđ])[.)]?$/.exec(text);
  if (m) return { text, kind: "lower", rank: RANKS.lower };
  m = /^([-–—−•+*])$/.exec(text);
  if (m) return symbol(text, m[1]);
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
  const found = (label: NumberedLabel, length: number) => {
    const rest = trimmed.slice(length).trim();
    return rest === "" ? undefined : { label, rest };
  };
  let m = /^([-–—−•+*])(?=\s*\D)/.exec(trimmed);
  if (m) return found(symbol(m[1], m[1]), m[0].length);
  m = /^([IVX]{1,4}|[A-Z])(?:[.)]|\s*[-–:](?=\s))/.exec(trimmed);
  if (m) return found(romanOrLetter(m[0].trim(), m[1], previousUpper), m[0].length);
  m = /^(\d{1,2}(?:\.\d{1,2})*)([.)])?(?=\s|[^\d\s.,%/])/.exec(trimmed);
  if (m && (m[2] !== undefined || m[1].includes("."))) {
    return found(arabic(m[0], m[1]), m[0].length);
  }
  m = /^([a-zđ])(?:\)|\.(?=\s))/.exec(trimmed);
  if (m) return found({ text: m[0], kind: "lower", rank: RANKS.lower }, m[0].length);
  return undefined;
}

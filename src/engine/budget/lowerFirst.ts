import { foldText } from "../text/normalize";

/** Vietnamese vowels, folded: a word without one is an acronym ("NSNN", "XDCB", "HĐND"). */
const VOWEL = /[aeiouy]/;

/** Acronyms that have a vowel, as budget tables type them. */
const ACRONYMS = new Set(["UBND", "ODA", "VAT", "FDI", "PPP", "OCOP"]);

function isAcronym(word: string): boolean {
  return /\p{L}/u.test(word) && (!VOWEL.test(foldText(word)) || ACRONYMS.has(word.toUpperCase()));
}

function isAllCaps(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && text !== text.toLocaleLowerCase("vi");
}

/**
 * A name as it reads inside a sentence: "Tổng chi ngân sách" → "tổng chi ngân sách"; a name typed
 * in capitals ("TỔNG CHI NGÂN SÁCH") in small letters, its acronyms kept ("TỔNG THU NSNN" →
 * "tổng thu NSNN"); a name that starts with an acronym ("XDCB tập trung") as it is.
 */
export function lowerFirst(text: string): string {
  if (isAllCaps(text) && /\s/.test(text.trim())) {
    return text.replace(/\S+/g, (word) => (isAcronym(word) ? word : word.toLocaleLowerCase("vi")));
  }
  const first = /^\S+/.exec(text)?.[0] ?? "";
  if (first.length > 1 && isAllCaps(first)) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

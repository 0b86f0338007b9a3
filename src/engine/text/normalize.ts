/** Texts folded lately, by their text: a check folds the same words (units, rules) per row. */
const folded = new Map<string, string>();
/** Entries kept before the memory starts again; longer texts are folded each time. */
const FOLDED_KEPT = 8192;
const FOLDED_LONGEST = 200;

/**
 * Folds text for matching what people type: lower case, no diacritics (đ → d), one space
 * between words, non-breaking and other Unicode spaces treated as spaces.
 */
export function foldText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = fold(text);
  if (text.length <= FOLDED_LONGEST) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

function fold(text: string): string {
  // Plain ASCII needs no decomposition, which is the costly step.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ +/g, " ").trim();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** Unicode dashes and minus signs folded to ASCII "-". */
export function foldDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-");
}

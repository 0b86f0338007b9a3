import { rememberText } from "./rememberText";

/**
 * Folds text for matching what people type: lower case, no diacritics (đ → d), one space
 * between words, non-breaking and other Unicode spaces treated as spaces.
 */
export const foldText: (text: string) => string = rememberText(foldOnce);

function foldOnce(text: string): string {
  // Plain ASCII needs no decomposition, which is the costly step.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ +/g, " ").trim();
  return quickFold(text) ?? foldByDefinition(text);
}

/** Spaces folded into one: Unicode's and the non-breaking ones. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** Folding as it is defined: decomposed, marks U+0300–U+036F dropped, đ → d, lower case. */
function foldByDefinition(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** Characters below this have a quick fold (Latin, Vietnamese, marks, punctuation, spaces). */
const QUICK_END = 0x2070;
const QUICK_LONGEST = 1024;
/** The quick fold of each character: its code, 0 when it folds away, -1 when it has none. */
let quickTable: Int32Array | undefined;
const quickOut = new Uint16Array(QUICK_LONGEST);

/**
 * Each character's fold by the definition, where it is one character (or none) and where
 * folding it alone is folding it in any text: Latin letters decompose into a base and marks
 * that are all dropped, so nothing is reordered. Spaces are marked as a space (folded later).
 */
function buildQuickTable(): Int32Array {
  const table = new Int32Array(QUICK_END);
  const space = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/;
  for (let code = 0; code < QUICK_END; code++) {
    const c = String.fromCharCode(code);
    if (space.test(c)) {
      table[code] = 0x20;
      continue;
    }
    const bare = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const folded = bare.replace(/[đĐ]/g, "d").toLowerCase();
    const single = folded.length === 1 && !/\p{M}/u.test(bare) && !/\p{M}/u.test(folded);
    // NUL is left to the definition: 0 in the table means "folds away".
    table[code] = folded.length === 0 ? 0 : single && code !== 0 ? folded.charCodeAt(0) : -1;
  }
  return table;
}

/**
 * The definition's fold computed character by character (several times faster on Vietnamese
 * than decomposing), for texts of quick characters only; undefined for any other text.
 */
function quickFold(text: string): string | undefined {
  if (text.length > QUICK_LONGEST) return undefined;
  quickTable ??= buildQuickTable();
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < QUICK_END ? quickTable[code] : -1;
    if (folded < 0) return undefined;
    if (folded === 0) continue;
    if (folded === 0x20) {
      space = n > 0;
      continue;
    }
    if (space) {
      quickOut[n++] = 0x20;
      space = false;
    }
    quickOut[n++] = folded;
  }
  // apply takes any array-like; the typed array spares a copy into a plain array.
  return String.fromCharCode.apply(null, quickOut.subarray(0, n) as unknown as number[]);
}

/** Unicode dashes and minus signs folded to ASCII "-". */
export function foldDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-");
}

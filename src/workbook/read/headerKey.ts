import { foldText } from "../../engine/text/normalize";

/** Folded form of each accented Latin letter ("ư" → "u", "Đ" → "d"), built once. */
const FOLDED = new Map<number, string>();
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let code = from; code <= to; code++) {
    const folded = foldText(String.fromCharCode(code)).replace(/[^a-z0-9]/g, "");
    if (folded !== "") FOLDED.set(code, folded);
  }
}

/**
 * Header text reduced to what identifies it: lower case without diacritics, and only letters,
 * digits, "%" and "/" ("Đơn vị tính" → "donvitinh", "ƯTH 2020" → "uth2020"). A character
 * table rather than Unicode decomposition: every text cell of a sheet passes through here.
 */
export function headerKey(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) out += text[i];
    else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code === 0x25 || code === 0x2f) out += text[i];
    else if (code >= 0xc0) {
      const folded = FOLDED.get(code);
      if (folded !== undefined) out += folded;
    }
  }
  return out;
}

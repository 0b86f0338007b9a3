/**
 * A short fingerprint of text: two 32-bit FNV-1a hashes (one seeded differently), 16 hex
 * digits. It tells two versions of a set of targets apart; it is no protection against someone
 * who means to forge one (the sheets are protected against accidents, not people).
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 0x2a) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

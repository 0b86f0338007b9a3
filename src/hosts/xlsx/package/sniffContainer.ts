/**
 * What kind of container a file is, from its first bytes, before any parser sees it.
 *
 * - "zip": an .xlsx/.xlsm candidate (local file header "PK\x03\x04", or an empty archive);
 * - "cfb": an OLE compound file (D0 CF 11 E0 A1 B1 1A E1): the old .xls format, or
 * - "encrypted": a compound file holding the streams "EncryptionInfo" and "EncryptedPackage",
 *   which is how Excel stores a password-protected .xlsx (MS-OFFCRYPTO). Stream names are
 *   UTF-16LE in the compound file's directory; both must be present, so a stray string in an
 *   .xls cell does not make it "encrypted";
 * - "markup": text starting with "<" (a web page or XML spreadsheet named .xls/.xlsx);
 * - "empty", or "other".
 */
export type ContainerKind = "zip" | "cfb" | "encrypted" | "markup" | "empty" | "other";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffContainer(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return "zip";
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted =
      indexOf(bytes, utf16le("EncryptionInfo")) >= 0 &&
      indexOf(bytes, utf16le("EncryptedPackage")) >= 0;
    return encrypted ? "encrypted" : "cfb";
  }
  return looksLikeMarkup(bytes) ? "markup" : "other";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++)
    out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** "<" after an optional UTF-8 BOM or UTF-16 BOM and whitespace. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) i = 3;
  else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // UTF-16: look at every other byte.
    for (let k = 2; k < Math.min(bytes.length, 200); k++) {
      if (bytes[k] === 0x3c) return true;
      if (bytes[k] !== 0 && !isSpace(bytes[k])) return false;
    }
    return false;
  }
  while (i < bytes.length && isSpace(bytes[i])) i++;
  return bytes[i] === 0x3c;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

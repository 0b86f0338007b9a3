const UTF8 = new TextDecoder("utf-8");

/** A part's bytes as text: UTF-8 (a BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  return UTF8.decode(bytes);
}

/**
 * A conservative size, in bytes, of a value in an Office.js request: its JSON text with every
 * non-ASCII character counted as a 6-byte "\uXXXX" escape (Vietnamese text is full of them), so
 * the estimate holds whether the host sends UTF-8 or escaped JSON.
 */
export function wireBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) bytes += json.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

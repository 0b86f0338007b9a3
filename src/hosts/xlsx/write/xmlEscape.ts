// eslint-disable-next-line no-control-regex -- the characters escapeXml drops or escapes
const SPECIAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF&<>"]/;

/**
 * Text and double-quoted attribute values as XML wants them. Control characters XML 1.0 cannot
 * hold at all (a vertical tab pasted from Word into a line's name) are dropped, or the part
 * would not parse.
 */
export function escapeXml(text: string): string {
  // Most texts (every style index, most names) have nothing to escape.
  if (!SPECIAL.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

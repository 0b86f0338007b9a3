/**
 * A label numbering a row at the start of its name: "I.", "A.", "1.", "1.2.", "3.1.1 ", "a)",
 * "- ", "+ ", "•". A bare number without a dot ("3 đồ án") is part of the name.
 */
const NUMBERING =
  /^\s*((?:[IVXLCDM]{1,4}|[A-ZĐ]|[a-zđ])[.)]|\d{1,3}(?:\.\d{1,3})*[.)](?!\d)|\d{1,3}(?:\.\d{1,3})+(?=\s)|[-–—−•+*])\s*/;

/** The numbering at the start of a name and the name without it, when it has both. */
export function splitNumbering(name: string): { numbering: string; rest: string } | undefined {
  const match = NUMBERING.exec(name);
  if (!match) return undefined;
  const rest = name.slice(match[0].length).trim();
  return rest === "" ? undefined : { numbering: match[1], rest };
}

/** The name without the numbering typed before it: "1.2.Củ năng" → "Củ năng". */
export function stripNumbering(name: string): string {
  let text = name.trim();
  for (;;) {
    const split = splitNumbering(text);
    if (!split) return text;
    text = split.rest;
  }
}

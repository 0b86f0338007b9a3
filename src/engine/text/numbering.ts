/**
 * A label numbering a row at the start of its name: "I.", "A.", "1.", "1.2.", "3.1.1 ", "a)",
 * "- ", "+ ", "•". A bare number without a dot ("3 đồ án") is part of the name.
 */
const NUMBERING =
  /^\s*(?:(?:[IVXLC]{1,4}|[A-Z]|[a-zđ])[.)]|\d{1,3}(?:\.\d{1,3})*[.)](?!\d)|\d{1,3}(?:\.\d{1,3})+(?=\s)|[-–—−•+*])\s*/;

/** The name without the numbering typed before it: "1.2.Củ năng" → "Củ năng". */
export function stripNumbering(name: string): string {
  let text = name.trim();
  for (;;) {
    const next = text.replace(NUMBERING, "");
    if (next === text || next.trim() === "") return text;
    text = next;
  }
}

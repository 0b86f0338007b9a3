import type { WriteValue } from "../changeSet";

/** Points a line of 11-point text takes. */
export const LINE_POINTS = 15;

/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/** Lines one paragraph takes when its words wrap at `perLine` characters, as Excel wraps them. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line breaks inside it.
    lines += Math.floor(Math.max(0, word.length - 1) / perLine);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/**
 * The lines a text takes wrapped in a column `width` characters wide, word by word. A column
 * holds a little more than one character of text per unit of width (its unit is a digit's
 * width); one is kept spare so a guess that is a little short still fits.
 */
export function linesFor(value: WriteValue, width: number): number {
  if (value === null || value === "") return 1;
  const perLine = Math.max(1, Math.floor(width * 1.15) - 1);
  const text = String(value);
  // Most cells are a short line: no need to wrap them word by word.
  if (text.length <= perLine && !text.includes("\n")) return 1;
  return text.split("\n").reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
}

/** The height that fits the row's wrapped cells, or undefined when one line is enough. */
export function fittedHeight(
  cells: ReadonlyArray<{ value: WriteValue; width: number }>,
): number | undefined {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.value, c.width)));
  return lines > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS) : undefined;
}

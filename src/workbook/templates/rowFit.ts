import type { WriteValue } from "../changeSet";

/** Points a line of 11-point text takes. */
export const LINE_POINTS = 15;

/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/**
 * The lines a text takes wrapped in a column `width` characters wide. A column holds about one
 * character and a fifth per unit of width; one is kept spare so a guess that is a little short still fits.
 */
export function linesFor(value: WriteValue, width: number): number {
  if (value === null || value === "") return 1;
  const perLine = Math.max(1, Math.floor(width * 1.2) - 1);
  return String(value)
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** The height that fits the row's wrapped cells, or undefined when one line is enough. */
export function fittedHeight(
  cells: ReadonlyArray<{ value: WriteValue; width: number }>,
): number | undefined {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.value, c.width)));
  return lines > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS) : undefined;
}

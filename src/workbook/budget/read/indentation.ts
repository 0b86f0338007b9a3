import type { CellValue } from "../../snapshot";

/**
 * Width of the spaces before a label ("   Chi thường xuyên"): snapshots carry no alignment
 * indent, so leading spaces are what tells a hand-typed table's levels. A tab counts as four.
 */
export function leadingWidth(value: CellValue): number {
  if (typeof value !== "string") return 0;
  let width = 0;
  for (const ch of value) {
    if (ch === "\t") width += 4;
    else if (ch === " " || ch === "\u00a0" || ch === "\u3000") width++;
    else break;
  }
  return width;
}

/** Widths ranked into levels (0, 3, 6 → 0, 1, 2; 0, 2, 4 → 0, 1, 2), whatever step was typed. */
export function indentLevels(widths: readonly number[]): number[] {
  const distinct = [...new Set(widths)].sort((a, b) => a - b);
  return widths.map((w) => distinct.indexOf(w));
}

/** Each line's parent by indentation: the nearest line above it indented less. */
export function indentParents(
  lines: readonly { row: number; indent: number }[],
): Map<number, number> {
  const parents = new Map<number, number>();
  const stack: { row: number; indent: number }[] = [];
  for (const line of lines) {
    while (stack.length > 0 && stack[stack.length - 1].indent >= line.indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parents.set(line.row, parent.row);
    stack.push(line);
  }
  return parents;
}

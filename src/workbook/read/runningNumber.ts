import type { CellValue } from "../snapshot";

function integerOf(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*\d{1,5}\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * An STT column that only counts rows (1, 2, 3 … down the whole table, group rows included):
 * it numbers lines, not indicators, so the hierarchy comes from labels in the names instead.
 */
export function isRunningNumber(values: readonly CellValue[]): boolean {
  let previous: number | undefined;
  let count = 0;
  for (const value of values) {
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    const n = integerOf(value);
    if (n === undefined) return false;
    if (previous !== undefined && n !== previous + 1) return false;
    previous = n;
    count++;
  }
  return count >= 3;
}

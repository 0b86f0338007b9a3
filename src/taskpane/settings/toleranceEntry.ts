import { clampTolerance } from "./settings";

/** What became of a typed tolerance: kept, rounded to one decimal, or clamped into the range. */
export interface ToleranceEntry {
  value: number;
  change: "kept" | "rounded" | "clamped";
}

/**
 * The tolerance a typed figure gives: rounded to one decimal (12,34 → 12,3), then held in the
 * allowed range (75 → 50). The field says which happened, so a figure never changes silently.
 */
export function toleranceEntry(typed: number): ToleranceEntry {
  const rounded = Math.round(typed * 10) / 10;
  const value = clampTolerance(rounded);
  if (value !== rounded) return { value, change: "clamped" };
  if (rounded !== typed) return { value, change: "rounded" };
  return { value, change: "kept" };
}

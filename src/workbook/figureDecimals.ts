/** The most decimals a printed figure shows: beyond this a figure is noise (91,3548387…). */
export const MAX_DECIMALS = 3;

/** The decimals a typed figure carries: 12 → 0, 61.6 → 1, 1130.756 → 3 (at most MAX_DECIMALS). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  for (let d = 0; d < MAX_DECIMALS; d += 1) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return MAX_DECIMALS;
}

/** The decimals an indicator needs: as many as the most precise figure typed for it. */
export function decimalsNeeded(values: readonly (number | undefined)[]): number {
  return Math.max(0, ...values.filter((v): v is number => v !== undefined).map(decimalsOf));
}

/** The value rounded to `decimals` places (a computed average prints as typed figures do). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The Excel format for a figure with `decimals` places and thousands grouped: "#,##0.0".
 * Format codes are locale-neutral: a Vietnamese Excel shows "8.664,9".
 */
export function fixedFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

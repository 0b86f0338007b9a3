/** Decimal places a number was typed with: 1706.2 → 1, 180 → 0, 1e-7 → 7. */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  const [mantissa, exponent = "0"] = text.split("e");
  const point = mantissa.indexOf(".");
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * Whether a stated figure (a total, a parent's target) equals the one computed from the parts:
 * within half a unit of the stated figure's last decimal (it was rounded when typed), within
 * `tolerance` relative to its size, and within floating-point noise.
 */
export function sameFigure(stated: number, computed: number, tolerance = 0): boolean {
  const scale = Math.max(1, Math.abs(stated), Math.abs(computed));
  const rounding = 0.5 * 10 ** -decimalsOf(stated);
  const slack = Math.max(1e-9 * scale, tolerance * scale, rounding);
  return Math.abs(stated - computed) <= slack;
}

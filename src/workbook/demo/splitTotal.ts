/**
 * Splits `total` into parts proportional to `weights`, each rounded to `decimals`, that add up
 * to `total` exactly (largest remainder: the parts rounded down, the units left over given to
 * the largest remainders, the earlier part first on a tie).
 */
export function splitTotal(total: number, weights: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (units * w) / sum);
  const parts = exact.map(Math.floor);
  let left = units - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => p / scale);
}

/** How many decimals a figure is written with: 8664.9 → 1, 180 → 0. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

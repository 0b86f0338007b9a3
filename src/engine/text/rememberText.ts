/**
 * A pure function of a text, remembered for the texts it has seen: consolidating 50 wards
 * folds each of 200 indicator names and units once, not once a ward. Up to `limit` texts are
 * kept; then the memory starts again, so a huge sheet of distinct texts costs no more than that.
 */
export function rememberText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, { result: T }>();
  return (text: string): T => {
    const known = seen.get(text);
    if (known) return known.result;
    const result = fn(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, { result });
    return result;
  };
}

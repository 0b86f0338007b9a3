/** "4:5", "$4:$5" or "4" as [first, last] rows, or undefined. */
export function titleRows(text: string): [number, number] | undefined {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(String(text).trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  return first >= 1 && last >= first && last <= 1_048_576 ? [first, last] : undefined;
}

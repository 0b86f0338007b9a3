/** Sub-unit names typed one per line (commas and semicolons also separate), trimmed, unique. */
export function parseSubUnits(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\n,;]+/)) {
    const name = part.trim().replace(/\s+/g, " ");
    const key = name.toLocaleLowerCase("vi");
    if (name && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

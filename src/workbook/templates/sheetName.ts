/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ], not blank. */
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX).trim();
}

/** A name not yet taken (case-insensitively, as Excel compares): "KH 2023", "KH 2023 (2)"… */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase("vi")));
  const base = cleanSheetName(wanted);
  if (!used.has(base.toLocaleLowerCase("vi"))) return base;
  for (let i = 2; ; i += 1) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX - suffix.length).trim() + suffix;
    if (!used.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** Sheet names compare without regard to case, as Excel does (Vietnamese letters included). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

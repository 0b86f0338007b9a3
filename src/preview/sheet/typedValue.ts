/**
 * What the user typed in the preview's edit bar, as Excel would store it: a plain number
 * ("12", "12.5", "-3") becomes a number; anything else, Vietnamese-style figures included,
 * stays text, as it would in a cell formatted as text (the engine reads such text itself).
 */
export function typedValue(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

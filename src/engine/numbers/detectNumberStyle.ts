import { parseNumberText, type NumberStyle } from "./parseNumber";

/** Share of the style-proving entries one style needs to win. */
const MAJORITY = 0.8;

/**
 * The style the unambiguous entries of a sheet settle on: each text that proves a style
 * ("8.664,9", "2,97" → vi; "8,664.9", "61.6" → en) is one vote. The style with at least 80% of
 * the votes wins; undefined when no text proves a style or the votes are mixed.
 */
export function detectNumberStyle(texts: Iterable<string>): NumberStyle | undefined {
  let vi = 0;
  let en = 0;
  for (const text of texts) {
    const parsed = parseNumberText(text);
    if (!parsed.ok || parsed.style === undefined) continue;
    if (parsed.style === "vi") vi += 1;
    else en += 1;
  }
  const votes = vi + en;
  if (votes === 0) return undefined;
  if (vi >= votes * MAJORITY) return "vi";
  if (en >= votes * MAJORITY) return "en";
  return undefined;
}

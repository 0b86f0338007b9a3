import { parseRange, rangeAddress } from "../../workbook/a1";

/**
 * ExcelJS 4.4 reads a data validation by storing it under every single cell of its ranges: a
 * drop-down on a whole column is a million entries (seconds to load, more to write back), on a
 * whole sheet it never finishes. Before a sheet's XML reaches ExcelJS, each <dataValidation>'s
 * sqref is swapped for one placeholder cell (A1, A2…); after loading, the placeholders' entries
 * are moved to the real ranges, which ExcelJS writes back as they are.
 */
export interface PlaceholderedSheet {
  xml: string;
  /** Placeholder cell → the validation's real areas, as normalized A1 ranges. */
  areas: Map<string, string[]>;
}

export function placeholdValidations(xml: string): PlaceholderedSheet {
  const areas = new Map<string, string[]>();
  const start = xml.indexOf("<dataValidations");
  if (start < 0) return { xml, areas };
  const end = xml.indexOf("</dataValidations>", start);
  if (end < 0) return { xml, areas };
  const block = xml.slice(start, end).replace(/<dataValidation\s[^>]*>/g, (tag) =>
    tag.replace(/\ssqref\s*=\s*(["'])(.*?)\1/, (_attr, _quote: string, sqref: string) => {
      const placeholder = `A${areas.size + 1}`;
      areas.set(placeholder, normalizeSqref(sqref));
      return ` sqref="${placeholder}"`;
    }),
  );
  return { xml: xml.slice(0, start) + block + xml.slice(end), areas };
}

/** "$B$2:$B$9 D4" → ["B2:B9", "D4"]; parts that are not A1 areas are dropped. */
export function normalizeSqref(sqref: string): string[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => parseRange(part.replace(/\$/g, "")))
    .filter((ref) => ref !== undefined)
    .map((ref) => rangeAddress(ref.start, ref.end));
}

/** Moves each placeholder's validation to its real areas in ExcelJS's validation model. */
export function restoreValidations(
  model: Record<string, unknown>,
  areas: Map<string, string[]>,
): void {
  // Take every placeholder out first: a real area may be named like another placeholder.
  const taken = [...areas].map(([placeholder, real]) => {
    const validation = model[placeholder];
    delete model[placeholder];
    return { validation, real };
  });
  for (const { validation, real } of taken) {
    if (validation !== undefined) for (const area of real) model[area] = validation;
  }
}

import { foldText } from "../text/normalize";
import { nameKey } from "./labels";
import type { UnitIndicator } from "./types";

/** An indicator with the key it is matched by across sheets. */
export interface KeyedIndicator {
  key: string;
  /** Matched by its code (its own, or a coded sheet's with the same label). */
  byCode: boolean;
  indicator: UnitIndicator;
}

/** The key of an indicator matched by this code. */
export function codeKey(code: string): string {
  return `code:${foldText(code)}`;
}

/** The code key of each label that some sheet codes, the first sheet to code it winning. */
function codesByLabel(plans: ReadonlyArray<readonly UnitIndicator[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const indicators of plans) {
    for (const indicator of indicators) {
      if (!indicator.code) continue;
      const label = nameKey(indicator.name, indicator.parentNames);
      if (!out.has(label)) out.set(label, codeKey(indicator.code));
    }
  }
  return out;
}

/**
 * Keys every indicator of every plan: by code where it has one; else by its label path (name
 * and the names above it, numbering stripped and folded), taking a coded sheet's code for the
 * same label. A code used twice on one sheet keeps its first row (checkPlan reports the
 * other); a label repeated under the same parents is told apart by its occurrence.
 */
export function keyIndicators(plans: ReadonlyArray<readonly UnitIndicator[]>): KeyedIndicator[][] {
  const coded = codesByLabel(plans);
  return plans.map((indicators) => {
    const seen = new Map<string, number>();
    const out: KeyedIndicator[] = [];
    for (const indicator of indicators) {
      const label = nameKey(indicator.name, indicator.parentNames);
      const code = indicator.code ? codeKey(indicator.code) : coded.get(label);
      const base = code ?? `name:${label}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      if (code !== undefined && count > 1) continue;
      const key = count > 1 ? `${base}#${count}` : base;
      out.push({ key, byCode: code !== undefined, indicator });
    }
    return out;
  });
}

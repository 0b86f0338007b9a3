import { foldText } from "../text/normalize";
import { stripNumbering } from "../text/numbering";
import { rememberText } from "../text/rememberText";

export { stripNumbering };

/** A name as matching sees it: no numbering, folded case, diacritics and spacing. */
export const foldedName: (name: string) => string = rememberText((name) =>
  foldText(stripNumbering(name)),
);

/** The label path of an indicator: its parents' names then its own, each folded. */
export function nameKey(name: string, parentNames: readonly string[] = []): string {
  return [...parentNames, name].map(foldedName).join(" > ");
}

/**
 * A unit of measure as matching sees it: "Tạ / Ha" = "tạ/ha", "tỉ đồng" = "tỷ đồng" = "tỷ".
 * Blank when none was typed.
 */
export function measureKey(unit: string | undefined): string {
  return unit ? unitKey(unit) : "";
}

const unitKey = rememberText((unit) => {
  const folded = foldText(unit)
    .replace(/\s*\/\s*/g, "/")
    .replace(/\bti\b/g, "ty")
    .replace(/\bngan\b/g, "nghin");
  return folded.replace(/^(ty|trieu|nghin) dong$/, "$1");
});

/** The indicator as messages name it: "KT09 Thu ngân sách…", or "Ngô: Năng suất" without a code. */
export function indicatorLabel(indicator: {
  code?: string;
  name: string;
  parentNames?: readonly string[];
}): string {
  const name = stripNumbering(indicator.name);
  if (indicator.code) return `${indicator.code} ${name}`;
  const parent = indicator.parentNames?.[indicator.parentNames.length - 1];
  return parent ? `${stripNumbering(parent)}: ${name}` : name;
}

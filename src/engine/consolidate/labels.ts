import { foldText } from "../text/normalize";

/**
 * A label numbering a row at the start of its name: "I.", "A.", "1.", "1.2.", "3.1.1 ", "a)",
 * "- ", "+ ", "•". A bare number without a dot ("3 đồ án") is part of the name.
 */
const NUMBERING =
  /^\s*(?:(?:[IVXLC]{1,4}|[A-Z]|[a-zđ])[.)]|\d{1,3}(?:\.\d{1,3})*[.)](?!\d)|\d{1,3}(?:\.\d{1,3})+(?=\s)|[-–—−•+*])\s*/;

/** The name without the numbering typed before it: "1.2.Củ năng" → "Củ năng". */
export function stripNumbering(name: string): string {
  let text = name.trim();
  for (;;) {
    const next = text.replace(NUMBERING, "");
    if (next === text || next.trim() === "") return text;
    text = next;
  }
}

/** A name as matching sees it: no numbering, folded case, diacritics and spacing. */
export function foldedName(name: string): string {
  return foldText(stripNumbering(name));
}

/** The label path of an indicator: its parents' names then its own, each folded. */
export function nameKey(name: string, parentNames: readonly string[] = []): string {
  return [...parentNames, name].map(foldedName).join(" > ");
}

/**
 * A unit of measure as matching sees it: "Tạ / Ha" = "tạ/ha", "tỉ đồng" = "tỷ đồng" = "tỷ".
 * Blank when none was typed.
 */
export function measureKey(unit: string | undefined): string {
  if (!unit) return "";
  const folded = foldText(unit)
    .replace(/\s*\/\s*/g, "/")
    .replace(/\bti\b/g, "ty")
    .replace(/\bngan\b/g, "nghin");
  return folded.replace(/^(ty|trieu|nghin) dong$/, "$1");
}

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

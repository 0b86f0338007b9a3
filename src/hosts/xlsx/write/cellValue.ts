import type { CellValue } from "../../../workbook/snapshot";
import { childElements } from "./xmlScan";
import { attribute, unescapeXml } from "./xmlText";

/** All the text of <t> elements inside `xml` (a shared string or an inline string). */
export function stringItemText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<((?:[\w.-]+:)?t)\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    // Phonetic runs (<rPh>) are not the cell's text.
    const before = xml.slice(0, m.index);
    if (/<(?:[\w.-]+:)?rPh\b[^>]*>(?:(?!<\/(?:[\w.-]+:)?rPh>)[\s\S])*$/.test(before)) continue;
    out += unescapeXml(m[2] ?? "");
  }
  return out;
}

/** The texts of sharedStrings.xml, in order. */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const root = childElements(xml)[0];
  if (!root) return [];
  return childElements(xml, root.contentStart, root.contentEnd)
    .filter((c) => c.name === "si")
    .map((c) => stringItemText(xml.slice(c.contentStart, c.contentEnd)));
}

/** The value a cell element holds (a formula's cached result), for chart caches. */
export function cellValueOf(cellText: string, shared: () => string[]): CellValue {
  const open = cellText.slice(0, cellText.indexOf(">") + 1);
  const type = attribute(open, "t") ?? "n";
  if (type === "inlineStr") {
    const is = /<((?:[\w.-]+:)?is)\b[^>]*>([\s\S]*?)<\/\1>/.exec(cellText);
    return is ? stringItemText(is[2]) : "";
  }
  const v = /<((?:[\w.-]+:)?v)\b[^>]*>([\s\S]*?)<\/\1>/.exec(cellText);
  if (!v) return null;
  const text = unescapeXml(v[2]);
  switch (type) {
    case "s":
      return shared()[Number(text)] ?? "";
    case "str":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: text };
    default: {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? n : text;
    }
  }
}

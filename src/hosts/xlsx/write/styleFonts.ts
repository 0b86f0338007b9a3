import type { CellStyle } from "../../../workbook/changeSet";
import { childElements } from "./xmlScan";

/** The order Excel writes a font's children in (CT_Font allows any order). */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/**
 * A new font element: `font` (the cell's own font, left as it is) with the bold, italic, size
 * and colour of `style`. Bold or italic set to false is written as no <b> or <i> at all;
 * every other child keeps its text.
 */
export function fontWith(font: string, style: CellStyle, prefix: string): string {
  const q = (n: string) => `${prefix}${n}`;
  const openEnd = font.indexOf(">") + 1;
  const selfClosing = font.slice(0, openEnd).endsWith("/>");
  const inner = selfClosing ? "" : font.slice(openEnd, font.lastIndexOf("</"));
  const children = childElements(inner).map((c) => ({
    name: c.name,
    text: inner.slice(c.start, c.end),
  }));
  const set = (name: string, text: string | undefined) => {
    const kept = children.filter((c) => c.name !== name);
    if (text !== undefined) kept.push({ name, text });
    children.splice(0, children.length, ...kept);
  };
  if (style.bold !== undefined) set("b", style.bold ? `<${q("b")}/>` : undefined);
  if (style.italic !== undefined) set("i", style.italic ? `<${q("i")}/>` : undefined);
  if (style.fontSize !== undefined) set("sz", `<${q("sz")} val="${style.fontSize}"/>`);
  if (style.fontColor !== undefined) {
    set("color", `<${q("color")} rgb="FF${style.fontColor.slice(1).toUpperCase()}"/>`);
  }
  const rank = (name: string) => {
    const r = FONT_ORDER.indexOf(name);
    return r < 0 ? FONT_ORDER.length : r;
  };
  children.sort((a, b) => rank(a.name) - rank(b.name));
  const open = selfClosing
    ? `${font.slice(0, openEnd - 2).replace(/\s+$/, "")}>`
    : font.slice(0, openEnd);
  const qname = /^<([^\s/>]+)/.exec(open)?.[1] ?? q("font");
  return `${open}${children.map((c) => c.text).join("")}</${qname}>`;
}

import type { CellStyle } from "../../../workbook/changeSet";
import { builtinNumFmtId } from "./builtinNumFmts";
import { fontWith } from "./styleFonts";
import { childElements, prefixOf, rootElement, type ElementSpan } from "./xmlScan";
import {
  attribute,
  attributes,
  escapeXml,
  withAttribute,
  applyEdits,
  type TextEdit,
} from "./xmlText";

/** A list element of styles.xml (fonts, fills, borders, cellXfs, numFmts). */
interface StyleList {
  name: string;
  /** Text of the children as they were. */
  items: string[];
  /** Children added by this edit. */
  added: string[];
  span?: ElementSpan;
}

/** The lists of CT_Stylesheet, in schema order (cellStyles is only followed, never added to). */
const LIST_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];

/** A differential format's font and fill colours ("#RRGGBB"). */
export interface DxfLook {
  fontColor: string;
  fill: string;
}

/**
 * The style sheet (styles.xml) of a package, edited by appending only: a style change derives
 * a new cell format (xf) from the cell's own, with a new font, fill, border or number format
 * where one is needed. Nothing the user's cells point at is changed.
 */
export class StyleSheet {
  private readonly lists = new Map<string, StyleList>();
  private readonly derived = new Map<string, string>();
  private readonly prefix: string;
  private changed = false;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = prefixOf(root.qname);
    const children = childElements(xml, root.contentStart, root.contentEnd);
    for (const name of LIST_ORDER) {
      const span = children.find((c) => c.name === name);
      const items = span
        ? childElements(xml, span.contentStart, span.contentEnd).map((c) =>
            xml.slice(c.start, c.end),
          )
        : [];
      this.lists.set(name, { name, items, added: [], ...(span ? { span } : {}) });
    }
  }

  private list(name: string): StyleList {
    const list = this.lists.get(name);
    if (!list) throw new Error(`styles.xml list ${name} is not tracked`);
    return list;
  }

  private item(name: string, index: number): string | undefined {
    const list = this.list(name);
    return index < list.items.length ? list.items[index] : list.added[index - list.items.length];
  }

  /** The index of an item equal to `text` in the list, appending it when there is none. */
  private indexOf(name: string, text: string): number {
    const list = this.list(name);
    const all = [...list.items, ...list.added];
    const found = all.indexOf(text);
    if (found >= 0) return found;
    list.added.push(text);
    this.changed = true;
    return all.length;
  }

  /** The style index ("s") of a cell whose style is `base` with `style` applied. */
  derive(base: string | undefined, style: CellStyle): string {
    const key = `${base ?? "0"}|${JSON.stringify(style)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const q = (n: string) => `${this.prefix}${n}`;
    const baseIndex = Number(base ?? "0");
    let xf =
      this.item("cellXfs", Number.isInteger(baseIndex) ? baseIndex : 0) ??
      this.item("cellXfs", 0) ??
      `<${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = xf.slice(0, xf.indexOf(">") + 1);
    let tag = open;
    if (style.fill !== undefined) {
      tag = withAttribute(tag, "fillId", String(this.indexOf("fills", this.fillXml(style.fill))));
      tag = withAttribute(tag, "applyFill", "1");
    }
    const fontChange =
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.fontSize !== undefined ||
      style.fontColor !== undefined;
    if (fontChange) {
      const baseFont =
        this.item("fonts", Number(attribute(open, "fontId") ?? "0")) ?? `<${q("font")}/>`;
      const font = fontWith(baseFont, style, this.prefix);
      tag = withAttribute(tag, "fontId", String(this.indexOf("fonts", font)));
      tag = withAttribute(tag, "applyFont", "1");
    }
    if (style.border) {
      tag = withAttribute(tag, "borderId", String(this.indexOf("borders", this.thinBorderXml())));
      tag = withAttribute(tag, "applyBorder", "1");
    }
    if (style.numberFormat !== undefined) {
      tag = withAttribute(tag, "numFmtId", String(this.numFmtId(style.numberFormat)));
      tag = withAttribute(tag, "applyNumberFormat", "1");
    }
    xf = tag + xf.slice(open.length);
    if (
      style.horizontal !== undefined ||
      style.vertical !== undefined ||
      style.wrap !== undefined
    ) {
      xf = this.withAlignment(xf, style);
    }
    const index = String(this.indexOf("cellXfs", xf));
    this.derived.set(key, index);
    return index;
  }

  /**
   * The index of a differential format (dxf, for conditional formats) with the font colour and
   * solid fill, appended to <dxfs> unless an equal one is there. A dxf's solid fill colour is
   * its pattern's bgColor, as Excel writes it.
   */
  dxf(look: DxfLook): number {
    const q = (n: string) => `${this.prefix}${n}`;
    const rgb = (color: string) => `FF${color.slice(1).toUpperCase()}`;
    return this.indexOf(
      "dxfs",
      `<${q("dxf")}><${q("font")}><${q("color")} rgb="${rgb(look.fontColor)}"/></${q("font")}>` +
        `<${q("fill")}><${q("patternFill")}><${q("bgColor")} rgb="${rgb(look.fill)}"/>` +
        `</${q("patternFill")}></${q("fill")}></${q("dxf")}>`,
    );
  }

  /**
   * The style index of a cell whose style is `base` but unlocked (its format's <protection
   * locked="0"/>), for entry cells of a protected sheet. Everything else of the format stays.
   */
  unlocked(base: string | undefined): string {
    const key = `${base ?? "0"}|unlocked`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const q = (n: string) => `${this.prefix}${n}`;
    const baseIndex = Number(base ?? "0");
    const xf =
      this.item("cellXfs", Number.isInteger(baseIndex) ? baseIndex : 0) ??
      this.item("cellXfs", 0) ??
      `<${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const openEnd = xf.indexOf(">") + 1;
    let open = withAttribute(xf.slice(0, openEnd), "applyProtection", "1");
    const selfClosing = open.endsWith("/>");
    if (selfClosing) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
    const inner = selfClosing ? "" : xf.slice(openEnd, xf.lastIndexOf("</"));
    const children = childElements(inner).map((c) => ({
      name: c.name,
      text: inner.slice(c.start, c.end),
    }));
    const protection = children.find((c) => c.name === "protection");
    if (protection) {
      const end = protection.text.indexOf(">") + 1;
      protection.text =
        withAttribute(protection.text.slice(0, end), "locked", "0") + protection.text.slice(end);
    } else {
      // CT_Xf: alignment, protection, extLst.
      const at = children.filter((c) => c.name === "alignment").length;
      children.splice(at, 0, { name: "protection", text: `<${q("protection")} locked="0"/>` });
    }
    const qname = /^<([^\s/>]+)/.exec(open)?.[1] ?? q("xf");
    const index = String(
      this.indexOf("cellXfs", `${open}${children.map((c) => c.text).join("")}</${qname}>`),
    );
    this.derived.set(key, index);
    return index;
  }

  private fillXml(color: string | null): string {
    const q = (n: string) => `${this.prefix}${n}`;
    if (color === null)
      return `<${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}>`;
    const rgb = `FF${color.slice(1).toUpperCase()}`;
    return (
      `<${q("fill")}><${q("patternFill")} patternType="solid"><${q("fgColor")} rgb="${rgb}"/>` +
      `<${q("bgColor")} indexed="64"/></${q("patternFill")}></${q("fill")}>`
    );
  }

  private thinBorderXml(): string {
    const q = (n: string) => `${this.prefix}${n}`;
    const edge = (n: string) => `<${q(n)} style="thin"><${q("color")} indexed="64"/></${q(n)}>`;
    return `<${q("border")}>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${q("diagonal")}/></${q("border")}>`;
  }

  private numFmtId(code: string): number {
    const builtin = builtinNumFmtId(code);
    if (builtin !== undefined) return builtin;
    const list = this.list("numFmts");
    const all = [...list.items, ...list.added];
    let max = 163;
    for (const item of all) {
      const a = attributes(item.slice(0, item.indexOf(">") + 1));
      if (a.formatCode === code && a.numFmtId !== undefined) return Number(a.numFmtId);
      max = Math.max(max, Number(a.numFmtId ?? 0));
    }
    const id = max + 1;
    list.added.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.changed = true;
    return id;
  }

  private withAlignment(xf: string, style: CellStyle): string {
    const q = (n: string) => `${this.prefix}${n}`;
    const openEnd = xf.indexOf(">") + 1;
    let open = withAttribute(xf.slice(0, openEnd), "applyAlignment", "1");
    const selfClosing = open.endsWith("/>");
    if (selfClosing) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
    const inner = selfClosing ? "" : xf.slice(openEnd, xf.lastIndexOf("</"));
    const children = childElements(inner);
    const current = children.find((c) => c.name === "alignment");
    let alignment = current ? current.openTag : `<${q("alignment")}/>`;
    if (current && current.contentStart !== current.end) {
      alignment = `${current.openTag.slice(0, -1)}/>`;
    }
    if (style.horizontal !== undefined)
      alignment = withAttribute(alignment, "horizontal", style.horizontal);
    if (style.vertical !== undefined) {
      alignment = withAttribute(
        alignment,
        "vertical",
        style.vertical === "middle" ? "center" : style.vertical,
      );
    }
    if (style.wrap !== undefined)
      alignment = withAttribute(alignment, "wrapText", style.wrap ? "1" : "0");
    const rest = current ? inner.slice(0, current.start) + inner.slice(current.end) : inner;
    return `${open}${alignment}${rest}</${q("xf")}>`;
  }

  /** styles.xml with the added items, or undefined when nothing was added. */
  toXml(): string | undefined {
    if (!this.changed) return undefined;
    const root = rootElement(this.xml);
    const edits: TextEdit[] = [];
    let insertAt = root.contentStart;
    for (const name of LIST_ORDER) {
      const list = this.list(name);
      if (list.span) insertAt = list.span.end;
      if (list.added.length === 0) continue;
      const count = list.items.length + list.added.length;
      if (list.span) {
        const span = list.span;
        const selfClosing = span.contentStart === span.end;
        let open = withAttribute(span.openTag, "count", String(count));
        if (selfClosing) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
        const inner = selfClosing ? "" : this.xml.slice(span.contentStart, span.contentEnd);
        edits.push({
          start: span.start,
          end: span.end,
          text: `${open}${inner}${list.added.join("")}</${span.qname}>`,
        });
      } else {
        const qname = `${this.prefix}${name}`;
        edits.push({
          start: insertAt,
          end: insertAt,
          text: `<${qname} count="${count}">${list.added.join("")}</${qname}>`,
        });
      }
    }
    return applyEdits(this.xml, edits);
  }
}

/** A minimal styles.xml: one font, the two fills Excel requires, one border, one xf. */
export function minimalStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>` +
    `<family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" ` +
    `defaultPivotStyle="PivotStyleLight16"/></styleSheet>`
  );
}

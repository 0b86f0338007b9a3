import { parseRange, rangeAddress, type RangeRef } from "../../../workbook/a1";
import { intersects } from "./rangeMath";
import { areasWithout } from "./sqref";
import { childElements } from "./xmlScan";
import { asStartTag, attribute, withAttribute } from "./xmlText";

/** One child of <dataValidations>, as text; a <dataValidation> with the areas of its sqref. */
interface Item {
  text: string;
  /** Its start tag (the head of text). */
  openTag: string;
  /** The areas of a <dataValidation>'s sqref (undefined: an area that does not parse). */
  areas?: (RangeRef | undefined)[];
  /** Counted in the count attribute (a <dataValidation>). */
  counted: boolean;
  gone: boolean;
}

/** Areas at most this many rows tall are found by their rows; taller ones are always looked at. */
const TALL = 256;

const VALIDATION = /^<(?:[\w.-]+:)?dataValidation[\s>/]/;

/**
 * A sheet's <dataValidations>, parsed once and edited in memory while a change set runs: each
 * validation a change puts on a range replaces those cells' validations (one only partly
 * covered keeps its other cells), and only the validations on the range's rows are looked at,
 * so a sheet of n validations costs n, not n². `xml` gives the element as the edits leave it:
 * the start tag's attributes kept (count set), every child no change reached with its text,
 * the new ones last.
 */
export class SheetValidations {
  private readonly items: Item[] = [];
  private readonly byRow = new Map<number, Item[]>();
  private readonly tall: Item[] = [];
  private readonly openTag: string;
  private readonly qname: string;
  private count = 0;
  /** True once a validation was set (the element must be written). */
  changed = false;
  /** Validations looked at by the sets so far: the work the row index keeps linear. */
  examined = 0;

  constructor(
    text: string | undefined,
    private readonly prefix: string,
  ) {
    const outer = text === undefined ? undefined : childElements(text)[0];
    this.qname = outer?.qname ?? `${prefix}dataValidations`;
    this.openTag = outer ? asStartTag(outer.openTag) : `<${this.qname}>`;
    if (text === undefined || !outer) return;
    for (const c of childElements(text, outer.contentStart, outer.contentEnd)) {
      const itemText = text.slice(c.start, c.end);
      if (c.name !== "dataValidation") {
        this.items.push({
          text: itemText,
          openTag: c.openTag,
          counted: VALIDATION.test(itemText),
          gone: false,
        });
        continue;
      }
      const areas = (attribute(c.openTag, "sqref") ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((a) => parseRange(a.replace(/\$/g, "")));
      this.add({
        text: itemText,
        openTag: c.openTag,
        areas,
        counted: VALIDATION.test(itemText),
        gone: false,
      });
    }
  }

  private add(item: Item): void {
    this.items.push(item);
    if (item.counted) this.count += 1;
    for (const area of item.areas ?? []) {
      if (!area) continue;
      if (area.end.row - area.start.row >= TALL) {
        this.tall.push(item);
        continue;
      }
      for (let row = area.start.row; row <= area.end.row; row += 1) {
        const list = this.byRow.get(row);
        if (list) list.push(item);
        else this.byRow.set(row, [item]);
      }
    }
  }

  /**
   * The validations that may touch the target: those on its rows and the tall ones (every
   * validation when the target is tall itself). Clipping only shrinks a validation's areas, so
   * the rows it was filed under still cover it.
   */
  private near(target: RangeRef): Iterable<Item> {
    if (target.end.row - target.start.row >= TALL) return this.items;
    const found = new Set<Item>(this.tall);
    for (let row = target.start.row; row <= target.end.row; row += 1) {
      for (const item of this.byRow.get(row) ?? []) found.add(item);
    }
    return found;
  }

  /** Puts `element(prefix, sqref)` on every cell of the target (see the class). */
  set(target: RangeRef, element: (prefix: string, sqref: string) => string): void {
    for (const item of this.near(target)) {
      if (item.gone || !item.areas) continue;
      this.examined += 1;
      if (!item.areas.some((a) => a && intersects(a, target))) continue;
      const rest = areasWithout(item.areas, target);
      if (rest.length === 0) {
        item.gone = true;
        if (item.counted) this.count -= 1;
        continue;
      }
      const sqref = rest.map((a) => rangeAddress(a.start, a.end)).join(" ");
      const openTag = withAttribute(item.openTag, "sqref", sqref);
      item.text = openTag + item.text.slice(item.openTag.length);
      item.openTag = openTag;
      item.areas = rest;
    }
    const text = element(this.prefix, rangeAddress(target.start, target.end));
    const openTag = childElements(text)[0]?.openTag ?? "";
    this.add({ text, openTag, areas: [target], counted: VALIDATION.test(text), gone: false });
    this.changed = true;
  }

  /** The <dataValidations> element (its count the validations it holds). */
  xml(): string {
    const open = withAttribute(this.openTag, "count", String(this.count));
    const body = this.items
      .filter((i) => !i.gone)
      .map((i) => i.text)
      .join("");
    return `${open}${body}</${this.qname}>`;
  }
}

import type { WriteValue } from "../../../workbook/changeSet";
import { valueCellText } from "./valueCellText";
import { attribute } from "./xmlText";

/** One cell element of a row, as SheetRows holds it. */
export interface CellEntry {
  readonly column: number;
  /** The element's text. */
  readonly text: string;
  /** The style index the cell carries (its s attribute, decoded), undefined when none. */
  readonly style: string | undefined;
  /** Sets the style index, keeping the cell's value and other attributes. */
  setStyle(style: string): void;
}

const STYLE_ATTRIBUTE = /(\s)s\s*=\s*"[^"]*"/;
const QNAME = /^<[^\s/>]+/;
const UNREAD = Symbol("unread");

/**
 * A cell read from the sheet: its exact text until a style change reaches it; from then on the
 * text before its s attribute, the index and the text after, so that further style passes set
 * the index without scanning or rebuilding the cell's XML.
 */
export class TextCell implements CellEntry {
  /** The exact text, while the cell is not split. */
  private whole: string | undefined;
  private head = "";
  /** The whitespace before the s attribute. */
  private sep = " ";
  /** The s attribute's value as written. */
  private written: string | undefined;
  private tail = "";
  private read: string | undefined | typeof UNREAD = UNREAD;

  constructor(
    readonly column: number,
    text: string,
  ) {
    this.whole = text;
  }

  get text(): string {
    if (this.whole !== undefined) return this.whole;
    return this.written === undefined
      ? this.head + this.tail
      : `${this.head}${this.sep}s="${this.written}"${this.tail}`;
  }

  get style(): string | undefined {
    if (this.read === UNREAD) {
      const text = this.text;
      this.read = attribute(text.slice(0, text.indexOf(">") + 1), "s");
    }
    return this.read;
  }

  /** The s attribute's value is replaced where it stands, or added after the element's name. */
  setStyle(style: string): void {
    if (this.whole !== undefined) {
      const text = this.whole;
      const open = text.slice(0, text.indexOf(">") + 1);
      const found = STYLE_ATTRIBUTE.exec(open);
      if (found) {
        this.head = text.slice(0, found.index);
        this.sep = found[1];
        this.tail = text.slice(found.index + found[0].length);
      } else {
        const name = QNAME.exec(open)?.[0] ?? "";
        this.head = text.slice(0, name.length);
        this.tail = text.slice(name.length);
      }
      this.whole = undefined;
    }
    this.written = style;
    this.read = style;
  }
}

/**
 * A cell the writer made from a value (see valueCellText.ts): held as its value and style
 * index, its text written only when the sheet is. A big written sheet costs a small object
 * per cell, not its XML text.
 */
export class ValueCell implements CellEntry {
  /** Where the s attribute goes: none, after r (given when made), or first (set later). */
  private place: "none" | "afterR" | "first";
  private styleIndex: string | undefined;

  constructor(
    private readonly prefix: string,
    private readonly row: number,
    readonly column: number,
    style: string | undefined,
    private readonly value: WriteValue,
  ) {
    // "0" is the default style: the cell is written without an s attribute.
    this.styleIndex = style === "0" ? undefined : style;
    this.place = this.styleIndex === undefined ? "none" : "afterR";
  }

  get text(): string {
    return valueCellText(
      this.prefix,
      this.row,
      this.column,
      this.place === "none" ? undefined : this.styleIndex,
      this.value,
      this.place === "first",
    );
  }

  get style(): string | undefined {
    return this.styleIndex;
  }

  setStyle(style: string): void {
    if (this.place === "none") this.place = "first";
    this.styleIndex = style;
  }
}

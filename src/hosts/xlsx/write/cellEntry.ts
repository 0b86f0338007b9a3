import { attribute, escapeXml } from "./xmlText";

const STYLE_ATTRIBUTE = /(\s)s\s*=\s*"[^"]*"/;
const QNAME = /^<[^\s/>]+/;

/**
 * One cell element of a row: its column and its text. A cell read from the sheet keeps its
 * exact text until a style change reaches it; from then on (and for cells the writer builds) it
 * is held as the text before its style attribute, the style index and the text after, so that
 * the style passes of a change set read and set the index without scanning or rebuilding the
 * cell's XML each time. `text` gives the element either way.
 */
export class CellEntry {
  /** The exact text, while the cell is not split. */
  private whole: string | undefined;
  private head = "";
  /** The whitespace before the s attribute. */
  private sep = " ";
  /** The s attribute's text as written, undefined when the cell has none. */
  private written: string | undefined;
  private tail = "";
  /** The style index as read (decoded), once asked for. */
  private read: { style: string | undefined } | undefined;

  constructor(
    readonly column: number,
    text: string,
  ) {
    this.whole = text;
  }

  /**
   * A cell whose text is `head` + ` s="style"` (escaped, when style is given) + `tail`: how the
   * writer builds its cells (see cellXml.ts).
   */
  static built(column: number, head: string, style: string | undefined, tail: string): CellEntry {
    const cell = new CellEntry(column, "");
    cell.whole = undefined;
    cell.head = head;
    cell.written = style === undefined ? undefined : escapeXml(style);
    cell.tail = tail;
    cell.read = { style };
    return cell;
  }

  get text(): string {
    if (this.whole !== undefined) return this.whole;
    return this.written === undefined
      ? this.head + this.tail
      : `${this.head}${this.sep}s="${this.written}"${this.tail}`;
  }

  /** The style index the cell carries (its s attribute, decoded), undefined when none. */
  get style(): string | undefined {
    if (!this.read) {
      const text = this.text;
      this.read = { style: attribute(text.slice(0, text.indexOf(">") + 1), "s") };
    }
    return this.read.style;
  }

  /**
   * Sets the style index: the s attribute's value is replaced where it stands, or the attribute
   * is added after the element's name (its value and other attributes are kept).
   */
  setStyle(style: string): void {
    if (this.whole !== undefined) {
      const text = this.whole;
      const end = text.indexOf(">") + 1;
      const open = text.slice(0, end);
      const found = STYLE_ATTRIBUTE.exec(open);
      if (found) {
        this.head = text.slice(0, found.index);
        this.sep = found[1];
        this.tail = text.slice(found.index + found[0].length);
      } else {
        const name = QNAME.exec(open)?.[0] ?? "";
        this.head = text.slice(0, name.length);
        this.sep = " ";
        this.tail = text.slice(name.length);
      }
      this.whole = undefined;
    }
    this.written = style;
    this.read = { style };
  }
}

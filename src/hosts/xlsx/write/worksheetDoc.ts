import { SheetRows } from "./sheetRows";
import { SheetValidations } from "./sheetValidations";
import { worksheetRank } from "./worksheetOrder";
import { childElements, prefixOf, rootElement } from "./xmlScan";

/** A top-level child of <worksheet>: its local name and exact text (or whitespace between). */
interface Segment {
  name?: string;
  text: string;
}

const OPAQUE = new Set(["sheetData"]);
const encoder = new TextEncoder();

/**
 * A worksheet part split into its top-level children, each kept as its exact text. A change
 * replaces or inserts whole children (in schema order); sheetData is edited row by row. Every
 * child no change names is written back with its bytes.
 */
export class WorksheetDoc {
  private readonly head: string;
  private readonly tail: string;
  private readonly segments: Segment[] = [];
  /** "x:" when the worksheet's elements carry a prefix, else "". */
  readonly prefix: string;
  private rowsCache: SheetRows | undefined;
  private validationsCache: SheetValidations | undefined;

  constructor(xml: string) {
    const root = rootElement(xml);
    this.prefix = prefixOf(root.qname);
    if (root.contentStart === root.end) {
      this.head = xml.slice(0, root.start) + root.openTag.replace(/\s*\/>$/, ">");
      this.tail = `</${root.qname}>${xml.slice(root.end)}`;
    } else {
      this.head = xml.slice(0, root.contentStart);
      this.tail = xml.slice(root.contentEnd);
    }
    let at = root.contentStart;
    for (const child of childElements(xml, root.contentStart, root.contentEnd, OPAQUE)) {
      if (child.start > at) this.segments.push({ text: xml.slice(at, child.start) });
      this.segments.push({ name: child.name, text: xml.slice(child.start, child.end) });
      at = child.end;
    }
    if (root.contentEnd > at) this.segments.push({ text: xml.slice(at, root.contentEnd) });
  }

  /** A name with the worksheet's prefix ("x:row" or "row"). */
  q(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** The text of the first child named `name`, if any. */
  child(name: string): string | undefined {
    if (name === "dataValidations") this.flushValidations();
    return this.segments.find((s) => s.name === name)?.text;
  }

  /** Every child named `name` (conditionalFormatting repeats). */
  children(name: string): string[] {
    if (name === "dataValidations") this.flushValidations();
    return this.segments.filter((s) => s.name === name).map((s) => s.text);
  }

  /**
   * Replaces the first child named `name` with `text`, inserts it in schema order when there
   * is none, or removes it when text is undefined.
   */
  setChild(name: string, text: string | undefined): void {
    const index = this.segments.findIndex((s) => s.name === name);
    if (index >= 0) {
      if (text === undefined) this.segments.splice(index, 1);
      else this.segments[index] = { name, text };
      return;
    }
    if (text === undefined) return;
    this.segments.splice(this.insertionIndex(name), 0, { name, text });
  }

  /**
   * Replaces every child named `name` with `texts`, in order: they go where the first of them
   * was, or in schema order when there was none. Whitespace between the old ones stays.
   */
  setChildren(name: string, texts: string[]): void {
    const first = this.segments.findIndex((s) => s.name === name);
    const at = first >= 0 ? first : this.insertionIndex(name);
    const kept = this.segments.filter((s, i) => s.name !== name || i < at);
    const before = kept.slice(0, at);
    const after = kept.slice(at);
    this.segments.splice(
      0,
      this.segments.length,
      ...before,
      ...texts.map((text) => ({ name, text })),
      ...after,
    );
  }

  private insertionIndex(name: string): number {
    const rank = worksheetRank(name) ?? Number.MAX_SAFE_INTEGER;
    let at = 0;
    this.segments.forEach((s, i) => {
      if (s.name === undefined) return;
      const r = worksheetRank(s.name);
      if (r !== undefined && r < rank) at = i + 1;
    });
    return at;
  }

  /** The sheet's rows, parsed from <sheetData> once and edited in place. */
  rows(): SheetRows {
    if (!this.rowsCache) {
      const text = this.child("sheetData");
      this.rowsCache = new SheetRows(text ?? `<${this.q("sheetData")}/>`, this.prefix);
    }
    return this.rowsCache;
  }

  /**
   * The sheet's data validations, parsed from <dataValidations> once and edited in place (the
   * element is written back when it, or the part, is read).
   */
  validations(): SheetValidations {
    if (!this.validationsCache) {
      this.validationsCache = new SheetValidations(this.child("dataValidations"), this.prefix);
    }
    return this.validationsCache;
  }

  private flushValidations(): void {
    const cache = this.validationsCache;
    if (!cache?.changed) return;
    cache.changed = false;
    this.setChild("dataValidations", cache.xml());
  }

  /**
   * The part as UTF-8, its edited rows encoded a block at a time: a big written sheet is never
   * held as one string. The bytes are those of toXml's text.
   */
  toBytes(): Uint8Array {
    this.flushValidations();
    const at = this.segments.findIndex((s) => s.name === "sheetData");
    if (!this.rowsCache?.changed || at < 0) return encoder.encode(this.toXml());
    const text = (from: number, to: number) =>
      this.segments
        .slice(from, to)
        .map((s) => s.text)
        .join("");
    const chunks = [encoder.encode(this.head + text(0, at))];
    for (const block of this.rowsCache.xmlBlocks()) chunks.push(encoder.encode(block));
    chunks.push(encoder.encode(text(at + 1, this.segments.length) + this.tail));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  toXml(): string {
    this.flushValidations();
    if (this.rowsCache?.changed) this.setChild("sheetData", this.rowsCache.toXml());
    return this.head + this.segments.map((s) => s.text).join("") + this.tail;
  }
}

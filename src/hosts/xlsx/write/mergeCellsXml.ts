import { parseRange, type RangeRef } from "../../../workbook/a1";
import { childElements } from "./xmlScan";
import { attribute, withAttribute } from "./xmlText";

/** A sheet's merged areas from its <mergeCells> text, each with its element's text. */
export function parseMerges(
  mergeCells: string | undefined,
): { ref: RangeRef | undefined; text: string }[] {
  if (!mergeCells) return [];
  const outer = childElements(mergeCells)[0];
  if (!outer) return [];
  return childElements(mergeCells, outer.contentStart, outer.contentEnd)
    .filter((c) => c.name === "mergeCell")
    .map((c) => ({
      ref: parseRange((attribute(c.openTag, "ref") ?? "").replace(/\$/g, "")),
      text: mergeCells.slice(c.start, c.end),
    }));
}

/**
 * <mergeCells> without the areas `drop` says go and with `add` appended; undefined when no
 * area is left (the element goes). Kept areas keep their text.
 */
export function withMerges(
  mergeCells: string | undefined,
  prefix: string,
  drop: (ref: RangeRef) => boolean,
  add: string[],
): string | undefined {
  const items = parseMerges(mergeCells).filter((m) => !(m.ref && drop(m.ref)));
  const texts = [
    ...items.map((m) => m.text),
    ...add.map((ref) => `<${prefix}mergeCell ref="${ref}"/>`),
  ];
  if (texts.length === 0) return undefined;
  const outer = mergeCells ? childElements(mergeCells)[0] : undefined;
  const qname = outer?.qname ?? `${prefix}mergeCells`;
  let open = outer ? outer.openTag : `<${qname}>`;
  if (open.endsWith("/>")) open = `${open.slice(0, -2).replace(/\s+$/, "")}>`;
  open = withAttribute(open, "count", String(texts.length));
  return `${open}${texts.join("")}</${qname}>`;
}

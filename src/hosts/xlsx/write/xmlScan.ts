/**
 * A small scanner over XML text for patching parts in place: it finds elements and their extent
 * without building a tree, so everything it does not touch keeps its exact bytes.
 */

/** One element: where it starts and ends in the text, its local name and its start tag. */
export interface ElementSpan {
  /** Local name, without a prefix ("c" for "x:c"). */
  name: string;
  /** Qualified name as written ("x:c"). */
  qname: string;
  start: number;
  /** Index just after the element's end tag (or after an empty tag's "/>"). */
  end: number;
  /** The start tag itself ("<c r="A1" s="3">"). */
  openTag: string;
  /** Index just after the start tag; equals `end` for an empty element. */
  contentStart: number;
  /** Index of the end tag; equals `end` for an empty element. */
  contentEnd: number;
}

/** A start, end or empty tag, a comment, CDATA or a processing instruction. */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

export function localName(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

/**
 * The elements directly inside text[from, to), in order. Elements named in `opaque` (a local
 * name, such as "sheetData") are not scanned inside: their end tag is found directly.
 */
export function childElements(
  text: string,
  from = 0,
  to = text.length,
  opaque?: ReadonlySet<string>,
): ElementSpan[] {
  const out: ElementSpan[] = [];
  const re = new RegExp(TOKEN.source, "g");
  re.lastIndex = from;
  let depth = 0;
  let open: { qname: string; start: number; openTag: string; contentStart: number } | undefined;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const qname = m[2];
    if (qname === undefined) continue; // comment, CDATA, PI
    const closing = m[1] === "/";
    const empty = m[4] === "/";
    const tagEnd = m.index + m[0].length;
    if (closing) {
      depth -= 1;
      if (depth === 0 && open) {
        out.push({
          name: localName(open.qname),
          qname: open.qname,
          start: open.start,
          end: tagEnd,
          openTag: open.openTag,
          contentStart: open.contentStart,
          contentEnd: m.index,
        });
        open = undefined;
      }
      if (depth < 0) break;
      continue;
    }
    if (depth === 0) {
      if (empty) {
        out.push({
          name: localName(qname),
          qname,
          start: m.index,
          end: tagEnd,
          openTag: m[0],
          contentStart: tagEnd,
          contentEnd: tagEnd,
        });
        continue;
      }
      open = { qname, start: m.index, openTag: m[0], contentStart: tagEnd };
      if (opaque?.has(localName(qname))) {
        const close = text.indexOf(`</${qname}`, tagEnd);
        const closeEnd = close < 0 ? -1 : text.indexOf(">", close);
        if (close < 0 || closeEnd < 0) break;
        out.push({
          name: localName(qname),
          qname,
          start: m.index,
          end: closeEnd + 1,
          openTag: m[0],
          contentStart: tagEnd,
          contentEnd: close,
        });
        open = undefined;
        re.lastIndex = closeEnd + 1;
        continue;
      }
    }
    if (!empty) depth += 1;
  }
  return out;
}

/** The document's root element (after the declaration and any comments). */
export function rootElement(xml: string): ElementSpan {
  const root = childElements(xml)[0];
  if (!root) throw new Error("The part has no root element");
  return root;
}

/** The first child of `parent` named `name` (local name), if any. */
export function findChild(xml: string, parent: ElementSpan, name: string): ElementSpan | undefined {
  return childElements(xml, parent.contentStart, parent.contentEnd).find((c) => c.name === name);
}

/** The element's prefix with its colon ("x:" for "x:c"), or "" when it has none. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

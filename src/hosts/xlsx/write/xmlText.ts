/** Escaping and attribute editing on XML text. */

import { escapeXml } from "./xmlEscape";

export { escapeXml };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

const ATTRIBUTE = /([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag, entities decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = tag.replace(/^<[^\s/>]+/, "");
  for (const m of body.matchAll(ATTRIBUTE)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

const ANY_ATTRIBUTE = /([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * One attribute of a start tag, decoded; undefined when it is absent. Finds what attributes()
 * finds (the last of a repeated name), but decodes only the one asked for: the writer asks
 * this for every cell it writes.
 */
export function attribute(tag: string, name: string): string | undefined {
  let found: string | undefined;
  ANY_ATTRIBUTE.lastIndex = /^<[^\s/>]+/.exec(tag)?.[0].length ?? 0;
  for (let m = ANY_ATTRIBUTE.exec(tag); m; m = ANY_ATTRIBUTE.exec(tag)) {
    if (m[1] === name) found = m[2] ?? m[3] ?? "";
  }
  return found === undefined ? undefined : unescapeXml(found);
}

function quotedName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function attributePattern(name: string): RegExp {
  return new RegExp(`(\\s)${quotedName(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
}

/**
 * The start tag with `name` set to `value` (escaped), or removed when value is undefined.
 * Other attributes keep their text and order; a new attribute goes last.
 */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = attributePattern(name);
  if (value === undefined) {
    return tag.replace(new RegExp(`\\s+${quotedName(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
  }
  const written = `${name}="${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, `$1${written}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/, "");
  return `${head} ${written}${tag.slice(close)}`;
}

/** `<name attrs/>` with the attributes whose value is defined, in the order given. */
export function emptyElement(
  name: string,
  attrs: Record<string, string | number | undefined>,
): string {
  return `<${name}${attributeText(attrs)}/>`;
}

export function attributeText(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

/** An empty-element start tag ("<c r="A1"/>") as a start tag ("<c r="A1">"). */
export function asStartTag(tag: string): string {
  return tag.endsWith("/>") ? `${tag.slice(0, -2).replace(/\s+$/, "")}>` : tag;
}

/** A replacement of text[start, end) (an insertion when start equals end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The text with every edit applied, each at the offsets of the original text. Edits must not
 * overlap; an insertion at the start of a replaced span goes before the replacement.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

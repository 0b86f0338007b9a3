import { childElements, rootElement, type ElementSpan } from "./xmlScan";
import { attribute, escapeXml, applyEdits, type TextEdit } from "./xmlText";

/** The author the add-in writes its notes under. */
export const NOTE_AUTHOR = "Chỉ tiêu";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export function emptyCommentsXml(ns = MAIN_NS): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<comments xmlns="${ns}"><authors/><commentList/></comments>`
  );
}

function upper(ref: string): string {
  return ref.replace(/\$/g, "").toUpperCase();
}

/**
 * A comments part with notes set (text) or removed (null), by cell. Comments of other cells
 * keep their text, rich runs and authors; a new note is written under NOTE_AUTHOR.
 * Returns the part and how many comments it holds.
 */
export function withNotes(
  xml: string,
  notes: Map<string, string | null>,
): { xml: string; count: number } {
  const root = rootElement(xml);
  const prefix = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
  const q = (n: string) => `${prefix}${n}`;
  const children = childElements(xml, root.contentStart, root.contentEnd);
  const authors = children.find((c) => c.name === "authors");
  const list = children.find((c) => c.name === "commentList");
  const names = authors
    ? childElements(xml, authors.contentStart, authors.contentEnd).filter(
        (c) => c.name === "author",
      )
    : [];
  let authorId = names.findIndex(
    (a) => xml.slice(a.contentStart, a.contentEnd) === escapeXml(NOTE_AUTHOR),
  );
  const newAuthor = authorId < 0 && [...notes.values()].some((t) => t !== null);
  if (authorId < 0) authorId = names.length;
  const comments: ElementSpan[] = list
    ? childElements(xml, list.contentStart, list.contentEnd)
    : [];
  const wanted = new Map([...notes].map(([ref, text]) => [upper(ref), text]));
  const texts: string[] = [];
  const seen = new Set<string>();
  const noteXml = (ref: string, text: string) =>
    `<${q("comment")} ref="${ref}" authorId="${authorId}"><${q("text")}><${q("r")}>` +
    `<${q("t")} xml:space="preserve">${escapeXml(text)}</${q("t")}></${q("r")}></${q("text")}></${q("comment")}>`;
  for (const c of comments) {
    const ref = upper(attribute(c.openTag, "ref") ?? "");
    if (c.name !== "comment" || !wanted.has(ref)) {
      texts.push(xml.slice(c.start, c.end));
      continue;
    }
    seen.add(ref);
    const text = wanted.get(ref);
    if (typeof text === "string") texts.push(noteXml(ref, text));
  }
  for (const [ref, text] of wanted)
    if (!seen.has(ref) && typeof text === "string") texts.push(noteXml(ref, text));
  const count = texts.filter((t) => /^<(?:[\w.-]+:)?comment[\s>]/.test(t)).length;
  const edits: TextEdit[] = [];
  const listText = `<${list?.qname ?? q("commentList")}>${texts.join("")}</${list?.qname ?? q("commentList")}>`;
  if (list) edits.push({ start: list.start, end: list.end, text: listText });
  else edits.push({ start: root.contentEnd, end: root.contentEnd, text: listText });
  if (newAuthor) {
    const author = `<${q("author")}>${escapeXml(NOTE_AUTHOR)}</${q("author")}>`;
    if (authors && authors.contentStart !== authors.end) {
      edits.push({ start: authors.contentEnd, end: authors.contentEnd, text: author });
    } else if (authors) {
      edits.push({
        start: authors.start,
        end: authors.end,
        text: `<${authors.qname}>${author}</${authors.qname}>`,
      });
    } else {
      edits.push({
        start: root.contentStart,
        end: root.contentStart,
        text: `<${q("authors")}>${author}</${q("authors")}>`,
      });
    }
  }
  return { xml: applyEdits(xml, edits), count };
}

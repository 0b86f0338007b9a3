import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

/** A saved .docx read back as Word reads it: its parts' XML, its paragraphs and tables. */
export interface ReadDocx {
  parts: string[];
  document: Element;
  styles: Element;
  /** Every paragraph of the body outside tables, as text, in order. */
  paragraphs: string[];
  /** Every table: rows of cell texts. */
  tables: string[][][];
  /** Each section's page size and margins, in twips. */
  sections: { width: number; height: number; margins: Record<string, number> }[];
}

function children(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = element.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === name) out.push(n as Element);
  }
  return out;
}

function all(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagName(name)) as Element[];
}

/** The text of a paragraph: its runs' w:t, in order. */
export function textOf(element: Element): string {
  return all(element, "w:t")
    .map((t) => t.textContent ?? "")
    .join("");
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const zip = unzipSync(bytes);
  const parse = (name: string): Element => {
    const part = zip[name];
    if (!part) throw new Error(`no ${name} in the .docx`);
    const doc = new DOMParser().parseFromString(strFromU8(part), "text/xml");
    if (!doc.documentElement) throw new Error(`${name} is not XML`);
    return doc.documentElement as unknown as Element;
  };
  const document = parse("word/document.xml");
  const body = all(document, "w:body")[0];
  const paragraphs = children(body, "w:p").map(textOf);
  const tables = all(document, "w:tbl").map((table) =>
    children(table, "w:tr").map((row) => children(row, "w:tc").map(textOf)),
  );
  const sections = all(document, "w:sectPr").map((sect) => {
    const size = all(sect, "w:pgSz")[0];
    const margin = all(sect, "w:pgMar")[0];
    const margins: Record<string, number> = {};
    for (const side of ["top", "bottom", "left", "right"])
      margins[side] = Number(margin.getAttribute(`w:${side}`));
    return {
      width: Number(size.getAttribute("w:w")),
      height: Number(size.getAttribute("w:h")),
      margins,
    };
  });
  return {
    parts: Object.keys(zip),
    document,
    styles: parse("word/styles.xml"),
    paragraphs,
    tables,
    sections,
  };
}

export { all };

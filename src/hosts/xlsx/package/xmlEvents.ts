import { SaxesParser, type SaxesTag } from "saxes";
import { decodeText } from "./decodeText";

/** One element's start: its local name (prefix dropped) and attributes as written. */
export interface StartTag {
  /** "c" for "c", "x:c" or a Strict file's elements alike. */
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
}

export interface XmlHandlers {
  open?(tag: StartTag): void;
  /** Character data, entities decoded (text and CDATA alike). */
  text?(text: string): void;
  close?(name: string): void;
}

/** Thrown for XML that is not well formed or declares a DTD; carries saxes's message. */
export class XmlFormatError extends Error {
  override readonly name = "XmlFormatError";
}

/**
 * Streams one XML part through saxes, without namespaces processing (element names are matched
 * by local name, so transitional, Strict and prefixed parts read alike). A <!DOCTYPE> is refused:
 * OPC forbids DTDs in package parts, and refusing them shuts out entity expansion (billion
 * laughs) and external entities; saxes itself knows only the five predefined entities.
 */
export function parseXml(text: string | Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false, xmlns: false });
  parser.on("error", (error: Error) => {
    throw new XmlFormatError(error.message);
  });
  parser.on("doctype", () => {
    throw new XmlFormatError("a DOCTYPE (DTD) is not allowed in a package part");
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag: SaxesTag) => {
      open({
        name: localName(tag.name),
        // Without xmlns processing saxes gives attributes as plain strings.
        attributes: tag.attributes as Record<string, string>,
        selfClosing: tag.isSelfClosing,
      });
    });
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag: SaxesTag) => close(localName(tag.name)));
  }
  // saxes reports malformed XML through the "error" handler above; whatever a handler throws
  // (a refusal, a limit) goes through as it is.
  if (typeof text === "string") parser.write(text);
  else writeDecoded(parser, text);
  parser.close();
}

/** Text is decoded and parsed a megabyte at a time: a 40 MB sheet is never one 80 MB string. */
const CHUNK = 1024 * 1024;

function writeDecoded(parser: SaxesParser, bytes: Uint8Array): void {
  const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
  if (utf16 || bytes.length <= CHUNK) {
    parser.write(decodeText(bytes));
    return;
  }
  const decoder = new TextDecoder("utf-8"); // drops a UTF-8 BOM, as decodeText does
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const last = at + CHUNK >= bytes.length;
    parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: !last }));
  }
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** An attribute by local name ("r:id", "id" in a prefixed form), for namespaced attributes. */
export function prefixedAttribute(
  attributes: Record<string, string>,
  local: string,
): string | undefined {
  for (const key in attributes) {
    const colon = key.indexOf(":");
    if (colon >= 0 && key.slice(colon + 1) === local) return attributes[key];
  }
  return undefined;
}

import { parseXml } from "../package";
import { detached } from "./detached";

/**
 * A legacy comments part (xl/commentsN.xml) as note text by cell address: the text's runs
 * joined, or its plain <t> when it has no runs; phonetic guides left out.
 */
export function parseComments(xml: string): Record<string, string> {
  const notes: Record<string, string> = {};
  let ref: string | undefined;
  let text = "";
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open({ name, attributes }) {
      if (name === "comment") {
        ref = attributes.ref;
        text = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && ref !== undefined && !inPhonetic) inText = true;
    },
    text(chunk) {
      if (inText) text += chunk;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "comment") {
        if (ref) notes[ref.replace(/\$/g, "").toUpperCase()] = detached(text);
        ref = undefined;
      }
    },
  });
  return notes;
}

import { parseXml } from "../package";
import { detached } from "./detached";

/**
 * sharedStrings.xml as one string per item, read once: plain (<si><t>) and rich text (the runs'
 * texts joined); phonetic guides (<rPh>) left out, as Excel shows them only on request.
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open({ name }) {
      if (name === "si") {
        inItem = true;
        current = "";
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && inItem && !inPhonetic) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") {
        strings.push(detached(current));
        inItem = false;
      }
    },
  });
  return strings;
}

import { parseXml, XmlFormatError } from "../package";
import { detached } from "./detached";

/**
 * When the file was last saved, as docProps/core.xml states it (dcterms:modified, W3CDTF: "2023-07-20T14:30:00Z"),
 * where it states a date; undefined otherwise. A part that is not well-formed gives nothing:
 * it describes the file, the workbook's content does not depend on it.
 */
export function parseSavedAt(xml: string): string | undefined {
  let inModified = false;
  let text = "";
  try {
    parseXml(xml, {
      open({ name }) {
        if (name === "modified") {
          inModified = true;
          text = "";
        }
      },
      text(chunk) {
        if (inModified) text += chunk;
      },
      close(name) {
        if (name === "modified") inModified = false;
      },
    });
  } catch (error) {
    if (error instanceof XmlFormatError) return undefined;
    throw error;
  }
  const value = detached(text.trim());
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

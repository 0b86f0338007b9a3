import { parseXml, XmlFormatError } from "../package";
import { detached } from "./detached";

/**
 * docProps/custom.xml's properties as text by name: each <property name> and the text of its
 * value, whatever its type (vt:lpwstr, vt:i4, vt:bool, vt:filetime…), as the file writes it.
 * A part that is not well-formed XML gives no properties: they describe the file, the
 * workbook's content does not depend on them, and Excel repairs such a part by dropping it.
 */
export function parseCustomProperties(xml: string): Record<string, string> {
  const properties: Record<string, string> = {};
  let name: string | undefined;
  let value = "";
  // Elements open inside the property: its text is the text inside its value element(s), not
  // the indentation around them.
  let depth = 0;
  try {
    parseXml(xml, {
      open({ name: element, attributes }) {
        // A self-closing element is closed too (close below), so it counts like any other.
        if (name !== undefined) depth++;
        else if (element === "property") {
          name = attributes.name ?? "";
          value = "";
          depth = 0;
        }
      },
      text(text) {
        if (name !== undefined && depth > 0) value += text;
      },
      close(element) {
        if (name === undefined) return;
        if (depth > 0) {
          depth--;
          return;
        }
        if (element === "property" && name) properties[name] = detached(value);
        name = undefined;
      },
    });
  } catch (error) {
    if (error instanceof XmlFormatError) return {};
    throw error;
  }
  return properties;
}

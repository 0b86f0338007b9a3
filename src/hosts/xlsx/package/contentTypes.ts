import { parseXml } from "./xmlEvents";

/** [Content_Types].xml: a content type by extension (Default) and by part (Override). */
export interface ContentTypes {
  defaults: Map<string, string>;
  /** By part name without the leading "/", lower-cased. */
  overrides: Map<string, string>;
}

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export function parseContentTypes(xml: string | undefined): ContentTypes {
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  if (xml === undefined) return types;
  parseXml(xml, {
    open({ name, attributes }) {
      if (name === "Default" && attributes.Extension && attributes.ContentType) {
        types.defaults.set(attributes.Extension.toLowerCase(), attributes.ContentType);
      } else if (name === "Override" && attributes.PartName && attributes.ContentType) {
        types.overrides.set(
          attributes.PartName.replace(/^\//, "").toLowerCase(),
          attributes.ContentType,
        );
      }
    },
  });
  return types;
}

/** The content type of `part`: its Override, else its extension's Default. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override) return override;
  const dot = part.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase());
}

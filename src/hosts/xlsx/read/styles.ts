import { parseXml } from "../package";
import { BUILTIN_FORMATS } from "./builtinFormats";

/**
 * styles.xml as far as the snapshot needs it: the number format code of each cell style
 * (cellXfs index), from the file's own numFmts or the built-in ids. "General" where a style has
 * none or names an id nobody defines. Formats inside differential styles (dxfs) are not cell
 * formats and are left out.
 */
export function parseNumberFormats(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const styleFormatIds: number[] = [];
  const path: string[] = [];
  parseXml(xml, {
    open({ name, attributes }) {
      const parent = path[path.length - 1];
      if (name === "numFmt" && parent === "numFmts" && attributes.numFmtId !== undefined) {
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      } else if (name === "xf" && parent === "cellXfs") {
        styleFormatIds.push(Number(attributes.numFmtId ?? 0));
      }
      path.push(name);
    },
    close() {
      path.pop();
    },
  });
  return styleFormatIds.map((id) => {
    if (!id) return "General";
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || code === "" ? "General" : code;
  });
}

import { foldText } from "../../engine/text/normalize";

/** Header text reduced to what identifies it: folded, then only letters, digits, "%" and "/". */
export function headerKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9%/]+/g, "");
}

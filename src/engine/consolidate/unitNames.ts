import { foldText } from "../text/normalize";

/** A sub-unit's name as matching sees it: "Phường  Tân Phong" = "phuong tan phong". */
export function unitKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

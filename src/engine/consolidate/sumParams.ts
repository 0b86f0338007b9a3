import { formatNumber } from "../numbers/formatNumber";

/** "122 + 8 + 31 + 19" in each language, and their sum, for allocation messages. */
export function sumParams(parts: readonly number[]): {
  sum: number;
  parts: string;
  partsEn: string;
} {
  return {
    sum: parts.reduce((a, b) => a + b, 0),
    parts: parts.map((p) => formatNumber(p, "vi")).join(" + "),
    partsEn: parts.map((p) => formatNumber(p, "en")).join(" + "),
  };
}

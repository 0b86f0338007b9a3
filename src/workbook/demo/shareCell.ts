import { formatNumber } from "../../engine/numbers/formatNumber";
import { parseNumberText } from "../../engine/numbers/parseNumber";
import type { TemplateIndicator } from "../../engine/templates/types";
import type { WriteValue } from "../changeSet";
import { decimalsOf } from "./splitTotal";

/** A figure in a target's words: "giảm 45 hộ" with 52 is "giảm 52 hộ". */
const FIRST_FIGURE = /\d[\d.,]*/;

/**
 * A ward's share written as the template writes its target: a plain figure as a number, words
 * around a figure ("giảm 45 hộ", "hoàn thành 1 công trình") kept, with the share in them.
 */
export function shareCell(indicator: TemplateIndicator, share: number): WriteValue {
  const plain = parseNumberText(indicator.targetText, "vi");
  if (plain.ok && indicator.target.kind === "at_least" && !indicator.target.strict) return share;
  const figure = formatNumber(share, "vi", decimalsOf(share));
  return indicator.targetText.replace(FIRST_FIGURE, figure);
}

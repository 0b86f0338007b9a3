import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";

/** A percentage figure as the pane shows it: one decimal at most, in the language's style. */
export function formatPercent(value: number, lang: Language): string {
  return formatNumber(value, lang, 1);
}

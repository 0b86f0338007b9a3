import type { PeriodId } from "../../engine/model/period";
import { foldText } from "../../engine/text/normalize";

/**
 * The reporting period a phrase names ("6 tháng đầu năm", "Quý I", "cả năm"), read from
 * folded text; undefined when it names none the engine knows (a week, a month, quý II).
 */
export function periodInText(text: string): PeriodId | undefined {
  const folded = foldText(text);
  if (/(^|\D)6 (thang|months?)|sau thang|six months|half[- ]year/.test(folded)) return "6m";
  if (/(^|\D)9 (thang|months?)|chin thang|nine months/.test(folded)) return "9m";
  if (
    /\bquy (i|1)\b|(^|\D)3 (thang|months?)|ba thang|first quarter|\bq1\b|quarter (i|1)\b/.test(
      folded,
    )
  ) {
    return "q1";
  }
  if (/\bca nam\b|(^|\D)12 (thang|months?)|^nam$|full year|^year$|whole year|annual/.test(folded)) {
    return "year";
  }
  return undefined;
}

/** Period markers as they appear in a header key (no spaces): "6thangdaunam", "quyi", "canam". */
export const PERIOD_MARK = /(3|6|9|12)thang(daunam)?|quy(i|1)(?![iv\d])|canam/;

export function periodOfMark(mark: string): PeriodId {
  if (mark.startsWith("6")) return "6m";
  if (mark.startsWith("9")) return "9m";
  if (mark.startsWith("3") || mark.startsWith("quy")) return "q1";
  return "year";
}

import type { Language } from "../model/status";
import type { Target } from "../model/target";
import { formatNumber } from "../numbers/formatNumber";
import type { NumberStyle } from "../numbers/parseNumber";

/** Enough decimals to keep what was typed; trailing zeros are dropped anyway. */
const DECIMALS = 6;

interface Phrases {
  atLeast: (bound: string) => string;
  above: (bound: string) => string;
  atMost: (bound: string) => string;
  below: (bound: string) => string;
  /** A range whose ends may be negative, where "–" would read badly: "từ -5 đến -3". */
  fromTo: (min: string, max: string) => string;
  increase: (size: string) => string;
  decrease: (size: string) => string;
  maintain: (level: string) => string;
  milestone: string;
  /** The word alone, for a target that lacks the number its kind needs. */
  kindWords: Record<Target["kind"], string>;
}

const PHRASES: Record<Language, Phrases> = {
  vi: {
    atLeast: (bound) => `từ ${bound} trở lên`,
    above: (bound) => `trên ${bound}`,
    atMost: (bound) => `không quá ${bound}`,
    below: (bound) => `dưới ${bound}`,
    fromTo: (min, max) => `từ ${min} đến ${max}`,
    increase: (size) => `tăng ${size}`,
    decrease: (size) => `giảm ${size}`,
    maintain: (level) => `duy trì ${level}`,
    milestone: "hoàn thành",
    kindWords: {
      at_least: "tối thiểu",
      at_most: "tối đa",
      range: "khoảng",
      increase: "tăng",
      decrease: "giảm",
      maintain: "duy trì",
      milestone: "hoàn thành",
    },
  },
  en: {
    atLeast: (bound) => `at least ${bound}`,
    above: (bound) => `more than ${bound}`,
    atMost: (bound) => `at most ${bound}`,
    below: (bound) => `less than ${bound}`,
    fromTo: (min, max) => `from ${min} to ${max}`,
    increase: (size) => `increase ${size}`,
    decrease: (size) => `decrease ${size}`,
    maintain: (level) => `maintain ${level}`,
    milestone: "complete",
    kindWords: {
      at_least: "at least",
      at_most: "at most",
      range: "range",
      increase: "increase",
      decrease: "decrease",
      maintain: "maintain",
      milestone: "complete",
    },
  },
};

/** A % sign for percentSign, and for a relative change ("giảm 3–5%"). */
function showsPercent(target: Target): boolean {
  const relativeChange =
    (target.kind === "increase" || target.kind === "decrease") && target.relative === true;
  return target.percentSign === true || relativeChange;
}

/** "13–14%", or "từ 13% đến 14%" when an end is negative. */
function formatSpan(
  min: number,
  max: number,
  percent: string,
  style: NumberStyle,
  phrases: Phrases,
): string {
  const low = formatNumber(min, style, DECIMALS);
  const high = formatNumber(max, style, DECIMALS);
  if (min < 0 || max < 0) return phrases.fromTo(low + percent, high + percent);
  return `${low}–${high}${percent}`;
}

/**
 * The canonical text of a target, in Vietnamese ("từ 12% trở lên", "trên 70%", "không quá 3",
 * "dưới 3", "13–14%", "giảm 3–5%", "giảm 600", "tăng 6–8%", "duy trì 100%", "hoàn thành",
 * "hoàn thành 3") or English ("at least 12%", "more than 70%", "at most 3", "less than 3",
 * "13–14%", "decrease 3–5%", "increase 200", "maintain 100%", "complete", "complete 3"), with
 * numbers in `style` (default: "vi" for Vietnamese, "en" for English). parseTargetText reads
 * it back to the same target, except a milestone with a % sign ("hoàn thành 100%" reads as
 * at_least 100%) and a target missing the number its kind needs (only the kind words are written).
 */
export function formatTarget(target: Target, lang: Language, style?: NumberStyle): string {
  const phrases = PHRASES[lang];
  const numberStyle = style ?? (lang === "vi" ? "vi" : "en");
  const percent = showsPercent(target) ? "%" : "";
  const { value, max } = target;
  if (value === undefined) {
    return target.kind === "milestone" ? phrases.milestone : phrases.kindWords[target.kind];
  }
  const single = formatNumber(value, numberStyle, DECIMALS) + percent;
  const amount = max === undefined ? single : formatSpan(value, max, percent, numberStyle, phrases);
  switch (target.kind) {
    case "at_least":
      return target.strict === true ? phrases.above(single) : phrases.atLeast(single);
    case "at_most":
      return target.strict === true ? phrases.below(single) : phrases.atMost(single);
    case "range":
      return formatSpan(value, max ?? value, percent, numberStyle, phrases);
    case "increase":
      return phrases.increase(amount);
    case "decrease":
      return phrases.decrease(amount);
    case "maintain":
      return phrases.maintain(single);
    case "milestone":
      return `${phrases.milestone} ${single}`;
  }
}

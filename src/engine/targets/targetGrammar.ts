import {
  boundTarget,
  changeTarget,
  maintainTarget,
  milestoneTarget,
  rangeTarget,
  type TargetBuilder,
} from "./buildTarget";
import { NUMBER_MARK } from "./targetShape";
import {
  ABOVE,
  AT_LEAST_AFTER,
  AT_LEAST_BEFORE,
  AT_MOST_AFTER,
  AT_MOST_BEFORE,
  BELOW,
  BETWEEN_OPENERS,
  BETWEEN_SEPARATORS,
  CHANGE_LEADS,
  CHANGE_TAILS,
  CHANGE_VERB_WORDS,
  DECREASE_TO,
  DECREASE_VERBS,
  FILLERS,
  INCREASE_VERBS,
  MAINTAIN_VERBS,
  MILESTONE_VERBS,
  NEGATIONS,
  NONE_ALLOWED,
  OBJECT_STOPS,
  RANGE_OPENERS,
  RANGE_SEPARATORS,
  UNIT_STOPS,
} from "./targetVocabulary";

/** A grammar rule: a whole-shape pattern and what a match means. */
export interface TargetRule {
  name: string;
  pattern: RegExp;
  build: TargetBuilder;
}

const WORD = String.raw`\p{L}+`;

function oneOf(phrases: readonly string[]): string {
  return `(?:${phrases.join("|")})`;
}

function noneOf(phrases: readonly string[]): string {
  return `(?!${oneOf(phrases)}(?: |$))`;
}

/** A number and its unit words: "# ho ngheo" ("600 hộ nghèo"), "# ty dong". */
const NUMBER = `${NUMBER_MARK}(?: ${noneOf(UNIT_STOPS)}${WORD})*`;

/**
 * Any words before a keyword ("tỷ lệ giải ngân đạt ít nhất 97%"), never a negation or a change
 * verb.
 */
const LEAD = `(?:${noneOf([...NEGATIONS, ...CHANGE_VERB_WORDS])}${WORD} )*?`;

/** Words naming what changes: "giảm tỷ lệ phạm pháp hình sự từ 3 - 5%", "vượt dự toán 6%". */
const OBJECT = `(?:${noneOf(OBJECT_STOPS)}${WORD} )*?`;

/** Words tolerated before a number-first form: "phấn đấu đạt 250 tỷ đồng". */
const FILLER = `(?:${oneOf(FILLERS)} )*`;

const RANGE = `${NUMBER} ${oneOf(RANGE_SEPARATORS)} ${NUMBER}`;

function rule(name: string, source: string, build: TargetBuilder): TargetRule {
  return { name, pattern: new RegExp(`^${source}$`, "u"), build };
}

function changeRules(kind: "increase" | "decrease", verbs: readonly string[]): TargetRule {
  const lead = `(?:${oneOf(CHANGE_LEADS)} )?`;
  const second = `(?: ${oneOf(RANGE_SEPARATORS)} ${NUMBER})?`;
  const tail = `(?: ${oneOf(CHANGE_TAILS)})?`;
  return rule(
    kind,
    `${LEAD}${oneOf(verbs)} ${OBJECT}${lead}${NUMBER}${second}${tail}`,
    changeTarget(kind),
  );
}

/**
 * The rules in the order they are tried; the first whose pattern matches the whole shape wins.
 * ≤ comes before ≥ so "ít hơn 3" is not read as "hơn 3"; a plain number comes last.
 */
export const TARGET_RULES: readonly TargetRule[] = [
  rule("achieved", "dat", milestoneTarget),
  rule("at_most", `${LEAD}${oneOf(AT_MOST_BEFORE)} ${NUMBER}`, boundTarget("at_most", false)),
  rule(
    "at_most_after",
    `${LEAD}(?:${oneOf(RANGE_OPENERS)} )?${NUMBER} ${oneOf(AT_MOST_AFTER)}`,
    boundTarget("at_most", false),
  ),
  rule("below", `${LEAD}${oneOf(BELOW)} ${NUMBER}`, boundTarget("at_most", true)),
  rule("at_least", `${LEAD}${oneOf(AT_LEAST_BEFORE)} ${NUMBER}`, boundTarget("at_least", false)),
  rule(
    "at_least_after",
    `${LEAD}(?:${oneOf(RANGE_OPENERS)} )?${NUMBER} ${oneOf(AT_LEAST_AFTER)}`,
    boundTarget("at_least", false),
  ),
  rule("above", `${LEAD}${oneOf(ABOVE)} ${NUMBER}`, boundTarget("at_least", true)),
  rule("range", `${FILLER}(?:${oneOf(RANGE_OPENERS)} )?${RANGE}`, rangeTarget),
  rule("range_from", `${LEAD}${oneOf(RANGE_OPENERS)} ${RANGE}`, rangeTarget),
  rule(
    "range_between",
    `${LEAD}${oneOf(BETWEEN_OPENERS)} ${NUMBER} ${oneOf(BETWEEN_SEPARATORS)} ${NUMBER}`,
    rangeTarget,
  ),
  rule(
    "decrease_below",
    `${LEAD}${oneOf(DECREASE_VERBS)} ${OBJECT}${oneOf(DECREASE_TO)} ${oneOf(BELOW)} ${NUMBER}`,
    boundTarget("at_most", true),
  ),
  rule(
    "decrease_to",
    `${LEAD}${oneOf(DECREASE_VERBS)} ${OBJECT}${oneOf(DECREASE_TO)} ${NUMBER}`,
    boundTarget("at_most", false),
  ),
  rule(
    "none_allowed",
    `(?:${WORD} )*?${oneOf(NONE_ALLOWED)}(?: ${WORD})*`,
    boundTarget("at_most", false),
  ),
  changeRules("increase", INCREASE_VERBS),
  changeRules("decrease", DECREASE_VERBS),
  rule("maintain", `${LEAD}${oneOf(MAINTAIN_VERBS)} ${OBJECT}${NUMBER}`, maintainTarget),
  rule("milestone", `${LEAD}${oneOf(MILESTONE_VERBS)}(?: ${NUMBER})?`, milestoneTarget),
  rule("milestone_named", `${LEAD}${oneOf(MILESTONE_VERBS)}(?: ${WORD})+`, milestoneTarget),
  rule("plain", `${FILLER}${NUMBER}`, boundTarget("at_least", false)),
];

/** The first rule whose pattern matches the whole shape. */
export function findTargetRule(shape: string): TargetRule | undefined {
  return TARGET_RULES.find((candidate) => candidate.pattern.test(shape));
}

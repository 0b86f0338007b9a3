import type { PeriodId } from "../../engine/model/period";
import { isValueRole, roleOfKey, type HeaderRole } from "./headerAliases";
import { headerKey } from "./headerKey";
import { PERIOD_MARK, periodOfMark } from "./periodPhrase";
import { withoutPlaceholders } from "./templatePlaceholder";

/** What one header text says: its role, and the year or period it names ("TH 2019", "TH 6 tháng"). */
export interface HeaderMatchOf<R> {
  role: R;
  year?: number;
  period?: PeriodId;
}

export type HeaderMatch = HeaderMatchOf<HeaderRole>;

/** The words one kind of table uses for its columns. */
export interface HeaderVocabulary<R> {
  /** The role a bare key names; `withPeriod` when a period was stripped from it. */
  roleOf(key: string, withPeriod: boolean): R | undefined;
  /** "A/B" naming two different columns: a ratio between them, if the table has one. */
  slashed(parts: readonly HeaderMatchOf<R>[]): HeaderMatchOf<R> | undefined;
}

/** The plan table's words: "TH/KH" and "ƯTH 2020/ƯTH 2019" are ratios. */
export const PLAN_VOCABULARY: HeaderVocabulary<HeaderRole> = {
  // "Lũy kế 6 tháng" is the cumulative actual, not the template's cumulative flag.
  roleOf: (key, withPeriod) => (withPeriod && key === "luyke" ? "actual" : roleOfKey(key)),
  slashed: (parts) => (parts.every((m) => isValueRole(m.role)) ? { role: "ratio" } : undefined),
};

const YEAR_AT_END = /(19|20)\d\d$/;

/** Longer keys are names or sentences, not headers (bilingual headers with remarks included). */
const MAX_KEY = 60;

function withoutYear(key: string): { key: string; year?: number } {
  const m = YEAR_AT_END.exec(key);
  if (!m || m.index === 0) return { key };
  return { key: key.slice(0, m.index), year: Number(m[0]) };
}

function matchPlainKey<R>(input: string, words: HeaderVocabulary<R>): HeaderMatchOf<R> | undefined {
  if (input === "") return undefined;
  const direct = words.roleOf(input, false);
  if (direct) return { role: direct };
  // Only a year or a period can be stripped to find more: most texts stop here.
  if (!/\d|quy|canam/.test(input)) return undefined;
  const { key, year } = withoutYear(input);
  const mark = PERIOD_MARK.exec(key);
  const base = mark ? key.slice(0, mark.index) + key.slice(mark.index + mark[0].length) : key;
  if (base === "" || base === input) return undefined;
  const period = mark ? periodOfMark(mark[0]) : undefined;
  const role = words.roleOf(base, period !== undefined);
  if (!role) return undefined;
  return { role, ...(year === undefined ? {} : { year }), ...(period ? { period } : {}) };
}

/** "Chỉ tiêu/Indicator" is one column named twice; two different columns may make a ratio. */
function matchSlashed<R>(key: string, words: HeaderVocabulary<R>): HeaderMatchOf<R> | undefined {
  const parts = key.split("/").filter((part) => part !== "");
  if (parts.length === 1) return matchPlainKey(parts[0], words);
  const matches = parts.map((part) => matchPlainKey(part, words));
  if (matches.some((m) => m === undefined)) return undefined;
  const [first, ...rest] = matches as HeaderMatchOf<R>[];
  if (rest.every((m) => m.role === first.role && m.year === first.year)) return first;
  return words.slashed(matches as HeaderMatchOf<R>[]);
}

function matchKey<R>(key: string, words: HeaderVocabulary<R>): HeaderMatchOf<R> | undefined {
  return key.includes("/") ? matchSlashed(key, words) : matchPlainKey(key, words);
}

/**
 * The role a header text names in a vocabulary, matched without regard to case, diacritics,
 * spacing, punctuation or template tags. A parenthesised remark or a second line in another
 * language is tried apart when the whole does not match.
 */
export function matchHeaderWith<R>(
  input: string,
  words: HeaderVocabulary<R>,
): HeaderMatchOf<R> | undefined {
  const text = withoutPlaceholders(input);
  if (text === "" || text.length > 80) return undefined;
  const key = headerKey(text);
  if (key.length > MAX_KEY) return undefined;
  const whole = matchKey(key, words);
  if (whole) return whole;
  if (text.includes("(")) {
    const m = matchKey(headerKey(text.replace(/\([^)]*\)/g, " ")), words);
    if (m) return m;
  }
  const lines = /[\r\n]/.test(text)
    ? text.split(/[\r\n]+/).filter((line) => line.trim() !== "")
    : [];
  if (lines.length > 1) {
    for (const line of lines) {
      const m = matchKey(headerKey(line), words);
      if (m) return m;
    }
  }
  return undefined;
}

/** A plan table's header text: "Đơn vị tính", "ĐVT", "Unit"; "KH 2020"; "Thực hiện 6 tháng". */
export function matchHeader(text: string): HeaderMatch | undefined {
  return matchHeaderWith(text, PLAN_VOCABULARY);
}

import type { PeriodId } from "../../engine/model/period";
import { isValueRole, roleOfKey, type HeaderRole } from "./headerAliases";
import { headerKey } from "./headerKey";
import { PERIOD_MARK, periodOfMark } from "./periodPhrase";
import { withoutPlaceholders } from "./templatePlaceholder";

/** What one header text says: its role, and the year or period it names ("TH 2019", "TH 6 tháng"). */
export interface HeaderMatchOf<R> {
  role: R;
  /** The year a header names ("KH 2020"), or the first year of a span ("KH 2016–2020"). */
  year?: number;
  /** The last year of a span of years ("KH 2016–2020", "KH giai đoạn 2021-2025"). */
  yearTo?: number;
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
  slashed: (parts) => {
    const either = actualOrEstimate(parts);
    if (either) return either;
    return parts.every((m) => isValueRole(m.role)) ? { role: "ratio" } : undefined;
  },
};

/**
 * "ƯTH/TH 2020": the year's figure, an estimate or the actual as far as it is known — the
 * actual of that year, not a ratio (a ratio compares two different years or columns).
 */
function actualOrEstimate(parts: readonly HeaderMatch[]): HeaderMatch | undefined {
  if (parts.length !== 2) return undefined;
  const roles = new Set(parts.map((m) => m.role));
  if (roles.size !== 2 || !roles.has("actual") || !roles.has("forecast")) return undefined;
  const years = new Set(parts.map((m) => m.year).filter((y) => y !== undefined));
  const periods = new Set(parts.map((m) => m.period).filter((p) => p !== undefined));
  if (years.size > 1 || periods.size > 1 || parts.some((m) => m.yearTo !== undefined)) {
    return undefined;
  }
  const [year] = [...years];
  const [period] = [...periods];
  return {
    role: "actual",
    ...(year === undefined ? {} : { year }),
    ...(period === undefined ? {} : { period }),
  };
}

const YEAR_AT_END = /(19|20)\d\d$/;
/** "20162020" of "KH 2016–2020", with "giai đoạn", "5 năm" or "thời kỳ" before it. */
const SPAN_AT_END = /(giaidoan|thoiky|5nam|namnam)?((?:19|20)\d\d)((?:19|20)\d\d)$/;

/** Longer keys are names or sentences, not headers (bilingual headers with remarks included). */
const MAX_KEY = 60;

function withoutYear(key: string): { key: string; year?: number; yearTo?: number } {
  const span = SPAN_AT_END.exec(key);
  if (span && span.index > 0 && Number(span[3]) > Number(span[2])) {
    return { key: key.slice(0, span.index), year: Number(span[2]), yearTo: Number(span[3]) };
  }
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
  const { key, year, yearTo } = withoutYear(input);
  const mark = PERIOD_MARK.exec(key);
  const base = mark ? key.slice(0, mark.index) + key.slice(mark.index + mark[0].length) : key;
  if (base === "" || base === input) return undefined;
  const period = mark ? periodOfMark(mark[0]) : undefined;
  const role = words.roleOf(base, period !== undefined);
  if (!role) return undefined;
  return {
    role,
    ...(year === undefined ? {} : { year }),
    ...(yearTo === undefined ? {} : { yearTo }),
    ...(period ? { period } : {}),
  };
}

/** "Chỉ tiêu/Indicator" is one column named twice; two different columns may make a ratio. */
function matchSlashed<R>(key: string, words: HeaderVocabulary<R>): HeaderMatchOf<R> | undefined {
  const parts = key.split("/").filter((part) => part !== "");
  if (parts.length === 1) return matchPlainKey(parts[0], words);
  const matches = parts.map((part) => matchPlainKey(part, words));
  if (matches.some((m) => m === undefined)) return undefined;
  const [first, ...rest] = matches as HeaderMatchOf<R>[];
  if (
    rest.every((m) => m.role === first.role && m.year === first.year && m.yearTo === first.yearTo)
  ) {
    return first;
  }
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
